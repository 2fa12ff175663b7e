import { describe, expect, it } from 'vitest';
import { collapse } from './dom';

/** The plain definition the fast path must agree with. */
const reference = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('collapse', () => {
  it.each([
    ['Drive', 'Drive'],
    ['Taxi Driver', 'Taxi Driver'],
    ['  Drive ', 'Drive'],
    ['Taxi  Driver', 'Taxi Driver'],
    ['Taxi\nDriver', 'Taxi Driver'],
    ['Taxi\u00a0Driver', 'Taxi Driver'],
    ['Taxi\u2009Driver\u3000', 'Taxi Driver'],
    ['\ufeffDrive', 'Drive'],
    ['Walhalla\t \r\nRising', 'Walhalla Rising'],
    [' ', ''],
    ['', ''],
    ['Amélie – Die fabelhafte Welt', 'Amélie – Die fabelhafte Welt'],
  ])('%j → %j', (input, expected) => {
    expect(collapse(input)).toBe(expected);
    expect(collapse(input)).toBe(reference(input));
  });

  it('is empty for null and undefined', () => {
    expect(collapse(null)).toBe('');
    expect(collapse(undefined)).toBe('');
  });

  it('agrees with the regular expression on every whitespace character in any position', () => {
    const spaces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b'];
    for (const space of spaces) {
      for (const input of [`${space}a`, `a${space}`, `a${space}b`, `a ${space}b`, `${space}${space}`]) {
        expect(collapse(input), JSON.stringify(input)).toBe(reference(input));
      }
    }
  });
});

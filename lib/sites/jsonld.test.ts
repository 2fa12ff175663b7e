import { describe, expect, it } from 'vitest';
import { firstOfType, hasType, jsonLdObjects, MAX_JSON_CHARS, movieData, parseJsonSafely, yearOf } from './jsonld';

const script = (text: string) => {
  const element = document.createElement('script');
  element.type = 'application/ld+json';
  element.textContent = text;
  return element;
};
const ld = (data: unknown) => script(JSON.stringify(data));

describe('JSON-LD readers', () => {
  it('reads directors for disambiguation', () => {
    const [item] = jsonLdObjects(ld({ '@type': 'Movie', name: 'Drive', director: [{ '@type': 'Person', name: 'Nicolas Winding Refn' }] }));
    expect(movieData(item!)).toEqual({ name: 'Drive', year: null, directors: ['Nicolas Winding Refn'] });
  });

  it('flattens top-level arrays and @graph one level', () => {
    const objects = jsonLdObjects(ld([{ '@type': 'WebPage', '@graph': [{ '@type': 'Movie', name: 'Drive' }] }, 'text']));
    expect(objects.map((item) => item['@type'])).toEqual(['WebPage', 'Movie']);
  });

  it.each([
    ['Movie', true],
    [['Product', 'Movie'], true],
    ['schema:Movie', true],
    ['http://schema.org/Movie', true],
    ['MovieSeries', false],
  ])('hasType(%j, "Movie") = %j', (type, expected) => {
    expect(hasType({ '@type': type }, 'Movie')).toBe(expected);
  });

  it('finds the first object of the given types', () => {
    expect(firstOfType(ld([{ '@type': 'Product', name: 'A' }, { '@type': 'Movie', name: 'B' }]), ['Movie'])?.name).toBe('B');
    expect(firstOfType(ld({ '@type': 'Book' }), ['Movie'])).toBeNull();
  });

  it('reads broken or oversized JSON as nothing', () => {
    expect(parseJsonSafely('{"name": ')).toBeUndefined();
    expect(parseJsonSafely(`"${'x'.repeat(MAX_JSON_CHARS)}"`)).toBeUndefined();
    expect(jsonLdObjects(script('{"@type": "Movie", name: '))).toEqual([]);
  });

  it.each([
    ['2011-09-15', 2011],
    ['1978', 1978],
    ['15.09.2011', null],
    ['', null],
    ['0001-01-01', null],
  ])('yearOf(%j) = %j', (date, year) => {
    expect(yearOf(date)).toBe(year);
  });
});

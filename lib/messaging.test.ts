import { describe, expect, it } from 'vitest';
import { batchMatches, decodeTitles, encodeTitles, type TitleCandidate } from './messaging';
import type { FilmMatch } from './title/types';

const DRIVE: FilmMatch = { id: 'drive-2011', title: 'Drive', year: 2011 };

describe('title batches (matchTitles)', () => {
  it.each<[string, TitleCandidate[], TitleCandidate[]]>([
    ['none', [], []],
    ['one empty text', [{ text: '' }], [{ text: '' }]],
    ['plain texts', [{ text: 'Drive' }, { text: 'Baby Driver' }], [{ text: 'Drive' }, { text: 'Baby Driver' }]],
    ['a line break inside a text becomes a space', [{ text: 'Taxi\nDriver' }, { text: 'Heat' }], [{ text: 'Taxi Driver' }, { text: 'Heat' }]],
    [
      'year and kind where the page stated them',
      [{ text: 'Drive' }, { text: 'Driver', year: 1978 }, { text: 'Drive', kind: 'series' }],
      [{ text: 'Drive' }, { text: 'Driver', year: 1978, kind: null }, { text: 'Drive', year: null, kind: 'series' }],
    ],
  ])('%s: decoded as sent', (_case, titles, expected) => {
    const batch = encodeTitles(titles);
    expect(batch.count).toBe(titles.length);
    expect(decodeTitles(JSON.parse(JSON.stringify(batch)))).toEqual(expected);
  });

  it('a batch whose texts do not add up to its count is refused', () => {
    expect(() => decodeTitles({ count: 3, texts: 'Drive\nHeat', hints: [] })).toThrow('2 texts for 3 titles');
  });

  it('answers travel as the matches only, each with its title\'s place in the batch', () => {
    expect(batchMatches([null, DRIVE, null, DRIVE])).toEqual([{ index: 1, film: DRIVE }, { index: 3, film: DRIVE }]);
  });
});

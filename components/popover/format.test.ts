import { describe, expect, it } from 'vitest';
import type { Review } from '../../lib/catalogue/types';
import { excerptOf, germanDate, scoreText, verdictSummary } from './format';
import { ownRatingText, ratingOrigin, seenDatesText } from './own-format';

const base: Review = {
  id: 'r', filmId: 'f', kind: 'Kritik', outlet: null, author: null, date: null, excerpt: false,
  score: null, verdict: null, verdictSentence: null, spoiler: false, paragraphs: [],
};

describe('germanDate', () => {
  it.each([
    ['2011-09-14', '14. September 2011'],
    ['1978-01-01', '1. Januar 1978'],
    ['2011-13-01', null],
    ['14.09.2011', null],
    [null, null],
  ])('%s → %s', (input, expected) => expect(germanDate(input)).toBe(expected));
});

describe('verdictSummary', () => {
  it.each([
    [['positiv', 'positiv'], 'Kritiker: 2 von 2 positiv'],
    [['positiv', 'gemischt', 'negativ'], 'Kritiker: 1 von 3 positiv (1 gemischt, 1 negativ)'],
    [['negativ'], 'Kritiker: 0 von 1 positiv (1 negativ)'],
    [[null], null],
    [[], null],
  ] as const)('%j → %s', (verdicts, expected) => {
    expect(verdictSummary(verdicts.map((verdict) => ({ ...base, verdict })))).toBe(expected);
  });

  it('does not count plot summaries as critics', () => {
    expect(verdictSummary([{ ...base, kind: 'Inhaltsangabe', verdict: 'positiv' }])).toBeNull();
  });
});

describe('scoreText', () => {
  it.each([
    [{ value: 9, max: 10, normalized: 90 }, '9/10'],
    [{ value: 7.5, max: 10, normalized: 75 }, '7,5/10'],
    [{ value: 4, max: 5, normalized: 80 }, '4/5'],
  ])('%j → %s', (score, expected) => expect(scoreText(score)).toBe(expected));
});

describe('excerptOf', () => {
  it('keeps a short text whole', () => {
    expect(excerptOf(['Kurz.', 'Auch kurz.'])).toEqual({ text: 'Kurz. Auch kurz.', shortened: false });
  });

  it('cuts a long text at a word boundary within the limit and marks the cut', () => {
    const words = 'Wort '.repeat(100).trim();
    const { text, shortened } = excerptOf([words], 280);
    expect(shortened).toBe(true);
    expect(text.length).toBeLessThanOrEqual(282);
    expect(text.endsWith('Wort …')).toBe(true);
  });
});

describe('the user\'s own data ("Deine Wertung")', () => {
  it.each([
    [{ value: 4.5, scale: 5 as const }, '4,5 von 5'],
    [{ value: 0.5, scale: 5 as const }, '0,5 von 5'],
    [{ value: 5, scale: 5 as const }, '5 von 5'],
    [{ value: 8, scale: 10 as const }, '8 von 10'],
    [{ value: 10, scale: 10 as const }, '10 von 10'],
  ])('rating %j → %s', (rating, expected) => expect(ownRatingText(rating)).toBe(expected));

  it.each([
    [{ source: 'letterboxd' as const, date: '2024-03-03' }, 'Letterboxd, 3. März 2024'],
    [{ source: 'imdb' as const, date: null }, 'IMDb'],
    [{ source: 'filmlupe' as const, date: 'kaputt' }, 'Filmlupe'],
  ])('origin %j → %s', (rating, expected) => expect(ratingOrigin(rating)).toBe(expected));

  it.each([
    [[], null],
    [['nie'], null],
    [['2024-03-03'], 'Gesehen am 3. März 2024'],
    [['2024-03-03', '2025-05-05'], 'Gesehen am 3. März 2024 und 5. Mai 2025'],
    [['2020-01-01', '2024-03-03', '2025-05-05'], 'Gesehen am 1. Januar 2020, 3. März 2024 und 5. Mai 2025'],
    [['2019-02-02', '2020-01-01', '2024-03-03', '2025-05-05'], '4-mal gesehen, zuletzt am 5. Mai 2025'],
  ])('seen %j → %s', (dates, expected) => expect(seenDatesText(dates)).toBe(expected));
});

import { describe, expect, it } from 'vitest';
import type { Film } from '../catalogue/types';
import { cleanTitle } from './clean';
import { buildTitleIndex, lookupTitle, matchTitle, titleKey, toMatchable } from './match';
import { TEST_INDEX } from './test-films';

const theDriver: Film = {
  id: 'the-driver-1978',
  germanTitle: 'Driver',
  originalTitle: 'The Driver',
  aliases: ['Driver'],
  year: 1978,
  directors: ['Walter Hill'],
  cast: [],
  genres: [],
  mentions: [],
};

describe('toMatchable', () => {
  it('puts the German title first (it names the match) and drops repeated titles', () => {
    expect(toMatchable(theDriver)).toEqual({ id: 'the-driver-1978', year: 1978, titles: ['Driver', 'The Driver'], curated: true });
  });

  it('answers with the German title even when the page shows the original title', () => {
    const index = buildTitleIndex([toMatchable(theDriver)]);
    expect(matchTitle(index, 'The Driver [Blu-ray]')).toEqual({ id: 'the-driver-1978', title: 'Driver', year: 1978, sure: true });
  });
});

describe('titleKey (stored with "Nicht dieser Film" corrections)', () => {
  it.each([
    ['Drive [Blu-ray]', 'drive'],
    ['Drive (2011) [dt./OV]', 'drive'],
    ['The Lucky One - Für immer der Deine [dt./OV]', 'the lucky one fuer immer der deine'],
    ['Alles, was wir geben mußten', 'alles was wir geben mussten'],
    ['[Blu-ray]', ''],
  ])('%j → %j', (input, key) => {
    expect(titleKey(input)).toBe(key);
  });
});

describe('cleanTitle keys', () => {
  it.each([
    ['Drive [Blu-ray]', ['drive']],
    ['The Lucky One - Für immer der Deine [dt./OV]', ['the lucky one fuer immer der deine', 'the lucky one', 'fuer immer der deine']],
    ['Der große Leichtsinn - The Big Easy', ['der grosse leichtsinn the big easy', 'der grosse leichtsinn', 'the big easy']],
    ['Jack in the Box – ES lebt', ['jack in the box es lebt', 'jack in the box', 'es lebt']],
    // Colons and unspaced hyphens do not split: they belong to the title.
    ['Mission: Impossible', ['mission impossible']],
    ['Spider-Man: Into the Spider-Verse', ['spider man into the spider verse']],
    ['A - B - C', ['a b c', 'a', 'b c', 'a b', 'c']],
  ])('%j → %j', (input, keys) => {
    expect(cleanTitle(input).keys).toEqual(keys);
  });
});

describe('lookupTitle', () => {
  it('returns the cleaned title with the match', () => {
    expect(lookupTitle(TEST_INDEX, 'Driver (1978) [DVD]')).toEqual({
      cleaned: { input: 'Driver (1978) [DVD]', title: 'Driver', year: 1978, kind: 'film', keys: ['driver'] },
      match: { id: 'the-driver-1978', title: 'Driver', year: 1978, sure: true },
    });
  });

  it('finds each of 50,000 distinct titles by its whole key, and none by a prefix', () => {
    const films = Array.from({ length: 50_000 }, (_, i) => ({ id: `film-${i}`, year: 1950 + (i % 70), titles: [`Titel Nummer ${i}`, `Title Number ${i}`] }));
    const index = buildTitleIndex(films);
    expect(index.size).toBe(100_000);
    expect(matchTitle(index, 'Titel Nummer 49999 [Blu-ray]')?.id).toBe('film-49999');
    expect(matchTitle(index, 'Title Number 12345')?.id).toBe('film-12345');
    expect(matchTitle(index, 'Titel Nummer')).toBeNull();
    expect(matchTitle(index, 'Titel Nummer 123456')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSearchIndexInSteps, foldForSearch, searchFilms } from './search';
import { testFilms } from './test-fixtures';
import type { Film } from '../catalogue/types';

const index = buildSearchIndex(testFilms);
const ids = (query: string) => searchFilms(index, query).map((match) => match.id);

describe('foldForSearch', () => {
  it.each([
    ['Müller', ['mueller', 'muller']],
    ['STRAßE', ['strasse', 'strasse']],
    ['Alles, was wir geben mussten', ['alles was wir geben mussten', 'alles was wir geben mussten']],
    ['Ryan O’Neal', ['ryan oneal', 'ryan oneal']],
    ['Amélie', ['amélie', 'amelie']],
  ])('%s → %j', (input, expected) => {
    expect(foldForSearch(input)).toEqual(expected);
  });
});

describe('searchFilms', () => {
  it.each([
    ['drive', ['drive-2011', 'the-driver-1978']],
    ['DRIVER', ['the-driver-1978']],
    ['the driver', ['the-driver-1978']],
    ['valhalla', ['valhalla-rising-2009']],
    ['walhalla', ['valhalla-rising-2009']],
    ['never let', ['never-let-me-go-2010']],
    ['geben mussten', ['never-let-me-go-2010']],
    ['refn', ['drive-2011', 'valhalla-rising-2009']],
    ['mulligan', ['never-let-me-go-2010', 'drive-2011']],
    ['gosling', ['drive-2011']],
    ["o'neal", ['the-driver-1978']],
    ['', []],
    ['   ', []],
    ['xyz', []],
  ])('%j finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('finds names typed with or without umlauts', () => {
    const film: Film = {
      id: 'x-2000', germanTitle: 'Über alles', originalTitle: 'Über alles', aliases: [], year: 2000,
      directors: ['Jörg Müller'], cast: [], genres: [], mentions: [],
    };
    const withUmlauts = buildSearchIndex([film]);
    for (const query of ['über', 'ueber', 'uber', 'Mueller', 'muller', 'MÜLLER']) {
      expect(searchFilms(withUmlauts, query).map((match) => match.id)).toEqual(['x-2000']);
    }
  });

  it('ranks title prefixes before title substrings before people, and caps the list', () => {
    const many: Film[] = Array.from({ length: 30 }, (_, i) => ({
      id: `f${i}`, germanTitle: `Film ${String(i).padStart(2, '0')}`, originalTitle: 'x', aliases: [], year: 2000 + i,
      directors: [], cast: [], genres: [], mentions: [],
    }));
    const result = searchFilms(buildSearchIndex(many), 'film');
    expect(result).toHaveLength(20);
    expect(result[0]).toEqual({ id: 'f0', title: 'Film 00', year: 2000 });
    expect(result[19]?.id).toBe('f19');
  });
});

describe('buildSearchIndexInSteps', () => {
  it('builds the same index as buildSearchIndex, a few films per step', async () => {
    expect(await buildSearchIndexInSteps(testFilms, 3)).toEqual(buildSearchIndex(testFilms));
  });
});

import { describe, expect, it } from 'vitest';
import { buildTitleIndex, matchTitle } from './match';
import { expectIndexOf, expectSamePaths } from './same-paths';
import { TEST_FILMS } from './test-films';
import { hashCodes, hashRange } from './hash';
import type { Named, TitleTable } from './title-table';
import { TitleTableBuilder } from './title-table-builder';
import type { FilmMatch } from './types';

/** Keys that differ only late, only by one code unit, by length, or in scripts beyond Latin-1. */
const KEYS = [
  'drive', 'driver', 'drive r', 'drivf', 'the driver', 'taxi driver', 'a', 'ab', 'ba', 'der grosse leichtsinn',
  'der grosse leichtsinm', 'les miserables', 'les misérables', 'οδος', 'οδοσ', '東京物語', '東京物', 'smile 😀', 'smile 😁',
  'x'.repeat(299), `${'x'.repeat(298)}y`, '1', '2001', '2001 a space odyssey',
];

/** Keys the table must not find: prefixes, extensions, one code unit off, the empty key. */
const NOT_KEYS = ['', 'd', 'driv', 'drives', 'drivd', 'the drive', 'οδο', '東京', 'smile 😂', 'smile', 'x'.repeat(298), 'x'.repeat(300), '2000'];

function film(id: string, year = 2000): FilmMatch {
  return { id, title: id.toUpperCase(), year };
}

/** A table with KEYS (key i names film i) under the given hash mask, sized to grow while adding. */
function tableOf(hashMask: number): TitleTable {
  const builder = new TitleTableBuilder(0, hashMask);
  KEYS.forEach((key, i) => builder.addKey(key, builder.addFilm(film(`film-${i}`))));
  return builder.build();
}

const MASKS = [
  ['the full hash', -1],
  ['every key the same hash (each lookup compares keys code unit by code unit)', 0],
  ['two hash bits (long probe runs)', 0b11],
] as const;

describe.each(MASKS)('TitleTable with %s', (_name, hashMask) => {
  const table = tableOf(hashMask);

  it.each(KEYS.map((key, i) => [key, i]))('finds %j, also as a range of a longer text', (key, i) => {
    expect(table.get(key, false)).toEqual(film(`film-${i}`));
    const surroundings: Array<[string, string]> = [['', ''], ['zz ', ''], ['', ' zz'], ['drive ', ' driver']];
    for (const [before, after] of surroundings) {
      const text = `${before}${key}${after}`;
      const found = table.find(text, before.length, before.length + key.length, hashRange(text, before.length, before.length + key.length), false);
      expect(found).toBeGreaterThanOrEqual(0);
      expect(table.filmAt(found)).toEqual(film(`film-${i}`));
    }
  });

  it.each(NOT_KEYS)('does not find %j, alone or as a range', (key) => {
    expect(table.get(key, true)).toBeUndefined();
    const text = `drive ${key} driver`;
    expect(table.find(text, 6, 6 + key.length, hashRange(text, 6, 6 + key.length), true)).toBe(-1);
  });

  it('holds each key once, and nothing else', () => {
    expect(table.size).toBe(KEYS.length);
    expect(new Map(table.keysAndFilms()).size).toBe(KEYS.length);
    expect([...table.keysAndFilms(true)]).toEqual([]);
  });
});

describe('hashCodes', () => {
  it.each(KEYS)('hashes the code units of %j as hashRange hashes the string, also as a range', (key) => {
    const text = `zz ${key} zz`;
    const codes = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    expect(hashCodes(codes, 3, 3 + key.length)).toBe(hashRange(text, 3, 3 + key.length));
  });
});

describe('TitleTableBuilder', () => {
  it.each([-1, 0])('keeps the films of a shared key in the order added, each id once (hash mask %d)', (hashMask) => {
    const builder = new TitleTableBuilder(0, hashMask);
    const first = builder.addFilm(film('footloose-1984', 1984));
    const second = builder.addFilm(film('footloose-2011', 2011));
    const again = builder.addFilm(film('footloose-1984', 1984)); // the same id a second time
    for (const number of [first, second, first, again]) builder.addKey('footloose', number);
    builder.addKey('drive', builder.addFilm(film('drive-2011', 2011)));
    const table = builder.build();
    const named = table.get('footloose', false) as Named;
    expect(named).toEqual([film('footloose-1984', 1984), film('footloose-2011', 2011)]);
    const found = table.find('footloose', 0, 9, hashRange('footloose', 0, 9), false);
    expect(table.sharedBy(found)).toEqual(named);
    expect(table.sharedBy(table.find('drive', 0, 5, hashRange('drive', 0, 5), false))).toBeUndefined();
  });

  it('serves one table: adding or building again after the build throws instead of corrupting it', () => {
    const builder = new TitleTableBuilder();
    builder.addKey('drive', builder.addFilm(film('drive-2011', 2011)));
    const table = builder.build();
    expect(() => builder.addKey('driver', 0)).toThrow();
    expect(() => builder.build()).toThrow();
    expect(table.get('drive', false)).toEqual(film('drive-2011', 2011));
  });

  it('answers every key of one film with the same number (so halves of an EN/DE pair compare numbers)', () => {
    const builder = new TitleTableBuilder();
    const number = builder.addFilm(film('point-break-1991', 1991));
    builder.addKey('gefaehrliche brandung', number);
    builder.addKey('point break', number);
    const table = builder.build();
    const find = (key: string) => table.find(key, 0, key.length, hashRange(key, 0, key.length), false);
    expect(find('gefaehrliche brandung')).toBe(find('point break'));
  });

  it('looks up folded keys only when asked, and a primary key first', () => {
    const builder = new TitleTableBuilder();
    const wueste = builder.addFilm(film('wueste', 1990));
    const wuste = builder.addFilm(film('wuste', 1991));
    builder.addKey('abenteuer in der wueste', wueste);
    builder.addKey('abenteuer in der wuste', wueste, true);
    builder.addKey('wuste', wuste);
    builder.addKey('wuste', wueste, true);
    const table = builder.build();
    expect(table.get('abenteuer in der wuste', false)).toBeUndefined();
    expect(table.get('abenteuer in der wuste', true)).toEqual(film('wueste', 1990));
    expect(table.get('wuste', true)).toEqual(film('wuste', 1991));
    expect(table.size).toBe(2);
    expect([...table.keysAndFilms(true)].map(([key]) => key).sort()).toEqual(['abenteuer in der wuste', 'wuste']);
  });

  it('grows from 8 slots to thousands of keys, primary and folded, and finds each', () => {
    const builder = new TitleTableBuilder();
    for (let i = 0; i < 5000; i++) {
      const number = builder.addFilm(film(`f-${i}`));
      builder.addKey(`titel ${i}`, number);
      builder.addKey(`faltung ${i}`, number, true);
    }
    const table = builder.build();
    expect(table.size).toBe(5000);
    for (let i = 0; i < 5000; i += 7) {
      expect(table.get(`titel ${i}`, false)).toEqual(film(`f-${i}`));
      expect(table.get(`faltung ${i}`, true)).toEqual(film(`f-${i}`));
      expect(table.get(`faltung ${i}`, false)).toBeUndefined();
    }
  });
});

describe('the matcher on an index where every key has the same hash', () => {
  // Every lookup then walks all keys and compares them: only equal keys may answer.
  const colliding = buildTitleIndex(TEST_FILMS, 0);

  it('holds the keys the full path derives', () => {
    expectIndexOf(colliding, TEST_FILMS);
  });

  it.each([
    ['Drive', 'drive-2011'],
    ['Driver (1978) [DVD]', 'the-driver-1978'],
    ['Drive (1997)', null],
    ['Drive My Car', null],
    ['Driv', null],
    ['Der große Leichtsinn - The Big Easy', 'the-big-easy-1986'],
    ['Gefährliche Brandung - Point Break', 'point-break-1991'],
    ['Footloose', null],
    ['Footloose (2011)', 'footloose-2011'],
    ['Les Miserables', 'les-miserables-2012'],
    ['Sahara - Abenteuer In Der Wuste', 'sahara-2005'],
    ['Point Break', null],
    ['Point Break (2015)', 'point-break-2015'],
  ])('%j → %s, as on the normal index and the full path', (input, id) => {
    expect(matchTitle(colliding, input)?.id ?? null).toBe(id);
    expectSamePaths(colliding, input);
  });
});

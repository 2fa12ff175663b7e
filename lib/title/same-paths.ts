/**
 * TEST-ONLY (imported by lib/title/*.test.ts, never by the extension): checks that the optimised
 * matcher answers exactly like its full path, and that the index holds what the full path says it must.
 */
import { expect } from 'vitest';
import { cleanTitle } from './clean';
import { KEY_CODES, scanKey } from './fast';
import { scanTitle } from './scan-title';
import { titleHalves } from './halves';
import { hasKindWord, isNotFilmCodes, isNotFilmKey, kindOfKey } from './kind';
import { lookupTitle, matchTitle, matchTitleFully, type TitleIndex } from './match';
import { fullFoldKey, fullHasDiacritics, fullNormalizeKey, foldKey, hasDiacritics, normalizeKey } from './normalize';
import type { KeyScan, MatchableFilm, TitleHints } from './types';

/** A key → the ids of the films it names, sorted by key (the order of a Map's entries means nothing). */
type KeyIds = [key: string, ids: string[]][];

/**
 * What the index must hold, derived from the full path only (the rule documented in match.ts): each
 * catalogue title's whole cleaned key (`cleanTitle(title).keys[0]`; none for a title that cleans to
 * nothing) → its films; and the key of the cleaned title folded (no diacritics) → its films, only where
 * it differs from that key. Films in catalogue order, each once per key.
 */
function expectedIndex(films: MatchableFilm[]): { byKey: KeyIds; byFoldedKey: KeyIds } {
  const byKey = new Map<string, string[]>();
  const byFoldedKey = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) map.set(key, [...ids, id]);
  };
  for (const film of films) {
    for (const title of film.titles) {
      const cleaned = cleanTitle(title);
      const key = cleaned.keys[0];
      if (key === undefined) continue;
      add(byKey, key, film.id);
      const folded = fullFoldKey(cleaned.title);
      if (folded !== key) add(byFoldedKey, folded, film.id);
    }
  }
  return { byKey: sortedByKey(byKey), byFoldedKey: sortedByKey(byFoldedKey) };
}

function sortedByKey(map: Map<string, string[]>): KeyIds {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The index built from these films holds exactly the keys, naming the same films in the same order, that the full path derives. */
export function expectIndexOf(index: TitleIndex, films: MatchableFilm[]): void {
  const ids = (folded: boolean) =>
    sortedByKey(new Map([...index.keysAndFilms(folded)].map(([key, named]) => [key, (Array.isArray(named) ? named : [named]).map((film) => film.id)])));
  expect({ byKey: ids(false), byFoldedKey: ids(true) }).toEqual(expectedIndex(films));
}

/** Keys by table and by the full path agree. */
export function expectSameKeys(text: string): void {
  const expected = { key: fullNormalizeKey(text), folded: fullFoldKey(text), diacritics: fullHasDiacritics(text) };
  expect({ key: normalizeKey(text), folded: foldKey(text), diacritics: hasDiacritics(text) }).toEqual(expected);
}

/**
 * One page title through every path: the fast scan (when it answers) reads what the full cleaning
 * reads; `matchTitle` and `lookupTitle` give the film the full path (`matchTitleFully`) gives.
 */
export function expectSamePaths(index: TitleIndex, input: string, hints?: TitleHints): void {
  const cleaned = cleanTitle(input);
  const expectedMatch = matchTitleFully(index, input, hints);
  expect(lookupTitle(index, input, hints)).toEqual({ cleaned, match: expectedMatch });
  expect(matchTitle(index, input, hints)).toEqual(expectedMatch);
  const whole = cleaned.keys[0] ?? '';
  expect(isNotFilmKey(whole)).toBe(kindOfKey(whole) !== 'film');
  const scan = scanTitle(input);
  if (scan === undefined) return;
  expect({ key: scan.key, year: scan.year }).toEqual({ key: cleaned.keys[0] ?? '', year: cleaned.year });
  expect(scan.hasDiacritics).toBe(hasDiacritics(cleaned.title));
  if (!scan.hasSlash) expect(cleaned.title).not.toContain('/');
  if (!scan.hasDash) expect(titleHalves(cleaned.title)).toEqual([]);
  if (scan.tagKind !== 'film') expect(cleaned.kind).not.toBe('film');
  // The scan may rule kind words out only when the key has none.
  if (!scan.mayStateKind) expect(hasKindWord(scan.key), JSON.stringify(input)).toBe(false);
  // The words before `kindFrom` were ruled out one by one (the kind-word check starts there).
  else {
    expect(hasKindWord(scan.key.slice(0, scan.kindFrom).trim()), JSON.stringify(input)).toBe(false);
    const keyScan = scanKey(input) as KeyScan; // its key in KEY_CODES, as matchTitle reads it
    expect(isNotFilmCodes(KEY_CODES, keyScan.keyLength, keyScan.kindFrom), JSON.stringify(input)).toBe(kindOfKey(scan.key) !== 'film');
  }
  if (scan.halfAt >= 0) {
    const halves = titleHalves(cleaned.title);
    expect(halves, JSON.stringify(input)).toHaveLength(1);
    const [left, right] = halves[0] ?? ['', ''];
    expect([scan.key.slice(0, scan.halfAt), scan.key.slice(scan.halfAt + 1)]).toEqual([normalizeKey(left), normalizeKey(right)]);
    expect([scan.leftHasDiacritics, scan.rightHasDiacritics]).toEqual([hasDiacritics(left), hasDiacritics(right)]);
  }
}

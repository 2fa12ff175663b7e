/**
 * TEST-ONLY (imported by lib/title/*.test.ts, never by the extension): checks that the optimised
 * matcher answers exactly like the full path and like the frozen pre-optimisation code in reference/.
 */
import { expect } from 'vitest';
import { cleanTitle } from './clean';
import { scanTitle } from './fast';
import { titleHalves } from './halves';
import { isNotFilmKey, kindOfKey } from './kind';
import { buildTitleIndex, lookupTitle, matchTitle, matchTitleFully, type Named, type TitleIndex, titleKey } from './match';
import { fullFoldKey, fullHasDiacritics, fullNormalizeKey, foldKey, hasDiacritics, normalizeKey } from './normalize';
import * as reference from './reference/match';
import * as referenceClean from './reference/clean';
import * as referenceNormalize from './reference/normalize';
import type { MatchableFilm, TitleHints } from './types';

/** Both indexes of one catalogue: the optimised one and the reference one. */
export interface IndexPair {
  index: TitleIndex;
  referenceIndex: reference.TitleIndex;
}

export function indexPair(films: MatchableFilm[]): IndexPair {
  return { index: buildTitleIndex(films), referenceIndex: reference.buildTitleIndex(films) };
}

/** The same keys, naming the same films in the same order. */
export function expectSameIndex({ index, referenceIndex }: IndexPair): void {
  const ids = (map: Map<string, Named | MatchableFilm[]>) =>
    [...map].map(([key, named]) => [key, (Array.isArray(named) ? named : [named]).map((film) => film.id)]);
  expect(ids(index.byKey)).toEqual(ids(referenceIndex.byKey));
  expect(ids(index.byFoldedKey)).toEqual(ids(referenceIndex.byFoldedKey));
}

/** Keys by table and by the full path, and by the reference code, agree. */
export function expectSameKeys(text: string): void {
  const expected = { key: fullNormalizeKey(text), folded: fullFoldKey(text), diacritics: fullHasDiacritics(text) };
  expect({ key: normalizeKey(text), folded: foldKey(text), diacritics: hasDiacritics(text) }).toEqual(expected);
  expect(referenceNormalize.normalizeKey(text)).toBe(expected.key);
  expect(referenceNormalize.foldKey(text)).toBe(expected.folded);
}

/**
 * One page title through every path: the fast scan (when it answers) reads what the full cleaning
 * reads; `matchTitle`, `matchTitleFully` and `lookupTitle` give the same film; and all of it equals
 * the reference code's answer.
 */
export function expectSamePaths(pair: IndexPair, input: string, hints?: TitleHints): void {
  const cleaned = cleanTitle(input);
  expect(cleaned).toEqual(referenceClean.cleanTitle(input));
  const expectedMatch = reference.matchTitle(pair.referenceIndex, input, hints);
  expect(lookupTitle(pair.index, input, hints)).toEqual({ cleaned, match: expectedMatch });
  expect(matchTitleFully(pair.index, input, hints)).toEqual(expectedMatch);
  expect(matchTitle(pair.index, input, hints)).toEqual(expectedMatch);
  expect(titleKey(input)).toBe(reference.titleKey(input));
  const whole = cleaned.keys[0] ?? '';
  expect(isNotFilmKey(whole)).toBe(kindOfKey(whole) !== 'film');
  const scan = scanTitle(input);
  if (scan === undefined) return;
  expect({ key: scan.key, year: scan.year }).toEqual({ key: cleaned.keys[0] ?? '', year: cleaned.year });
  expect(scan.hasDiacritics).toBe(hasDiacritics(cleaned.title));
  if (!scan.hasSlash) expect(cleaned.title).not.toContain('/');
  if (!scan.hasDash) expect(titleHalves(cleaned.title)).toEqual([]);
  if (scan.tagKind !== 'film') expect(cleaned.kind).not.toBe('film');
  if (scan.halfAt >= 0) {
    const halves = titleHalves(cleaned.title);
    expect(halves, JSON.stringify(input)).toHaveLength(1);
    const [left, right] = halves[0] ?? ['', ''];
    expect([scan.key.slice(0, scan.halfAt), scan.key.slice(scan.halfAt + 1)]).toEqual([normalizeKey(left), normalizeKey(right)]);
    expect([scan.leftHasDiacritics, scan.rightHasDiacritics]).toEqual([hasDiacritics(left), hasDiacritics(right)]);
  }
}

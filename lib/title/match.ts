/**
 * Decides whether a title string from a page names one film of the catalogue. A wrong film is worse
 * than none, so every doubt answers null: series, bundles, extras, unknown titles, several films with
 * the same title and no year to tell them apart, and years that contradict the film. See README.md.
 */
import type { Film } from '../catalogue/types';
import { cleanTitle, collapseWhitespace, MAX_TITLE_LENGTH, stripTags } from './clean';
import { KEY_CODES, scanKey } from './fast';
import { isNotFilmCodes, kindOfText } from './kind';
import { titleHalves } from './halves';
import { finishHash, FNV_OFFSET, FNV_PRIME, hashCodes } from './hash';
import type { Named, TitleTable } from './title-table';
import { TitleTableBuilder } from './title-table-builder';
import { foldKey, hasDiacritics, normalizeKey } from './normalize';
import type { CleanedTitle, FilmMatch, KeyScan, MatchableFilm, TitleHints } from './types';

/**
 * Release years differ between countries and sources by a year (festival premiere vs. cinema start):
 * a stated year within this distance of the catalogue's year agrees with it.
 */
export const YEAR_TOLERANCE = 1;

/**
 * Each catalogue title's key (`normalizeKey` of the cleaned title) → the films it names, and the folded
 * key (no diacritics) → films where it differs from the key ("les miserables"): see title-table.ts.
 */
export type TitleIndex = TitleTable;

export type { Named };

export interface TitleLookup {
  cleaned: CleanedTitle;
  match: FilmMatch | null;
}

/** The film's titles for matching: German title first (it names the match), then original title and aliases. */
export function toMatchable(film: Film): MatchableFilm {
  const titles = [film.germanTitle, film.originalTitle, ...film.aliases];
  return { id: film.id, year: film.year, titles: titles.filter((title, i) => titles.indexOf(title) === i) };
}

/**
 * One pass over all titles of all films: linear in the catalogue's size. Only the whole title's key is
 * needed (its kind and halves are not), and the folded key only for a title with diacritics (without
 * any, it equals the key). `hashMask` is for tests only (see `TitleTableBuilder`).
 */
export function buildTitleIndex(films: MatchableFilm[], hashMask = -1): TitleIndex {
  let titleCount = 0;
  for (const film of films) titleCount += film.titles.length;
  const index = new TitleTableBuilder(titleCount, hashMask, films.length);
  for (const film of films) {
    // The answer for this film, made once: every key of the film names it by this number.
    const filmNumber = index.addFilm(toFilmMatch(film));
    for (const title of film.titles) {
      // Most catalogue titles: the fast path gives the key, and without diacritics there is no folded key.
      const scan = scanKey(title);
      // (A cut tag tail would stay in the folded key of the text: such a title with diacritics takes the full path.)
      if (scan !== undefined && (!scan.hasDiacritics || (!hasBrackets(title) && !scan.endsInTag))) {
        const { keyLength } = scan;
        if (keyLength === 0) continue;
        index.addCodes(KEY_CODES, keyLength, filmNumber);
        if (!scan.hasDiacritics) continue;
        // Without brackets the cleaned title differs from the text only in whitespace and in words
        // without letters: the folded key of the text is the cleaned title's.
        const folded = foldKey(title);
        if (!isScannedKey(folded, keyLength)) index.addKey(folded, filmNumber, true);
        continue;
      }
      const text = collapseWhitespace(title);
      if (text.length > MAX_TITLE_LENGTH) continue;
      const cleaned = stripTags(text).title;
      const key = normalizeKey(cleaned);
      if (key === '') continue;
      index.addKey(key, filmNumber);
      if (!hasDiacritics(cleaned)) continue;
      const folded = foldKey(cleaned);
      if (folded !== key) index.addKey(folded, filmNumber, true);
    }
  }
  return index.build();
}

/** Whether `text` is the key the last scan left in KEY_CODES (its first `keyLength` code units). */
function isScannedKey(text: string, keyLength: number): boolean {
  if (text.length !== keyLength) return false;
  for (let i = 0; i < keyLength; i++) if (text.charCodeAt(i) !== KEY_CODES[i]) return false;
  return true;
}

function hasBrackets(text: string): boolean {
  return text.indexOf('(') >= 0 || text.indexOf('[') >= 0;
}

/** The normalised key of the whole cleaned title ('' when nothing is left), e.g. for "Nicht dieser Film" corrections. */
export function titleKey(input: string): string {
  return cleanTitle(input).keys[0] ?? '';
}

/**
 * Like `lookupTitle(...).match`, without building the cleaned title: the fast path (fast.ts) reads the
 * key, year and kind in one pass; the title itself is only needed for halves (rare) and slashes.
 */
export function matchTitle(index: TitleIndex, input: string, hints?: TitleHints): FilmMatch | null {
  const hintKind = hints?.kind ?? null;
  if (hintKind !== null && hintKind !== 'film') return null;
  const scan = scanKey(input);
  if (scan === undefined) return matchTitleFully(index, input, hints);
  // The key is in KEY_CODES: checked and looked up as code units, no string made.
  const { keyLength } = scan;
  if (keyLength === 0 || scan.tagKind !== 'film' || (scan.mayStateKind && isNotFilmCodes(KEY_CODES, keyLength, scan.kindFrom))) return null;
  if (scan.hasSlash) return matchTitleFully(index, input, hints); // the slash rule reads the title
  const { halfAt } = scan;
  // One pass over the key hashes it and, for "A - B", its halves (each lookup reuses its hash).
  const hash = halfAt >= 0 ? hashKeyAndHalves(keyLength, halfAt) : hashCodes(KEY_CODES, 0, keyLength);
  const found = index.findCodes(KEY_CODES, 0, keyLength, hash, !scan.hasDiacritics);
  if (found >= 0) {
    const shared = index.sharedBy(found);
    if (shared !== undefined) return copyOf(choose(shared, yearsOf(scan.year, hints)));
    // The common hit: the stated years checked in place (no list of years per lookup).
    return fitsStatedYears(index.yearOf(found), scan.year, hints) ? index.filmAt(found) : null;
  }
  const years = yearsOf(scan.year, hints);
  if (halfAt >= 0) return halvesMatch(index, scan, years);
  return scan.hasDash ? copyOf(halvesFilm(index, stripTags(collapseWhitespace(input)).title, years)) : null;
}

/** `fitsYear(filmYear, yearsOf(textYear, hints))`. */
function fitsStatedYears(filmYear: number, textYear: number | null, hints: TitleHints | undefined): boolean {
  if (textYear !== null && Math.abs(textYear - filmYear) > YEAR_TOLERANCE) return false;
  const hintYear = hints?.year;
  return typeof hintYear !== 'number' || !Number.isFinite(hintYear) || Math.abs(hintYear - filmYear) <= YEAR_TOLERANCE;
}

/**
 * `halvesFilm` for the key (in KEY_CODES) of a title with one spaced dash (`scan.halfAt`), whose hashes
 * `hashKeyAndHalves` left in `halfHashes`. (A function of its own: the common path stays small.)
 */
function halvesMatch(index: TitleIndex, scan: KeyScan, years: number[]): FilmMatch | null {
  const { keyLength, halfAt } = scan;
  const left = halfAt > 0 ? index.findCodes(KEY_CODES, 0, halfAt, halfHashes.left, !scan.leftHasDiacritics) : -1;
  const right = halfAt + 1 < keyLength ? index.findCodes(KEY_CODES, halfAt + 1, keyLength, halfHashes.right, !scan.rightHasDiacritics) : -1;
  if (left >= 0 && right >= 0 && index.sharedBy(left) === undefined && index.sharedBy(right) === undefined) {
    // `cutFilm` for one film on each side: the same film (an EN/DE pair) if the years allow, else a conflict.
    // (One film has one answer: equal answers need no look at the ids.)
    if ((left !== right && index.idOf(left) !== index.idOf(right)) || !fitsYear(index.yearOf(left), years)) return null;
    return index.filmAt(left);
  }
  const cut = cutFilm(filmsAt(index, left), filmsAt(index, right), years);
  return cut === CONFLICT ? null : copyOf(cut);
}

/** The answer for a film of the index: a copy (the index's own objects are never handed out). */
function copyOf(film: FilmMatch | null): FilmMatch | null {
  return film ? { id: film.id, title: film.title, year: film.year } : null;
}

/** `matchTitle` without the fast path (equivalence.test.ts compares both). */
export function matchTitleFully(index: TitleIndex, input: string, hints?: TitleHints): FilmMatch | null {
  const hintKind = hints?.kind ?? null;
  if (hintKind !== null && hintKind !== 'film') return null;
  const text = collapseWhitespace(input);
  if (text.length > MAX_TITLE_LENGTH) return null;
  const { title, year, tagKind } = stripTags(text);
  const whole = normalizeKey(title);
  if (whole === '' || tagKind !== 'film' || kindOfText(title, whole) !== 'film') return null;
  return matchCleaned(index, title, whole, yearsOf(year, hints));
}

/** Cleans the input and matches it; the cleaned title is returned too (the lookup command prints it). */
export function lookupTitle(index: TitleIndex, input: string, hints?: TitleHints): TitleLookup {
  const cleaned = cleanTitle(input);
  const hintKind = hints?.kind ?? null;
  const whole = cleaned.keys[0];
  if (cleaned.kind !== 'film' || (hintKind !== null && hintKind !== 'film') || whole === undefined) {
    return { cleaned, match: null };
  }
  return { cleaned, match: matchCleaned(index, cleaned.title, whole, yearsOf(cleaned.year, hints)) };
}

/** The stated years that must agree with the film: the text's and the site's (if a finite number). */
function yearsOf(textYear: number | null, hints: TitleHints | undefined): number[] {
  const years: number[] = [];
  if (textYear !== null) years.push(textYear);
  const hintYear = hints?.year;
  if (typeof hintYear === 'number' && Number.isFinite(hintYear)) years.push(hintYear);
  return years;
}

/** The film a cleaned film title (with `whole` = its key) names: the whole title first, else its halves. */
function matchCleaned(index: TitleIndex, title: string, whole: string, years: number[]): FilmMatch | null {
  const candidates = filmsNamedByKey(index, title, whole);
  return copyOf(candidates.length > 0 ? choose(candidates, years) : halvesFilm(index, title, years));
}

/**
 * "A - B": accepted when both halves name the same film, or when one half names a film, the other
 * names none, and a stated year agrees. Halves naming different films answer null.
 */
function halvesFilm(index: TitleIndex, title: string, years: number[]): FilmMatch | null {
  const accepted = new Map<string, FilmMatch>();
  for (const [left, right] of titleHalves(title)) {
    const film = cutFilm(filmsNamed(index, left), filmsNamed(index, right), years);
    if (film === CONFLICT) return null;
    if (film) accepted.set(film.id, film);
  }
  return accepted.size === 1 ? ([...accepted.values()][0] ?? null) : null;
}

/** Halves of one cut that name different films. */
const CONFLICT = 'conflict';

/** The film one cut "A - B" names (see `halvesFilm`), null for none, CONFLICT when the halves disagree. */
function cutFilm(leftFilms: FilmMatch[], rightFilms: FilmMatch[], years: number[]): FilmMatch | null | typeof CONFLICT {
  const common = leftFilms.filter((film) => rightFilms.some((other) => other.id === film.id));
  if (common.length > 0) return choose(common, years);
  if (leftFilms.length > 0 && rightFilms.length > 0) return CONFLICT;
  if (years.length > 0) return choose(leftFilms.length > 0 ? leftFilms : rightFilms, years);
  return null;
}

/**
 * The one film among the candidates that the years allow: with a year, an exact year beats ±1;
 * without one, only a single candidate is accepted.
 */
function choose(candidates: FilmMatch[], years: number[]): FilmMatch | null {
  if (candidates.length === 1) {
    const film = candidates[0] as FilmMatch;
    return fits(film, years) ? film : null;
  }
  const fitting = candidates.filter((film) => fits(film, years));
  if (fitting.length === 1) return fitting[0] ?? null;
  const exact = fitting.filter((film) => years.length > 0 && years.every((year) => year === film.year));
  return exact.length === 1 ? (exact[0] ?? null) : null;
}

/** Whether every stated year lies within the tolerance of the film's year. */
function fits(film: FilmMatch, years: number[]): boolean {
  return fitsYear(film.year, years);
}

function fitsYear(filmYear: number, years: number[]): boolean {
  for (const year of years) if (Math.abs(year - filmYear) > YEAR_TOLERANCE) return false;
  return true;
}

/** Films whose title has this text's key; the folded key only for text without any diacritics of its own. */
function filmsNamed(index: TitleIndex, text: string): FilmMatch[] {
  return filmsNamedByKey(index, text, normalizeKey(text));
}

/** `filmsNamed` when the caller has the key (`normalizeKey(text)`) already. */
function filmsNamedByKey(index: TitleIndex, text: string, key: string): FilmMatch[] {
  if (key === '') return [];
  return listOf(index.get(key, !hasDiacritics(text)));
}

/** The films of an answer of the index (none for -1). */
function filmsAt(index: TitleIndex, found: number): FilmMatch[] {
  if (found < 0) return [];
  return index.sharedBy(found) ?? [index.filmAt(found)];
}

/** The halves' hashes from `hashKeyAndHalves` (module state: no object per lookup). */
const halfHashes = { left: 0, right: 0 };

/**
 * `hashCodes` of the whole key in KEY_CODES, and (into `halfHashes`) of its halves (code units before
 * `halfAt` and after `halfAt + 1`), in one pass: FNV-1a runs left to right, so the left half's value is
 * the whole key's at `halfAt`.
 */
function hashKeyAndHalves(keyLength: number, halfAt: number): number {
  const codes = KEY_CODES;
  let whole = FNV_OFFSET;
  for (let i = 0; i < halfAt; i++) whole = Math.imul(whole ^ (codes[i] as number), FNV_PRIME);
  halfHashes.left = finishHash(whole);
  let right = FNV_OFFSET;
  for (let i = halfAt; i < keyLength; i++) {
    const code = codes[i] as number;
    whole = Math.imul(whole ^ code, FNV_PRIME);
    if (i > halfAt) right = Math.imul(right ^ code, FNV_PRIME);
  }
  halfHashes.right = finishHash(right);
  return finishHash(whole);
}

function listOf(named: Named | undefined): FilmMatch[] {
  if (named === undefined) return [];
  return Array.isArray(named) ? named : [named];
}

function toFilmMatch(film: MatchableFilm): FilmMatch {
  return { id: film.id, title: film.titles[0] ?? film.id, year: film.year };
}

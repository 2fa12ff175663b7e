/**
 * Decides whether a title string from a page names one film of the catalogue. A wrong film is worse
 * than none, so every doubt answers null: series, bundles, extras, unknown titles, several films with
 * the same title and no year to tell them apart, and years that contradict the film. See README.md.
 */
import type { Film } from '../catalogue/types';
import { cleanTitle, MAX_TITLE_LENGTH, readTitle, stripTags } from './clean';
import { titleHalves } from './halves';
import { collapseWhitespace, foldKey, hasDiacritics, normalizeKey } from './normalize';
import { isSure, NAMESAKE_BEFORE } from './evidence';
import type { CleanedTitle, FilmMatch, MatchableFilm, TitleHints, TitleKind } from './types';
import { GERMAN_WORDS } from './vocabulary';

/** A film as the index holds it: the answer, and whether it is curated (evidence.ts). */
interface IndexedFilm extends FilmMatch {
  curated: boolean;
}

/**
 * Release years differ between countries and sources by a year (festival premiere vs. cinema start):
 * a stated year within this distance of the catalogue's year agrees with it.
 */
export const YEAR_TOLERANCE = 1;

/**
 * Each catalogue title's key (`normalizeKey` of the cleaned title) → the films it names, in catalogue
 * order; and the folded key (no diacritics) → films, where it differs from the key ("les miserables").
 */
export class TitleIndex {
  /** A key's one film, or its films when several share it (most keys name one: no array for them). */
  readonly byKey = new Map<string, IndexedFilm | IndexedFilm[]>();
  readonly byFoldedKey = new Map<string, IndexedFilm | IndexedFilm[]>();

  /** How many keys (not folded) the index holds. */
  get size(): number {
    return this.byKey.size;
  }

  add(key: string, film: IndexedFilm, folded = false): void {
    const map = folded ? this.byFoldedKey : this.byKey;
    const named = map.get(key);
    if (named === undefined) map.set(key, film);
    else if (!Array.isArray(named)) {
      if (named !== film) map.set(key, [named, film]);
    } else if (!named.includes(film)) named.push(film);
  }

  /** Films whose title has this key; the folded keys only for text without diacritics of its own. */
  filmsNamed(key: string, textHasDiacritics: boolean): readonly IndexedFilm[] {
    if (key === '') return NONE;
    const named = this.byKey.get(key) ?? (textHasDiacritics ? undefined : this.byFoldedKey.get(key));
    if (named === undefined) return NONE;
    return Array.isArray(named) ? named : [named];
  }
}

const NONE: readonly IndexedFilm[] = [];

export interface TitleLookup {
  cleaned: CleanedTitle;
  match: FilmMatch | null;
}

/** The film's titles for matching: German title first (it names the match), then original title and aliases. */
export function toMatchable(film: Film): MatchableFilm {
  const titles = [film.germanTitle, film.originalTitle, ...film.aliases];
  return { id: film.id, year: film.year, titles: titles.filter((title, i) => titles.indexOf(title) === i), curated: film.source !== 'wikipedia' };
}

/** One pass over all titles of all films: each title cleaned like a page's (so "Sahara - Abenteuer …" keeps its key). */
export function buildTitleIndex(films: MatchableFilm[]): TitleIndex {
  const index = new TitleIndex();
  for (const film of films) {
    const answer: IndexedFilm = { id: film.id, title: film.titles[0] ?? film.id, year: film.year, curated: film.curated === true };
    for (const raw of film.titles) {
      const text = collapseWhitespace(raw);
      if (text.length > MAX_TITLE_LENGTH) continue;
      const title = stripTags(text).title;
      const key = normalizeKey(title);
      if (key === '') continue;
      index.add(key, answer);
      if (!hasDiacritics(title)) continue;
      const folded = foldKey(title);
      if (folded !== key) index.add(folded, answer, true);
    }
  }
  return index;
}

/** The normalised key of the whole cleaned title ('' when nothing is left), e.g. for "Nicht dieser Film" corrections. */
export function titleKey(input: string): string {
  return readTitle(input).key;
}

/** The film the page text names, or null. */
export function matchTitle(index: TitleIndex, input: string, hints?: TitleHints): FilmMatch | null {
  const { title, year, kind, key } = readTitle(input);
  return matchRead(index, title, year, kind, key, hints);
}

/** Cleans the input and matches it; the cleaned title is returned too (the lookup command prints it). */
export function lookupTitle(index: TitleIndex, input: string, hints?: TitleHints): TitleLookup {
  const cleaned = cleanTitle(input);
  return { cleaned, match: matchRead(index, cleaned.title, cleaned.year, cleaned.kind, cleaned.keys[0] ?? '', hints) };
}

/** The film a read title names (`readTitle`: display title, year, kind and whole key), or null. */
function matchRead(index: TitleIndex, title: string, year: number | null, kind: TitleKind, whole: string, hints: TitleHints | undefined): FilmMatch | null {
  const hintKind = hints?.kind ?? null;
  if (kind !== 'film' || (hintKind !== null && hintKind !== 'film') || whole === '') return null;
  const years = yearsOf(year, hints);
  const named = index.filmsNamed(whole, hasDiacritics(title));
  // The whole title decides whenever it names any film; halves are tried only when it names none.
  const { film, bothHalves, oneHalf } = named.length > 0 ? { film: choose(named, years), bothHalves: false, oneHalf: false } : halvesFilm(index, title, years);
  if (!film) return null;
  const namesakes = years.length === 0 && named.length > 1;
  const sure = isSure(film, whole, hints, { statedYear: years.length > 0, bothHalves, oneHalf, namesakes });
  return { id: film.id, title: film.title, year: film.year, sure };
}

/** The stated years that must agree with the film: the text's and the site's (if a finite number). */
function yearsOf(textYear: number | null, hints: TitleHints | undefined): number[] {
  const years: number[] = [];
  if (textYear !== null) years.push(textYear);
  const hintYear = hints?.year;
  if (typeof hintYear === 'number' && Number.isFinite(hintYear)) years.push(hintYear);
  return years;
}

/** A film the halves of "A - B" name, and whether both halves name it, or only one beside a German half. */
interface HalvesAnswer {
  film: IndexedFilm | null;
  bothHalves: boolean;
  oneHalf: boolean;
}

/**
 * "A - B": accepted when both halves name the same film, or when one half names a film, the other
 * names none, and a stated year agrees (sure) or the other half is German (a question). Halves naming
 * different films answer null.
 */
function halvesFilm(index: TitleIndex, title: string, years: number[]): HalvesAnswer {
  const accepted = new Map<string, HalvesAnswer>();
  for (const [left, right] of titleHalves(title)) {
    const answer = cutFilm(left, right, filmsNamed(index, left), filmsNamed(index, right), years);
    if (answer === CONFLICT) return NO_FILM;
    if (answer.film) accepted.set(answer.film.id, answer);
  }
  return accepted.size === 1 ? ([...accepted.values()][0] ?? NO_FILM) : NO_FILM;
}

const NO_FILM: HalvesAnswer = { film: null, bothHalves: false, oneHalf: false };

function filmsNamed(index: TitleIndex, text: string): readonly IndexedFilm[] {
  return index.filmsNamed(normalizeKey(text), hasDiacritics(text));
}

/** Halves of one cut that name different films. */
const CONFLICT = 'conflict';

/** The film one cut "A - B" names (see `halvesFilm`), CONFLICT when the halves disagree. */
function cutFilm(left: string, right: string, leftFilms: readonly IndexedFilm[], rightFilms: readonly IndexedFilm[], years: number[]): HalvesAnswer | typeof CONFLICT {
  const common = leftFilms.filter((film) => rightFilms.some((other) => other.id === film.id));
  if (common.length > 0) return { film: choose(common, years), bothHalves: true, oneHalf: false };
  if (leftFilms.length > 0 && rightFilms.length > 0) return CONFLICT;
  const [films, otherHalf] = leftFilms.length > 0 ? [leftFilms, right] : [rightFilms, left];
  if (films.length === 0) return NO_FILM;
  if (years.length > 0) return { film: choose(films, years), bothHalves: false, oneHalf: false };
  // "The Lucky One - Für immer der Deine": a German release title, asked about; "Mission: Impossible - Dead Reckoning" is not one.
  return isGerman(otherHalf) ? { film: choose(films, years), bothHalves: false, oneHalf: true } : NO_FILM;
}

/** Whether a half reads as German: one of its words is a small German word, or it has an umlaut or ß. */
function isGerman(text: string): boolean {
  return GERMAN_LETTERS.test(text) || normalizeKey(text).split(' ').some((word) => GERMAN_WORD_SET.has(word));
}

const GERMAN_WORD_SET = new Set(GERMAN_WORDS);
const GERMAN_LETTERS = /[äöüÄÖÜß]/;

/**
 * The one film among the candidates that the years allow: with a year, an exact year beats ±1.
 * Without one: a single candidate; else the one curated film among them (the German reviews were
 * written for it: "Drive" is the 2011 film, not the base data's 1997 one); else the one film that is
 * not old ("Braveheart": 1995, not 1925; evidence.ts makes such a pick a question, never a fact).
 */
function choose(candidates: readonly IndexedFilm[], years: number[]): IndexedFilm | null {
  const fitting = candidates.filter((film) => fitsYears(film.year, years));
  if (fitting.length === 1) return fitting[0] ?? null;
  if (years.length > 0) return onlyOne(fitting.filter((film) => years.every((year) => year === film.year)));
  return onlyOne(fitting.filter((film) => film.curated)) ?? onlyOne(fitting.filter((film) => film.year >= NAMESAKE_BEFORE));
}

function onlyOne(films: readonly IndexedFilm[]): IndexedFilm | null {
  return films.length === 1 ? (films[0] ?? null) : null;
}

/** Whether every stated year lies within the tolerance of the film's year. */
function fitsYears(filmYear: number, years: number[]): boolean {
  return years.every((year) => Math.abs(year - filmYear) <= YEAR_TOLERANCE);
}

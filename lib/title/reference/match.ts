// TEST-ONLY oracle (never imported by the extension): lib/title/match.ts as of commit edb8b28, before the speed
// work of issue 5. lib/title/equivalence.test.ts checks that the optimised code answers exactly like it.
/**
 * Decides whether a title string from a page names one film of the catalogue. A wrong film is worse
 * than none, so every doubt answers null: series, bundles, extras, unknown titles, several films with
 * the same title and no year to tell them apart, and years that contradict the film. See README.md.
 */
import type { Film } from '../../catalogue/types';
import { cleanTitle } from './clean';
import { titleHalves } from './halves';
import { foldKey, hasDiacritics, normalizeKey } from './normalize';
import type { CleanedTitle, FilmMatch, MatchableFilm, TitleHints } from '../types';

/**
 * Release years differ between countries and sources by a year (festival premiere vs. cinema start):
 * a stated year within this distance of the catalogue's year agrees with it.
 */
export const YEAR_TOLERANCE = 1;

export interface TitleIndex {
  /** Primary key (`normalizeKey` of the cleaned title) → films. */
  byKey: Map<string, MatchableFilm[]>;
  /** Folded key (no diacritics) → films, only where it differs from the primary key ("les miserables"). */
  byFoldedKey: Map<string, MatchableFilm[]>;
}

export interface TitleLookup {
  cleaned: CleanedTitle;
  match: FilmMatch | null;
}

/** The film's titles for matching: German title first (it names the match), then original title and aliases. */
export function toMatchable(film: Film): MatchableFilm {
  const titles = [film.germanTitle, film.originalTitle, ...film.aliases];
  return { id: film.id, year: film.year, titles: titles.filter((title, i) => titles.indexOf(title) === i) };
}

/** One pass over all titles of all films: linear in the catalogue's size. */
export function buildTitleIndex(films: MatchableFilm[]): TitleIndex {
  const index: TitleIndex = { byKey: new Map(), byFoldedKey: new Map() };
  for (const film of films) {
    for (const title of film.titles) {
      const cleaned = cleanTitle(title);
      const key = cleaned.keys[0];
      if (key === undefined) continue;
      addFilm(index.byKey, key, film);
      const folded = foldKey(cleaned.title);
      if (folded !== key) addFilm(index.byFoldedKey, folded, film);
    }
  }
  return index;
}

/** The normalised key of the whole cleaned title ('' when nothing is left), e.g. for "Nicht dieser Film" corrections. */
export function titleKey(input: string): string {
  return cleanTitle(input).keys[0] ?? '';
}

export function matchTitle(index: TitleIndex, input: string, hints?: TitleHints): FilmMatch | null {
  return lookupTitle(index, input, hints).match;
}

/** Cleans the input and matches it; the cleaned title is returned too (the lookup command prints it). */
export function lookupTitle(index: TitleIndex, input: string, hints?: TitleHints): TitleLookup {
  const cleaned = cleanTitle(input);
  const hintKind = hints?.kind ?? null;
  if (cleaned.kind !== 'film' || (hintKind !== null && hintKind !== 'film') || cleaned.keys.length === 0) {
    return { cleaned, match: null };
  }
  const years = [cleaned.year, hints?.year ?? null].filter((year): year is number => typeof year === 'number' && Number.isFinite(year));
  const whole = wholeTitleFilm(index, cleaned.title, years);
  const film = whole === undefined ? halvesFilm(index, cleaned.title, years) : whole;
  return { cleaned, match: film ? toFilmMatch(film) : null };
}

/**
 * The whole title decides whenever it names any film: then the answer is that film or, if the year
 * contradicts it or several films share the title, null (halves are not tried).
 */
function wholeTitleFilm(index: TitleIndex, title: string, years: number[]): MatchableFilm | null | undefined {
  const candidates = filmsNamed(index, title);
  if (candidates.length === 0) return undefined;
  return choose(candidates, years);
}

/**
 * "A - B": accepted when both halves name the same film, or when one half names a film, the other
 * names none, and a stated year agrees. Halves naming different films answer null.
 */
function halvesFilm(index: TitleIndex, title: string, years: number[]): MatchableFilm | null {
  const accepted = new Map<string, MatchableFilm>();
  for (const [left, right] of titleHalves(title)) {
    const leftFilms = filmsNamed(index, left);
    const rightFilms = filmsNamed(index, right);
    const common = leftFilms.filter((film) => rightFilms.some((other) => other.id === film.id));
    let film: MatchableFilm | null = null;
    if (common.length > 0) film = choose(common, years);
    else if (leftFilms.length > 0 && rightFilms.length > 0) return null;
    else if (years.length > 0) film = choose(leftFilms.length > 0 ? leftFilms : rightFilms, years);
    if (film) accepted.set(film.id, film);
  }
  return accepted.size === 1 ? ([...accepted.values()][0] ?? null) : null;
}

/**
 * The one film among the candidates that the years allow: with a year, an exact year beats ±1;
 * without one, only a single candidate is accepted.
 */
function choose(candidates: MatchableFilm[], years: number[]): MatchableFilm | null {
  const fitting = candidates.filter((film) => years.every((year) => Math.abs(year - film.year) <= YEAR_TOLERANCE));
  if (fitting.length === 1) return fitting[0] ?? null;
  const exact = fitting.filter((film) => years.length > 0 && years.every((year) => year === film.year));
  return exact.length === 1 ? (exact[0] ?? null) : null;
}

/** Films whose title has this text's key; the folded key only for text without any diacritics of its own. */
function filmsNamed(index: TitleIndex, text: string): MatchableFilm[] {
  const key = normalizeKey(text);
  if (key === '') return [];
  const films = index.byKey.get(key);
  if (films) return films;
  if (hasDiacritics(text)) return [];
  return index.byFoldedKey.get(key) ?? [];
}

function addFilm(map: Map<string, MatchableFilm[]>, key: string, film: MatchableFilm): void {
  const films = map.get(key);
  if (!films) map.set(key, [film]);
  else if (!films.some((known) => known.id === film.id)) films.push(film);
}

function toFilmMatch(film: MatchableFilm): FilmMatch {
  return { id: film.id, title: film.titles[0] ?? film.id, year: film.year };
}

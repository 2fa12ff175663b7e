/**
 * The catalogue as the extension ships it:
 * - `.generated/catalogue.json` (BundledCatalogue): data version, curated films, reviews, and the
 *   names of the base film files; imported into background.js;
 * - `.generated/base-films-<n>.js`: the Wikipedia base films in the compact form of
 *   data/base/films.jsonl (id, title, year, cast names, genres, article key), as scripts that put
 *   their part into `globalThis.filmlupeBaseFilms[n - 1]`; the package carries them beside the
 *   manifest and the background loads them as scripts (entrypoints/background.ts, wxt.config.ts).
 * Why: a Film object per base film repeats the title, four empty lists and the source 36,000 times
 * (12 MB instead of 7); Firefox's linter (web-ext lint, AMO) rejects any file over 5 MB, so the films
 * are neither inside background.js nor in one file; and scripts, because the background has no
 * network code at all (no fetch, tests/e2e/build.spec.ts).
 * No Node imports: this runs in the extension.
 */
import type { MatchableFilm } from '../title/types';
import type { BaseFilm } from './schema';
import type { Catalogue, Film } from './types';

/** The most bytes of the films of one base films script (it adds ~15 %); Firefox's linter parses no file over 5 MB. */
export const MAX_BASE_FILE_BYTES = 3_000_000;

export interface BundledCatalogue {
  /** The data version of the whole catalogue, base films included. */
  dataVersion: string;
  /** The curated films (`source: 'curated'`), as in Catalogue. */
  films: Film[];
  reviews: Catalogue['reviews'];
  /** The scripts of the base films, beside .generated/catalogue.json and in the package's root: `base-films-1.js`, … */
  baseFilmFiles: string[];
}

/**
 * All files of a built catalogue: `baseFilms` holds one list per name in `catalogue.baseFilmFiles`;
 * together the Wikipedia base films no curated film names, sorted by id.
 */
export interface BundledFiles {
  catalogue: BundledCatalogue;
  baseFilms: BaseFilm[][];
}

/** A base film as the extension shows it: the English title is both titles; no directors are known. */
export function baseFilm(film: BaseFilm): Film {
  return {
    id: film.id,
    germanTitle: film.title,
    originalTitle: film.title,
    aliases: [],
    year: film.year,
    directors: [],
    cast: film.cast.map((name) => ({ name })),
    genres: film.genres,
    mentions: [],
    source: 'wikipedia',
    ...(film.wikipedia === null ? {} : { wikipedia: film.wikipedia }),
  };
}

/** The shipped form of a built catalogue (the build writes it; `expandCatalogue` undoes it). */
export function bundleCatalogue(catalogue: Catalogue): BundledFiles {
  const baseFilms = splitBySize(
    catalogue.films
      .filter((film) => film.source === 'wikipedia')
      .map((film) => ({
        id: film.id,
        title: film.originalTitle,
        year: film.year,
        cast: film.cast.map((member) => member.name),
        genres: film.genres as BaseFilm['genres'],
        wikipedia: film.wikipedia ?? null,
      })),
  );
  return {
    catalogue: {
      dataVersion: catalogue.dataVersion,
      films: catalogue.films.filter((film) => film.source !== 'wikipedia'),
      reviews: catalogue.reviews,
      baseFilmFiles: baseFilms.map((_, index) => `base-films-${index + 1}.js`),
    },
    baseFilms,
  };
}

const SCRIPT_START = '(globalThis.filmlupeBaseFilms ??= [])[';

/**
 * One base films script's films as the extension holds them after importing it. What the matcher needs
 * (id, title, year) is parsed at once, as columns; cast, genres and article key stay one JSON string
 * until a card or the search needs them (`baseFilmsOf`). Why: the worker builds its matcher index at
 * every start and answers the first page with it; parsing and expanding all 36,000 films' details
 * first had cost ~40 % of a cold start (bench/decisions.md, "Cold worker start").
 */
export interface BaseFilmsPart {
  ids: string[];
  titles: string[];
  years: number[];
  /** JSON of `[cast, genres, wikipedia]` per film, in the order of `ids`. */
  details: string;
}

type BaseFilmDetails = [cast: string[], genres: BaseFilm['genres'], wikipedia: string | null];

export function toBaseFilmsPart(films: BaseFilm[]): BaseFilmsPart {
  return {
    ids: films.map((film) => film.id),
    titles: films.map((film) => film.title),
    years: films.map((film) => film.year),
    details: JSON.stringify(films.map((film): BaseFilmDetails => [film.cast, film.genres, film.wikipedia])),
  };
}

/** The part's films as the matcher indexes them: what `toMatchable(baseFilm(film))` gives, without parsing the details. */
export function matchableBaseFilms(part: BaseFilmsPart): MatchableFilm[] {
  return part.ids.map((id, i) => ({ id, year: part.years[i] as number, titles: [part.titles[i] as string], curated: false }));
}

/** The films of a part, details parsed (the search and film details need them, the matcher does not). */
export function baseFilmsOf(part: BaseFilmsPart): BaseFilm[] {
  const details = JSON.parse(part.details) as BaseFilmDetails[];
  return part.ids.map((id, i) => {
    const [cast, genres, wikipedia] = details[i] as BaseFilmDetails;
    return { id, title: part.titles[i] as string, year: part.years[i] as number, cast, genres, wikipedia };
  });
}

/**
 * The script of the part `index` (from 0) of the base films: the columns through `JSON.parse` (faster
 * than a JavaScript literal), the details as a string literal. One per line: JSON.stringify writes no
 * raw line break, so a reader finds each literal on its own line.
 */
export function baseFilmsScript(index: number, films: BaseFilm[]): string {
  const { details, ...columns } = toBaseFilmsPart(films);
  return `${SCRIPT_START}${index}] = {\n${COLUMNS_LINE}${JSON.stringify(JSON.stringify(columns))}),\n${DETAILS_LINE}${JSON.stringify(details)},\n};\n`;
}

const COLUMNS_LINE = '...JSON.parse(';
const DETAILS_LINE = 'details: ';

/** The part a script written by baseFilmsScript holds (for Node readers of the build). */
export function parseBaseFilmsScript(script: string): BaseFilmsPart {
  const [start, columns, details] = script.split('\n');
  if (!start?.startsWith(SCRIPT_START) || !columns?.startsWith(COLUMNS_LINE) || !details?.startsWith(DETAILS_LINE)) throw new Error('not a base films script');
  const parsed = JSON.parse(JSON.parse(columns.slice(COLUMNS_LINE.length, -'),'.length)) as string) as Omit<BaseFilmsPart, 'details'>;
  return { ...parsed, details: JSON.parse(details.slice(DETAILS_LINE.length, -','.length)) as string };
}

/** Consecutive runs of films whose JSON array stays within MAX_BASE_FILE_BYTES. */
function splitBySize(films: BaseFilm[]): BaseFilm[][] {
  const encoder = new TextEncoder();
  const parts: BaseFilm[][] = [];
  let part: BaseFilm[] = [];
  let bytes = 2;
  for (const film of films) {
    const size = encoder.encode(JSON.stringify(film)).length + 1;
    if (part.length > 0 && bytes + size > MAX_BASE_FILE_BYTES) {
      parts.push(part);
      part = [];
      bytes = 2;
    }
    part.push(film);
    bytes += size;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** The Catalogue the background works with: curated films first, then the base films. */
export function expandCatalogue({ catalogue, baseFilms }: BundledFiles): Catalogue {
  return { dataVersion: catalogue.dataVersion, films: [...catalogue.films, ...baseFilms.flat().map(baseFilm)], reviews: catalogue.reviews };
}

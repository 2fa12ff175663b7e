/**
 * The catalogue as the extension ships it:
 * - `.generated/catalogue.json` (BundledCatalogue): data version, curated films, reviews, and the
 *   names of the base film files; imported into background.js;
 * - `.generated/base-films-<n>.json` (BaseFilm[] each): the Wikipedia base films in the compact form
 *   of data/base/films.jsonl (id, title, year, cast names, genres, article key), copied beside the
 *   manifest and fetched by the background when it needs the films.
 * Why: a Film object per base film repeats the title, four empty lists and the source 36,000 times
 * (12 MB instead of 7); and Firefox's linter (web-ext lint, AMO) rejects any text file over 5 MB,
 * so the films are neither inside background.js nor in one file, but in files of at most 4 MB.
 * No Node imports: this runs in the extension.
 */
import type { BaseFilm } from './schema';
import type { Catalogue, Film } from './types';

/** The most bytes of one base films file; Firefox's linter parses no file over 5 MB. */
export const MAX_BASE_FILE_BYTES = 4_000_000;

export interface BundledCatalogue {
  /** The data version of the whole catalogue, base films included. */
  dataVersion: string;
  /** The curated films (`source: 'curated'`), as in Catalogue. */
  films: Film[];
  reviews: Catalogue['reviews'];
  /** The files of the base films, beside the manifest (and beside .generated/catalogue.json): `base-films-1.json`, … */
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
      baseFilmFiles: baseFilms.map((_, index) => `base-films-${index + 1}.json`),
    },
    baseFilms,
  };
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

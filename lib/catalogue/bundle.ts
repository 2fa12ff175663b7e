/**
 * The catalogue as the extension bundles it (.generated/catalogue.json): the curated films in full,
 * the Wikipedia base films in the compact form of data/base/films.jsonl (id, title, year, cast names,
 * genres, article key), because a Film object per base film repeats the title, empty lists and the
 * source for 36,000 films (12 MB instead of 7). The background expands it once at start-up.
 * No Node imports: this runs in the extension.
 */
import type { BaseFilm } from './schema';
import type { Catalogue, Film } from './types';

export interface BundledCatalogue {
  dataVersion: string;
  /** The curated films (`source: 'curated'`), as in Catalogue. */
  films: Film[];
  reviews: Catalogue['reviews'];
  /** The Wikipedia base films no curated film names, sorted by id. */
  baseFilms: BaseFilm[];
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

/** The compact form of a built catalogue (the build writes it; `expandCatalogue` undoes it). */
export function bundleCatalogue(catalogue: Catalogue): BundledCatalogue {
  return {
    dataVersion: catalogue.dataVersion,
    films: catalogue.films.filter((film) => film.source !== 'wikipedia'),
    reviews: catalogue.reviews,
    baseFilms: catalogue.films
      .filter((film) => film.source === 'wikipedia')
      .map((film) => ({
        id: film.id,
        title: film.originalTitle,
        year: film.year,
        cast: film.cast.map((member) => member.name),
        genres: film.genres as BaseFilm['genres'],
        wikipedia: film.wikipedia ?? null,
      })),
  };
}

/** The Catalogue the background works with: curated films first, then the base films. */
export function expandCatalogue(bundled: BundledCatalogue): Catalogue {
  return { dataVersion: bundled.dataVersion, films: [...bundled.films, ...bundled.baseFilms.map(baseFilm)], reviews: bundled.reviews };
}

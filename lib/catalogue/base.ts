/**
 * The Wikipedia base films (data/base/films.jsonl, written by scripts/import-base-films.ts) in the
 * catalogue build: reading and validating the committed file, and merging it with the curated films.
 * A curated film names its base entry by article key (`wikipedia: Drive_(2011_film)`); its values win
 * field by field and it keeps its id, an empty curated cast or genre list ("unknown") is filled from
 * the base entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './checks';
import { CatalogueError, parseJsonLine } from './errors';
import { baseFilmSchema, type BaseFilm, type FilmSource } from './schema';
import type { Film, Mention } from './types';

export const BASE_FILE = join('base', 'films.jsonl');

/** Every line validated; the file must be sorted by id with each id once (the importer writes it so). */
export function readBaseFilms(dataDir: string): BaseFilm[] {
  const file = join(dataDir, BASE_FILE);
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    throw new CatalogueError(file, null, 'file is missing (npm run import-films writes it; data/README.md)');
  }
  const films: BaseFilm[] = [];
  for (const [index, line] of content.split('\n').entries()) {
    if (line === '') continue;
    const where = `${file}:${index + 1}`;
    const film = parseJsonLine(baseFilmSchema, where, line);
    const previous = films[films.length - 1];
    if (previous && previous.id >= film.id) {
      throw new CatalogueError(where, 'id', `"${film.id}" is out of order or given twice (after "${previous.id}")`);
    }
    films.push(film);
  }
  return films;
}

/**
 * Problems between a curated film and the base films: its `wikipedia` key must name a base film of
 * about its year (the list's year may be the US release, one year later), and a curated film without
 * a key must not take the id of a base film (it would be the same film twice, or two films with one id).
 */
export function baseLinkProblem(
  film: FilmSource,
  byKey: ReadonlyMap<string, BaseFilm>,
  byId: ReadonlyMap<string, BaseFilm>,
  claimed: ReadonlyMap<string, string>,
): Problem | null {
  if (film.wikipedia === undefined) {
    const same = byId.get(film.id);
    if (!same) return null;
    const key = same.wikipedia ? `"wikipedia: ${same.wikipedia}"` : 'a "wikipedia" key';
    return { field: 'id', reason: `data/base/films.jsonl has a film with this id ("${same.title}", ${same.year}): add ${key} if it is this film` };
  }
  const base = byKey.get(film.wikipedia);
  if (!base) return { field: 'wikipedia', reason: `no film with the article key "${film.wikipedia}" in data/base/films.jsonl` };
  const other = claimed.get(film.wikipedia);
  if (other) return { field: 'wikipedia', reason: `"${film.wikipedia}" is already the base entry of ${other}` };
  if (Math.abs(base.year - film.year) > 1) {
    return { field: 'wikipedia', reason: `"${film.wikipedia}" is "${base.title}" of ${base.year}, not a film of ${film.year}` };
  }
  return null;
}

/** A curated film, filled from its base entry where the curated list is empty. */
export function curatedFilm(film: FilmSource, base: BaseFilm | undefined, mentions: Mention[]): Film {
  const cast = film.cast.map((member) => (member.role === undefined ? { name: member.name } : { name: member.name, role: member.role }));
  return {
    id: film.id,
    germanTitle: film.germanTitle,
    originalTitle: film.originalTitle,
    aliases: film.aliases,
    year: film.year,
    directors: film.directors,
    cast: cast.length > 0 || !base ? cast : base.cast.map((name) => ({ name })),
    genres: film.genres.length > 0 || !base ? film.genres : base.genres,
    mentions,
    source: 'curated',
    ...(film.wikipedia === undefined ? {} : { wikipedia: film.wikipedia }),
  };
}

export { baseFilm } from './bundle';

/**
 * The popup's catalogue search: a case- and umlaut-insensitive substring search over German and
 * original titles, aliases, directors and cast. Pure; the catalogue service builds the index once.
 */
import type { Film } from '../catalogue/types';
import { foldKey, normalizeKey } from '../title/normalize';
import type { FilmMatch } from '../title/types';

export const SEARCH_LIMIT = 20;

interface SearchEntry {
  match: FilmMatch;
  /** Folded titles (German, original, aliases). */
  titles: string[];
  /** Folded names of directors and cast. */
  people: string[];
}

export type SearchIndex = SearchEntry[];

/**
 * Two keys of one text: umlauts spelled out ("Müller" → "mueller") and diacritics dropped ("muller"),
 * so both ways of typing a name without umlauts find it. The matcher's keys, so search and matching agree.
 */
export function foldForSearch(text: string): [string, string] {
  return [normalizeKey(text), foldKey(text)];
}

function foldAll(texts: string[]): string[] {
  return [...new Set(texts.flatMap(foldForSearch))].filter(Boolean);
}

function searchEntry(film: Film): SearchEntry {
  return {
    match: { id: film.id, title: film.germanTitle, year: film.year },
    titles: foldAll([film.germanTitle, film.originalTitle, ...film.aliases]),
    people: foldAll([...film.directors, ...film.cast.map((member) => member.name)]),
  };
}

export function buildSearchIndex(films: Film[]): SearchIndex {
  return films.map(searchEntry);
}

/**
 * The same index, built `step` films at a time with a macrotask between steps: for the whole
 * catalogue (36k films, ~150k names) it is 300–450 ms of CPU, which would hold every page's message
 * back if done in one go; a step is ~15 ms.
 */
export async function buildSearchIndexInSteps(films: Film[], step = 2000): Promise<SearchIndex> {
  const index: SearchIndex = [];
  for (let start = 0; start < films.length; start += step) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const film of films.slice(start, start + step)) index.push(searchEntry(film));
  }
  return index;
}

/** 0: a title starts with the query, 1: a title contains it, 2: a person's name contains it. */
function rank(entry: SearchEntry, queries: string[]): number | null {
  if (entry.titles.some((title) => queries.some((query) => title.startsWith(query)))) return 0;
  if (entry.titles.some((title) => queries.some((query) => title.includes(query)))) return 1;
  if (entry.people.some((name) => queries.some((query) => name.includes(query)))) return 2;
  return null;
}

const collator = new Intl.Collator('de');

/** Up to `limit` films, best rank first, then by German title, year and id (a stable order). */
export function searchFilms(index: SearchIndex, query: string, limit = SEARCH_LIMIT): FilmMatch[] {
  const queries = [...new Set(foldForSearch(query))].filter(Boolean);
  if (queries.length === 0) return [];
  return index
    .map((entry) => ({ entry, rank: rank(entry, queries) }))
    .filter((hit): hit is { entry: SearchEntry; rank: number } => hit.rank !== null)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        collator.compare(a.entry.match.title, b.entry.match.title) ||
        a.entry.match.year - b.entry.match.year ||
        a.entry.match.id.localeCompare(b.entry.match.id),
    )
    .slice(0, limit)
    .map((hit) => hit.entry.match);
}

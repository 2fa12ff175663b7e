/**
 * The popup's catalogue search: a case- and umlaut-insensitive substring search over German and
 * original titles, aliases, directors and cast. Pure; the catalogue service builds the index once.
 *
 * Speed, with 36,168 films (8 curated, the rest Wikipedia base films): one keystroke's search must stay
 * well under 50 ms. So the index is built on the first search, not when the worker loads the catalogue
 * (folding 150,000 names took ~1 s); names shared by many films are folded once; each film's keys are
 * one string per kind; and the films are sorted once, so that a search walks them in result order and
 * stops as soon as the list is full of title prefixes (`npx tsx scripts/bench/search.ts`).
 */
import type { Film } from '../catalogue/types';
import { foldKey, normalizeKey } from '../title/normalize';
import type { FilmMatch } from '../title/types';

export const SEARCH_LIMIT = 20;

interface SearchEntry {
  match: FilmMatch;
  /** Folded titles (German, original, aliases), each after a line break: "\ndrive\nthe driver". */
  titles: string;
  /** Folded names of directors and cast, the same way. */
  people: string;
}

export interface SearchIndex {
  /** The entries in result order within a rank (German title key, year, id); built on first use. */
  entries(): SearchEntry[];
}

/**
 * Two keys of one text: umlauts spelled out ("Müller" → "mueller") and diacritics dropped ("muller"),
 * so both ways of typing a name without umlauts find it. The matcher's keys, so search and matching agree.
 */
export function foldForSearch(text: string): [string, string] {
  return [normalizeKey(text), foldKey(text)];
}

/** Folds texts into "\nkey\nkey…", each distinct text folded once per index (`cache`). */
function foldAll(texts: string[], cache: Map<string, string>): string {
  let joined = '';
  for (const text of new Set(texts)) {
    let keys = cache.get(text);
    if (keys === undefined) {
      const [spelled, folded] = foldForSearch(text);
      keys = [spelled, folded]
        .filter((key, index, all) => key !== '' && all.indexOf(key) === index)
        .map((key) => `\n${key}`)
        .join('');
      cache.set(text, keys);
    }
    joined += keys;
  }
  return joined;
}

function buildEntries(films: Film[]): SearchEntry[] {
  const cache = new Map<string, string>();
  const entries = films.map((film) => ({
    match: { id: film.id, title: film.germanTitle, year: film.year },
    titles: foldAll([film.germanTitle, film.originalTitle, ...film.aliases], cache),
    people: foldAll([...film.directors, ...film.cast.map((member) => member.name)], cache),
    order: normalizeKey(film.germanTitle),
  }));
  // Plain comparison of the spelled-out keys: German order for umlauts (ä = ae), and no Intl.Collator
  // (its 600,000 comparisons took longer than all the folding).
  entries.sort((a, b) =>
    a.order < b.order ? -1 : a.order > b.order ? 1 : a.match.year - b.match.year || (a.match.id < b.match.id ? -1 : a.match.id > b.match.id ? 1 : 0),
  );
  return entries.map(({ match, titles, people }) => ({ match, titles, people }));
}

/** The index of `films`; the work is done on the first search (most worker lives never search). */
export function buildSearchIndex(films: Film[]): SearchIndex {
  let built: SearchEntry[] | null = null;
  return { entries: () => (built ??= buildEntries(films)) };
}

/** 0: a title starts with the query, 1: a title contains it, 2: a person's name contains it. */
function rank(entry: SearchEntry, queries: string[]): number {
  let best = 3;
  for (const query of queries) {
    if (entry.titles.includes(`\n${query}`)) return 0;
    if (best > 1 && entry.titles.includes(query)) best = 1;
    else if (best > 2 && entry.people.includes(query)) best = 2;
  }
  return best;
}

/** Up to `limit` films, best rank first, then by German title, year and id (a stable order). */
export function searchFilms(index: SearchIndex, query: string, limit = SEARCH_LIMIT): FilmMatch[] {
  const queries = [...new Set(foldForSearch(query))].filter(Boolean);
  if (queries.length === 0 || limit <= 0) return [];
  const byRank: FilmMatch[][] = [[], [], []];
  for (const entry of index.entries()) {
    const found = rank(entry, queries);
    if (found > 2 || byRank[found]!.length >= limit) continue;
    byRank[found]!.push(entry.match);
    // The films come in result order: once the best rank is full, nothing later can enter the list.
    if (found === 0 && byRank[0]!.length >= limit) break;
  }
  return byRank.flat().slice(0, limit);
}

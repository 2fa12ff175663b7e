/**
 * How the user's facts about one film combine. Merging is idempotent (merge(a, a) = a: importing the
 * same export twice changes nothing) and does not depend on the order of files or rows, except that
 * the catalogue's title and year of the later entry are kept (the current catalogue's). An import adds, it never removes:
 * only the user's own actions (`setWatchlist`, `setSeen`) take something away. README.md has the rules.
 */
import type { FilmMatch } from '../title/types';
import type { ImportRow } from './rows';
import type { UserDataSource, UserFilm, UserRating, UserReview } from './types';

/** The film as the entry names it. */
export type FilmRef = Pick<FilmMatch, 'id' | 'title' | 'year'>;

export function emptyUserFilm(film: FilmRef): UserFilm {
  return { filmId: film.id, title: film.title, year: film.year, rating: null, seen: false, seenDates: [], reviews: [], tags: [], sources: [] };
}

/** What one matched row says about its film, as an entry of its own (merged into the rest with `mergeUserFilms`). */
export function entryOfRow(row: ImportRow, film: FilmRef): UserFilm {
  return {
    ...emptyUserFilm(film),
    rating: row.rating,
    seen: row.seen,
    seenDates: row.seenDate === null ? [] : [row.seenDate],
    ...(row.watchlistSince === null ? {} : { watchlistSince: row.watchlistSince }),
    reviews: row.review === null ? [] : [row.review],
    tags: row.tags,
    sources: [row.source],
    ...(row.letterboxdUri === undefined ? {} : { letterboxdUri: row.letterboxdUri }),
    ...(row.imdbId === undefined ? {} : { imdbId: row.imdbId }),
  };
}

/** One entry per film: each film's entries merged in their order (`mergeUserFilms`), films in the order they first come. */
export function mergedByFilm(entries: readonly UserFilm[]): UserFilm[] {
  const byFilm = new Map<string, UserFilm>();
  for (const entry of entries) {
    const known = byFilm.get(entry.filmId);
    byFilm.set(entry.filmId, known === undefined ? entry : mergeUserFilms(known, entry));
  }
  return [...byFilm.values()];
}

/** `earlier` and `later` combined: `later`'s title and year (the current catalogue's); everything else by the rules of README.md. */
export function mergeUserFilms(earlier: UserFilm, later: UserFilm): UserFilm {
  const watchlistSince = earliestWatchlistDate(earlier.watchlistSince, later.watchlistSince);
  const letterboxdUri = firstOf(earlier.letterboxdUri, later.letterboxdUri);
  const imdbId = firstOf(earlier.imdbId, later.imdbId);
  return {
    filmId: later.filmId,
    title: later.title,
    year: later.year,
    rating: preferredRating(earlier.rating, later.rating),
    seen: earlier.seen || later.seen,
    seenDates: sortedUnique([...earlier.seenDates, ...later.seenDates]),
    ...(watchlistSince === undefined ? {} : { watchlistSince }),
    reviews: mergeReviews(earlier.reviews, later.reviews),
    tags: [...new Set([...earlier.tags, ...later.tags])],
    sources: sortedUnique([...earlier.sources, ...later.sources]),
    ...(letterboxdUri === undefined ? {} : { letterboxdUri }),
    ...(imdbId === undefined ? {} : { imdbId }),
  };
}

/** A link both know (they agree unless an export was edited), else the one known; the smaller of two, so order does not matter. */
function firstOf(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return a < b ? a : b;
}

/** On the list since the earliest date known; '' (date unknown) only when no date is known. */
function earliestWatchlistDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (a === '' || b === '') return a === '' ? b : a;
  return a < b ? a : b;
}

/**
 * Which rating stands when two disagree (Letterboxd and IMDb, or two rows of one export): the newer
 * one (the user changed their mind), a dated one over an undated one; on the same day the source
 * ranks Filmlupe, then Letterboxd (the rating beside the user's diary and reviews), then IMDb; then
 * the higher rating, so the answer never depends on the order of the files.
 */
export function preferredRating(a: UserRating | null, b: UserRating | null): UserRating | null {
  if (a === null || b === null) return a ?? b;
  const order = compareRatings(a, b);
  return order >= 0 ? a : b;
}

const SOURCE_RANK: Record<UserDataSource, number> = { filmlupe: 3, letterboxd: 2, imdb: 1 };

function compareRatings(a: UserRating, b: UserRating): number {
  if (a.date !== b.date) return (a.date ?? '') > (b.date ?? '') ? 1 : -1;
  if (a.source !== b.source) return SOURCE_RANK[a.source] - SOURCE_RANK[b.source];
  if (ratingOutOfTen(a) !== ratingOutOfTen(b)) return ratingOutOfTen(a) - ratingOutOfTen(b);
  return a.scale - b.scale;
}

/** A rating on IMDb's 1–10 scale, for showing both kinds alike: Letterboxd's 3.5 stars are 7. */
export function ratingOutOfTen(rating: UserRating): number {
  return rating.scale === 5 ? rating.value * 2 : rating.value;
}

/** Reviews of both, each text of a day once (a spoiler flag on either copy stays), by date then text. */
function mergeReviews(a: readonly UserReview[], b: readonly UserReview[]): UserReview[] {
  const byKey = new Map<string, UserReview>();
  for (const review of [...a, ...b]) {
    const key = `${review.date ?? ''}\n${review.text}`;
    const known = byKey.get(key);
    byKey.set(key, known === undefined ? review : { ...known, spoiler: known.spoiler || review.spoiler });
  }
  return [...byKey.values()].sort((x, y) => compareText(x.date ?? '', y.date ?? '') || compareText(x.text, y.text));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedUnique<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort(compareText);
}

/** The user puts a film on the watchlist (`today`: ISO date) or takes it off. */
export function setWatchlist(entry: UserFilm | undefined, film: FilmRef, onList: boolean, today: string): UserFilm {
  const current = entry ?? emptyUserFilm(film);
  if (!onList) {
    const { watchlistSince: _removed, ...rest } = current;
    return rest;
  }
  if (current.watchlistSince !== undefined) return current;
  return { ...current, watchlistSince: today, sources: sortedUnique([...current.sources, 'filmlupe']) };
}

/** The user marks a film as seen (on `date`, if given) or as not seen (which forgets the dates of viewing). */
export function setSeen(entry: UserFilm | undefined, film: FilmRef, seen: boolean, date: string | null = null): UserFilm {
  const current = entry ?? emptyUserFilm(film);
  if (!seen) return { ...current, seen: false, seenDates: [] };
  const seenDates = date === null ? current.seenDates : sortedUnique([...current.seenDates, date]);
  return { ...current, seen: true, seenDates, sources: sortedUnique([...current.sources, 'filmlupe']) };
}

/** An entry that says nothing any more (after the user's removals) is deleted rather than kept. */
export function isEmptyUserFilm(entry: UserFilm): boolean {
  return entry.rating === null && !entry.seen && entry.watchlistSince === undefined && entry.reviews.length === 0 && entry.tags.length === 0;
}

/** Today in the user's time zone as YYYY-MM-DD (not UTC: at 0:30 in Berlin it is already the new day). */
export function localIsoDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

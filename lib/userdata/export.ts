/**
 * The user's films as CSV files in the format Letterboxd's importer reads (letterboxd.com/about/
 * importing-data: LetterboxdURI, imdbID, Title, Year, Rating (0.5–5) or Rating10 (1–10),
 * WatchedDate, Rewatch, Tags, Review). Two files, because Letterboxd imports the diary and the
 * watchlist separately: `films` (seen, rated, reviewed) and `watchlist`. What Letterboxd has no
 * column for (corrections, confirmations) is in the JSON backup (backup.ts) only.
 * Free text is written so that spreadsheets show it and do not run it (csv.ts, plainTextCell).
 */
import { plainTextCell, toCsv } from './csv';
import type { UserFilm, UserReview } from './types';

export const LETTERBOXD_COLUMNS = ['LetterboxdURI', 'imdbID', 'Title', 'Year', 'Rating', 'Rating10', 'WatchedDate', 'Rewatch', 'Tags', 'Review'] as const;
export const WATCHLIST_COLUMNS = ['LetterboxdURI', 'imdbID', 'Title', 'Year'] as const;

export interface LetterboxdExport {
  /** Seen, rated or reviewed films: one row per viewing (a diary entry), one more per review of another day. */
  films: string;
  /** Films on the watchlist. */
  watchlist: string;
}

/** Films sorted by title then id, so the same data always gives the same file. */
export function exportLetterboxd(films: readonly UserFilm[]): LetterboxdExport {
  const sorted = [...films].sort((a, b) => (a.title === b.title ? (a.filmId < b.filmId ? -1 : 1) : a.title < b.title ? -1 : 1));
  const filmRows = sorted.flatMap(diaryRows);
  const watchlistRows = sorted.filter((film) => film.watchlistSince !== undefined).map((film) => [...identity(film)]);
  return { films: toCsv([[...LETTERBOXD_COLUMNS], ...filmRows]), watchlist: toCsv([[...WATCHLIST_COLUMNS], ...watchlistRows]) };
}

/** LetterboxdURI, imdbID, Title, Year: the links let Letterboxd find the film without guessing from the title. */
function identity(film: UserFilm): string[] {
  return [film.letterboxdUri ?? '', film.imdbId ?? '', plainTextCell(film.title), film.year === null ? '' : String(film.year)];
}

/**
 * One row per viewing date, the first not a rewatch; a review goes on the row of its day, or on a row
 * of its own; a film seen or rated without any date gets one row. The rating is the film's current one
 * on each row (Letterboxd keeps the last), on its own scale: Rating (stars) or Rating10.
 */
function diaryRows(film: UserFilm): string[][] {
  if (!film.seen && film.rating === null && film.reviews.length === 0) return [];
  const rating = film.rating === null ? ['', ''] : film.rating.scale === 5 ? [String(film.rating.value), ''] : ['', String(film.rating.value)];
  const tags = plainTextCell(film.tags.join(', '));
  const reviewsByDate = new Map<string, UserReview[]>();
  for (const review of film.reviews) reviewsByDate.set(review.date ?? '', [...(reviewsByDate.get(review.date ?? '') ?? []), review]);
  const row = (date: string, rewatch: boolean, review: UserReview | undefined) => [
    ...identity(film),
    ...rating,
    date,
    rewatch ? 'true' : 'false',
    tags,
    review === undefined ? '' : plainTextCell(review.text),
  ];
  const rows: string[][] = [];
  const dates = film.seenDates.length > 0 ? film.seenDates : [''];
  dates.forEach((date, i) => {
    const reviews = reviewsByDate.get(date) ?? [];
    reviewsByDate.delete(date);
    if (reviews.length === 0) rows.push(row(date, i > 0, undefined));
    reviews.forEach((review, j) => rows.push(row(date, i > 0 || j > 0, review)));
  });
  for (const [date, reviews] of reviewsByDate) for (const review of reviews) rows.push(row(date, rows.length > 0, review));
  return rows;
}

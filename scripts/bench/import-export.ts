/**
 * A generated Letterboxd export of 5,000 rated films of the built catalogue, for the import's budget
 * (issue 14: ≤ 3 s): ratings.csv, watched.csv and diary.csv for all, reviews.csv for every tenth, a
 * watchlist of 500 others; 16,000 rows. Used by scripts/bench/import.ts (Node), import-page.ts (the
 * settings page in Chromium) and tests/e2e/import-big.spec.ts.
 */
import { strToU8, zipSync } from 'fflate';
import type { Film } from '../../lib/catalogue/types';
import { toCsv } from '../../lib/userdata/csv';

export const RATED = 5_000;

export function pickFilms(films: Film[]): { rated: Film[]; listed: Film[] } {
  // Titles that name one film only, so every row is expected to match; spread over the whole catalogue.
  const count = new Map<string, number>();
  for (const film of films) count.set(film.originalTitle, (count.get(film.originalTitle) ?? 0) + 1);
  const single = films.filter((film) => count.get(film.originalTitle) === 1);
  const step = Math.floor(single.length / (RATED + 500));
  const picked = single.filter((_, i) => i % step === 0);
  return { rated: picked.slice(0, RATED), listed: picked.slice(RATED, RATED + 500) };
}

export function letterboxdZip(rated: Film[], listed: Film[]): Uint8Array {
  const date = (i: number) => `20${String(10 + (i % 14)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const stars = (i: number) => String(0.5 + (i % 10) * 0.5);
  const uri = (i: number) => `https://boxd.it/b${i.toString(36)}`;
  const ratings = rated.map((film, i) => [date(i), film.originalTitle, String(film.year), uri(i), stars(i)]);
  const watched = rated.map((film, i) => [date(i), film.originalTitle, String(film.year), uri(i)]);
  const diary = rated.map((film, i) => [date(i), film.originalTitle, String(film.year), `${uri(i)}d`, stars(i), '', i % 3 === 0 ? 'kino, nachts' : '', date(i)]);
  const reviews = rated
    .filter((_, i) => i % 10 === 0)
    .map((film, i) => [date(i), film.originalTitle, String(film.year), `${uri(i)}r`, stars(i), '', `Gesehen, und dann:\n\n„${film.originalTitle}“ – ein Satz, ein zweiter, ein dritter.`, '', date(i)]);
  const watchlist = listed.map((film, i) => [date(i), film.originalTitle, String(film.year), uri(RATED + i)]);
  return zipSync({
    'ratings.csv': strToU8(toCsv([['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating'], ...ratings])),
    'watched.csv': strToU8(toCsv([['Date', 'Name', 'Year', 'Letterboxd URI'], ...watched])),
    'diary.csv': strToU8(toCsv([['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Tags', 'Watched Date'], ...diary])),
    'reviews.csv': strToU8(toCsv([['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Review', 'Tags', 'Watched Date'], ...reviews])),
    'watchlist.csv': strToU8(toCsv([['Date', 'Name', 'Year', 'Letterboxd URI'], ...watchlist])),
  });
}


/** The generated export of `films` (the built catalogue's) as ZIP bytes, and how many films it rates. */
export function generatedExport(films: Film[]): { zip: Uint8Array; rated: number } {
  const { rated, listed } = pickFilms(films);
  return { zip: letterboxdZip(rated, listed), rated: rated.length };
}

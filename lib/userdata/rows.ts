/**
 * The rows of a recognised export, read into what they say about one film (an `ImportRow`), or
 * refused with a German reason („Wertung außerhalb 0,5–5“). A cell is text and stays text: one that
 * starts like a formula (=, +, -, @) is a title or a review like any other, never evaluated.
 */
import { fromPlainTextCell, type CsvRecord } from './csv';
import type { Format, FormatId } from './formats';
import type { UserDataSource, UserRating, UserReview } from './types';

/** What a row says, before it is matched to a film. */
export interface ImportRow {
  file: string;
  line: number;
  title: string;
  /** IMDb's original title, tried when the (possibly localised) title finds no film. */
  originalTitle?: string;
  year: number | null;
  source: Exclude<UserDataSource, 'filmlupe'>;
  /** IMDb's title type read as a kind; Letterboxd lists films only. */
  kind: 'film' | 'series' | 'other';
  /** IMDb's own word for a title that is not a film ("TV Series"), for the reason shown. */
  typeLabel?: string;
  rating: UserRating | null;
  seen: boolean;
  seenDate: string | null;
  /** On the watchlist since this ISO date ('' when the export gives none); null: not a watchlist row. */
  watchlistSince: string | null;
  review: UserReview | null;
  tags: string[];
  letterboxdUri?: string;
  imdbId?: string;
}

/** A row not taken, and why (German). */
export interface SkippedRow {
  file: string;
  line: number;
  title: string;
  year: number | null;
  reason: string;
}

export interface ReadRows {
  rows: ImportRow[];
  refused: SkippedRow[];
  /** Rows that repeat an earlier row of the same file exactly: read once, counted here. */
  duplicates: number;
}

/** A cell's value that makes a row unusable. */
class RowProblem extends Error {}

export function readRows(file: string, format: Format, header: readonly string[], records: readonly CsvRecord[]): ReadRows {
  const column = new Map(header.map((name, index) => [name.trim(), index]));
  const read: ReadRows = { rows: [], refused: [], duplicates: 0 };
  const seenRecords = new Set<string>();
  for (const record of records) {
    const key = record.fields.join('\u0000');
    if (seenRecords.has(key)) {
      read.duplicates++;
      continue;
    }
    seenRecords.add(key);
    const raw = (name: string) => (record.fields[column.get(name) ?? -1] ?? '').trim();
    // Filmlupe's own export protected its free text from spreadsheets (csv.ts): read back, the text is the user's again.
    const cell = format.id.startsWith('letterboxd-import') ? (name: string) => fromPlainTextCell(raw(name)) : raw;
    const title = cell(format.titleColumn);
    try {
      read.rows.push(readRow(format.id, cell, { file, line: record.line, title }));
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      read.refused.push({ file, line: record.line, title, year: safeYear(cell('Year')), reason: error.message });
    }
  }
  return read;
}

type Cell = (name: string) => string;

/** An IMDb title id ("tt0780504"). */
const IMDB_ID = /^tt\d{1,10}$/;

/** Letterboxd's tags cell: comma-separated, empty ones left out. */
function readTags(text: string): string[] {
  return text.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
}

function readRow(format: FormatId, cell: Cell, where: { file: string; line: number; title: string }): ImportRow {
  if (where.title === '') throw new RowProblem('Titel fehlt');
  const year = readYear(cell('Year'));
  const base = { ...where, year, rating: null, seen: false, seenDate: null, watchlistSince: null, review: null, tags: [] };
  if (format === 'imdb-ratings' || format === 'imdb-watchlist') {
    const imdbId = IMDB_ID.test(cell('Const')) ? cell('Const') : undefined;
    const originalTitle = cell('Original Title');
    const type = readTitleType(cell('Title Type'));
    const row: ImportRow = { ...base, source: 'imdb', ...type, ...(imdbId ? { imdbId } : {}), ...(originalTitle && originalTitle !== where.title ? { originalTitle } : {}) };
    if (format === 'imdb-watchlist') return { ...row, watchlistSince: lenientDate(cell('Created').slice(0, 10)) ?? '' };
    const rating = readImdbRating(cell('Your Rating'));
    return { ...row, rating: { value: rating, scale: 10, date: readDate(cell('Date Rated')), source: 'imdb' }, seen: true };
  }
  if (format === 'letterboxd-import-films' || format === 'letterboxd-import-watchlist') return readImportFormat(format, cell, base);
  // The links of ratings, watched and watchlist name the film; those of diary and reviews name the entry, not the film.
  const uri = format === 'letterboxd-diary' || format === 'letterboxd-reviews' ? '' : cell('Letterboxd URI');
  const row: ImportRow = { ...base, source: 'letterboxd', kind: 'film', ...(uri.startsWith('https://') ? { letterboxdUri: uri } : {}) };
  const date = readDate(cell('Date'));
  if (format === 'letterboxd-watchlist') return { ...row, watchlistSince: date ?? '' };
  if (format === 'letterboxd-watched') return { ...row, seen: true };
  const value = readLetterboxdRating(cell('Rating'), format === 'letterboxd-ratings');
  const rating: UserRating | null = value === null ? null : { value, scale: 5, date, source: 'letterboxd' };
  if (format === 'letterboxd-ratings') return { ...row, rating, seen: true };
  const watched = readDate(cell('Watched Date'));
  const tags = readTags(cell('Tags'));
  const diary: ImportRow = { ...row, rating, seen: true, seenDate: watched, tags };
  if (format === 'letterboxd-diary') return diary;
  const text = cell('Review');
  if (text === '') throw new RowProblem('Rezension ist leer');
  return { ...diary, review: { text, date: watched ?? date, spoiler: readYes(cell('Spoilers')), source: 'letterboxd' } };
}

/**
 * A row of Letterboxd's import format as Filmlupe's export writes it: a film seen (each row a viewing
 * or a review), its rating on the scale it has (Rating: stars, Rating10: IMDb's); or a watchlist row.
 */
function readImportFormat(format: FormatId, cell: Cell, base: Omit<ImportRow, 'source' | 'kind'>): ImportRow {
  const uri = cell('LetterboxdURI');
  const imdbId = cell('imdbID');
  const row: ImportRow = { ...base, source: 'letterboxd', kind: 'film', ...(uri.startsWith('https://') ? { letterboxdUri: uri } : {}), ...(IMDB_ID.test(imdbId) ? { imdbId } : {}) };
  if (format === 'letterboxd-import-watchlist') return { ...row, watchlistSince: '' };
  const stars = readLetterboxdRating(cell('Rating'), false);
  const rating10 = stars === null && cell('Rating10') !== '' ? readImdbRating(cell('Rating10')) : null;
  const rating: UserRating | null =
    stars !== null ? { value: stars, scale: 5, date: null, source: 'letterboxd' } : rating10 !== null ? { value: rating10, scale: 10, date: null, source: 'imdb' } : null;
  const watched = readDate(cell('WatchedDate'));
  const tags = readTags(cell('Tags'));
  const text = cell('Review');
  const review: UserReview | null = text === '' ? null : { text, date: watched, spoiler: false, source: 'letterboxd' };
  return { ...row, rating, seen: true, seenDate: watched, tags, review };
}

/** IMDb's "Title Type", old ("Movie", "TV Series") and new spelling ("movie", "tvSeries"). */
function readTitleType(value: string): Pick<ImportRow, 'kind' | 'typeLabel'> {
  const type = value.toLowerCase().replaceAll(' ', '');
  if (type === 'movie' || type === 'tvmovie' || type === 'video' || type === '') return { kind: 'film' };
  if (type === 'tvseries' || type === 'tvminiseries' || type === 'tvepisode') return { kind: 'series', typeLabel: value };
  return { kind: 'other', typeLabel: value };
}

const YEAR = /^\d{4}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function readYear(value: string): number | null {
  if (value === '') return null;
  const year = safeYear(value);
  if (year === null) throw new RowProblem(`Jahr „${value.slice(0, 20)}“ unlesbar`);
  return year;
}

function safeYear(value: string): number | null {
  return YEAR.test(value) ? Number(value) : null;
}

/** An ISO date (YYYY-MM-DD) that exists, or null for an empty cell; anything else refuses the row. */
function readDate(value: string): string | null {
  if (value === '') return null;
  const parts = ISO_DATE.exec(value);
  if (parts) {
    const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
    if (date.toISOString().slice(0, 10) === value) return value;
  }
  throw new RowProblem(`Datum „${value.slice(0, 20)}“ unlesbar`);
}

/** A date that only adds detail (older IMDb lists wrote "Tue Jan 01 …"): unreadable is unknown, not a refusal. */
function lenientDate(value: string): string | null {
  try {
    return readDate(value);
  } catch {
    return null;
  }
}

/** Letterboxd's stars: 0.5 to 5 in halves. Empty: no rating (a diary entry may have none; ratings.csv must). */
function readLetterboxdRating(value: string, required: boolean): number | null {
  if (value === '') {
    if (required) throw new RowProblem('Wertung fehlt');
    return null;
  }
  const rating = Number(value);
  if (value.trim() === '' || !Number.isFinite(rating)) throw new RowProblem(`Wertung „${value.slice(0, 20)}“ unlesbar`);
  if (rating < 0.5 || rating > 5 || !Number.isInteger(rating * 2)) throw new RowProblem('Wertung außerhalb 0,5–5');
  return rating;
}

/** IMDb's stars: whole numbers 1 to 10. */
function readImdbRating(value: string): number {
  if (value === '') throw new RowProblem('Wertung fehlt');
  const rating = Number(value);
  if (!Number.isFinite(rating)) throw new RowProblem(`Wertung „${value.slice(0, 20)}“ unlesbar`);
  if (rating < 1 || rating > 10 || !Number.isInteger(rating)) throw new RowProblem('Wertung außerhalb 1–10');
  return rating;
}

function readYes(value: string): boolean {
  const word = value.toLowerCase();
  return word === 'yes' || word === 'true' || word === '1';
}

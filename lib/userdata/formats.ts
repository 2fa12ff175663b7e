/**
 * Which export a CSV file is, told by its header (its first line), not its name: people rename
 * downloads ("ratings (1).csv", IMDb names its file by a random id). One exception: Letterboxd's
 * watched.csv and watchlist.csv have the same columns, so for that header the name decides.
 */
import { quotedList } from './errors';

export type FormatId =
  | 'letterboxd-reviews'
  | 'letterboxd-diary'
  | 'letterboxd-ratings'
  | 'letterboxd-watched'
  | 'letterboxd-watchlist'
  | 'letterboxd-import-films'
  | 'letterboxd-import-watchlist'
  | 'imdb-ratings'
  | 'imdb-watchlist';

export interface Format {
  id: FormatId;
  family: 'letterboxd' | 'imdb';
  /** The file's usual name, for messages. */
  fileName: string;
  /** Columns that must be there. */
  required: readonly string[];
  /** The column with the film's title. */
  titleColumn: 'Name' | 'Title';
}

/** Letterboxd URI is in every export but not needed: films are matched by title and year. */
const LETTERBOXD_FILM = ['Name', 'Year'];

/**
 * Most specific first: a reviews.csv has every column of a diary.csv and more. The two
 * `letterboxd-import-*` formats are Letterboxd's import format, which Filmlupe's own CSV export writes
 * (export.ts): an export read back restores what it holds.
 */
export const FORMATS: readonly Format[] = [
  { id: 'letterboxd-reviews', family: 'letterboxd', fileName: 'reviews.csv', required: [...LETTERBOXD_FILM, 'Review'], titleColumn: 'Name' },
  { id: 'letterboxd-diary', family: 'letterboxd', fileName: 'diary.csv', required: [...LETTERBOXD_FILM, 'Rewatch', 'Watched Date'], titleColumn: 'Name' },
  { id: 'letterboxd-ratings', family: 'letterboxd', fileName: 'ratings.csv', required: [...LETTERBOXD_FILM, 'Rating'], titleColumn: 'Name' },
  { id: 'letterboxd-watched', family: 'letterboxd', fileName: 'watched.csv', required: LETTERBOXD_FILM, titleColumn: 'Name' },
  { id: 'letterboxd-watchlist', family: 'letterboxd', fileName: 'watchlist.csv', required: LETTERBOXD_FILM, titleColumn: 'Name' },
  { id: 'letterboxd-import-films', family: 'letterboxd', fileName: 'filmlupe-filme.csv', required: ['Title', 'Year', 'Rating', 'Rating10', 'WatchedDate'], titleColumn: 'Title' },
  { id: 'letterboxd-import-watchlist', family: 'letterboxd', fileName: 'filmlupe-merkliste.csv', required: ['LetterboxdURI', 'imdbID', 'Title', 'Year'], titleColumn: 'Title' },
  { id: 'imdb-ratings', family: 'imdb', fileName: 'ratings.csv', required: ['Const', 'Your Rating', 'Title', 'Title Type', 'Year'], titleColumn: 'Title' },
  { id: 'imdb-watchlist', family: 'imdb', fileName: 'watchlist.csv', required: ['Const', 'Position', 'Title', 'Title Type', 'Year'], titleColumn: 'Title' },
];

/** Columns only one family's files have: they tell a damaged file's family. */
const FAMILY_MARKS: Record<Format['family'], readonly string[]> = {
  letterboxd: ['Letterboxd URI', 'Name', 'LetterboxdURI', 'WatchedDate', 'Rating10'],
  imdb: ['Const', 'Your Rating', 'Title Type'],
};

/** The file's kind by its name: "ratings (1).csv" → ratings; null when the name says nothing. */
function kindByName(fileName: string): string | null {
  const base = (fileName.split('/').pop() ?? fileName).toLowerCase();
  for (const kind of ['watchlist', 'watched', 'ratings', 'diary', 'reviews']) if (base.startsWith(kind)) return kind;
  return null;
}

function formatsNamed(kind: string | null): Format[] {
  return kind === null ? [] : FORMATS.filter((format) => format.fileName === `${kind}.csv`);
}

export type Recognition = { format: Format } | { problem: string } | { unknown: true };

/**
 * The format of a file by its header. A header that fits no format but shows a family's marks is a
 * damaged export: the problem names the missing columns of the format its name (or, failing that,
 * its columns) points to. A header without any mark is no export (`unknown`).
 */
export function recogniseHeader(fileName: string, header: readonly string[]): Recognition {
  const columns = new Set(header.map((name) => name.trim()));
  const byName = formatsNamed(kindByName(fileName));
  const fitting = FORMATS.filter((format) => format.required.every((column) => columns.has(column)));
  const best = fitting[0];
  if (best !== undefined) {
    // The header decides among the formats it fits; a name that calls the file another kind of export
    // ("ratings.csv" without "Rating") means a damaged file, and its missing columns are named.
    const named = byName.find((format) => format.family === best.family);
    if (named !== undefined && !fitting.includes(named)) return { problem: missing(named, columns) };
    if (best.id !== 'letterboxd-watched') return { format: best };
    // watched.csv or watchlist.csv: the same columns; only the name tells which.
    if (named !== undefined) return { format: named };
    return { problem: 'Ob gesehene Filme oder Merkliste, sagt bei diesen Spalten nur der Dateiname: bitte als „watched.csv“ oder „watchlist.csv“ laden' };
  }
  const family = (['letterboxd', 'imdb'] as const).find((name) => FAMILY_MARKS[name].some((column) => columns.has(column)));
  if (family === undefined) return { unknown: true };
  const candidates = FORMATS.filter((format) => format.family === family);
  const named = byName.find((format) => format.family === family);
  return { problem: missing(named ?? closest(candidates, columns), columns) };
}

function missing(format: Format, columns: ReadonlySet<string>): string {
  const absent = format.required.filter((column) => !columns.has(column));
  return absent.length === 1 ? `Spalte ${quotedList(absent)} fehlt` : `Spalten ${quotedList(absent)} fehlen`;
}

/** The format sharing the most required columns with the header; among equals the one missing fewest. */
function closest(candidates: readonly Format[], columns: ReadonlySet<string>): Format {
  let best = candidates[0] as Format;
  let bestScore = -Infinity;
  for (const format of candidates) {
    const shared = format.required.filter((column) => columns.has(column)).length;
    const score = shared * 100 - (format.required.length - shared);
    if (score > bestScore) [best, bestScore] = [format, score];
  }
  return best;
}

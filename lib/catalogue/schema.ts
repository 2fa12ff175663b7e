/**
 * Schemas of the hand-edited source files in `data/`. Strict on purpose: an unknown key is almost
 * always a typo of a known one ("verdictSentense"), and silently ignoring it would drop data.
 * Every message is written for a curator; `formatIssue` in build turns them into
 * `file: field "x": reason`.
 */
import * as v from 'valibot';

/** `drive-2011`, `the-driver-1978`: lowercase words joined by dashes, ending in a four-digit year. */
export const FILM_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*-\d{4}$/;
/** `drive-2011-kritik-1`: lowercase words joined by dashes (it must also start with the film id). */
export const REVIEW_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A closed list so that "Krimi" and "Kriminalfilm" cannot both appear; extend it when needed. The
 * words after Western came with the Wikipedia base films (GENRE_TRANSLATIONS in wikipedia-import.ts).
 */
export const GENRES = [
  'Abenteuer',
  'Action',
  'Animation',
  'Dokumentarfilm',
  'Drama',
  'Fantasy',
  'Horror',
  'Komödie',
  'Kriegsfilm',
  'Krimi',
  'Liebesfilm',
  'Musical',
  'Science-Fiction',
  'Thriller',
  'Western',
  'Agentenfilm',
  'Biografie',
  'Bühnenaufzeichnung',
  'Erotik',
  'Familienfilm',
  'Film noir',
  'Found Footage',
  'Gerichtsfilm',
  'Historienfilm',
  'Independentfilm',
  'Jugendfilm',
  'Katastrophenfilm',
  'Kurzfilm',
  'Martial Arts',
  'Mystery',
  'Politfilm',
  'Satire',
  'Sportfilm',
  'Stummfilm',
  'Superheldenfilm',
  'Tanzfilm',
] as const;

const text = v.pipe(
  v.string('expected text'),
  v.nonEmpty('expected text, got an empty string'),
  v.check((value) => value.trim() === value, 'must not start or end with spaces'),
  v.check((value) => !value.includes('\n'), 'must be on one line'),
);

const year = v.pipe(
  v.number('expected a year as a number'),
  v.integer('expected a whole number'),
  v.minValue(1888, 'expected a year from 1888 on'),
  v.maxValue(2100, 'expected a year before 2100'),
);

/**
 * An English Wikipedia article key as it appears in the article's URL, decoded: `Drive_(2011_film)`,
 * `A_Man's_Man_(1918_film)`. Links a curated film to its base entry and names a base film's source.
 */
const wikipediaKey = v.pipe(
  v.string('expected a Wikipedia article key'),
  v.nonEmpty('expected a Wikipedia article key, got an empty string'),
  v.check((value) => !/\s/.test(value), 'expected a Wikipedia article key with "_" instead of spaces, e.g. "Drive_(2011_film)"'),
);

const filmId = v.pipe(
  v.string('expected a film id'),
  v.regex(FILM_ID_PATTERN, 'expected a film id in slug-year form like "drive-2011"'),
);

/** "2019-02-30" has the right form but no such day. (Valibot runs this even after the form check fails.) */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isoDate = v.pipe(
  v.string('expected a date as "YYYY-MM-DD" in quotes'),
  v.isoDate('expected a date as "YYYY-MM-DD"'),
  v.check(isCalendarDate, 'expected a date that exists in the calendar'),
);

export const filmSourceSchema = v.strictObject({
  id: filmId,
  germanTitle: text,
  originalTitle: text,
  aliases: v.optional(v.array(text, 'expected a list of titles'), []),
  year,
  directors: v.pipe(
    v.array(text, 'expected a list of names'),
    v.minLength(1, 'expected at least one director'),
  ),
  cast: v.array(
    v.strictObject({ name: text, role: v.optional(text) }, 'expected an entry with "name" and optional "role"'),
    'expected a list of cast entries (use [] when unknown)',
  ),
  genres: v.array(
    v.picklist(GENRES, `expected one of: ${GENRES.join(', ')}`),
    'expected a list of genres (use [] when unknown)',
  ),
  /** The film's entry in the Wikipedia base file (data/base/films.jsonl), by its article key. */
  wikipedia: v.optional(wikipediaKey),
});

/**
 * One row of the Wikipedia dataset as the importer reads it (../shared/datasets/wikipedia-movie-data):
 * loose on purpose (the importer repairs whitespace and cast entries), strict on the types.
 */
export const wikipediaRowSchema = v.strictObject({
  title: v.string('expected the title as text'),
  year,
  cast: v.array(v.string('expected a name as text'), 'expected a list of names'),
  genres: v.array(v.string('expected a genre word as text'), 'expected a list of genre words'),
  href: v.optional(v.nullable(v.string('expected the article key as text or null'))),
});

/** One line of data/base/films.jsonl, written by scripts/import-base-films.ts. */
export const baseFilmSchema = v.strictObject({
  id: filmId,
  title: text,
  year,
  cast: v.array(text, 'expected a list of names'),
  genres: v.array(v.picklist(GENRES, `expected one of: ${GENRES.join(', ')}`), 'expected a list of genres'),
  wikipedia: v.nullable(wikipediaKey),
});

const scoreSchema = v.pipe(
  v.strictObject(
    {
      value: v.pipe(v.number('expected a number'), v.minValue(0, 'expected a number >= 0')),
      max: v.pipe(v.number('expected a number > 0'), v.gtValue(0, 'expected a number > 0')),
    },
    'expected { value, max } or null',
  ),
  v.check((score) => score.value <= score.max, 'value must not be greater than max'),
);

export const reviewFrontMatterSchema = v.strictObject({
  filmId,
  kind: v.picklist(['Kritik', 'Inhaltsangabe'], 'expected Kritik or Inhaltsangabe'),
  outlet: v.nullable(text),
  author: v.nullable(text),
  date: v.nullable(isoDate),
  excerpt: v.boolean('expected true or false'),
  score: v.nullable(scoreSchema),
  verdict: v.nullable(v.picklist(['positiv', 'gemischt', 'negativ'], 'expected positiv, gemischt, negativ or null')),
  verdictSentence: v.nullable(text),
  spoiler: v.boolean('expected true or false'),
  mentions: v.optional(
    v.array(
      v.strictObject({ filmId, sentence: text }, 'expected an entry with "filmId" and "sentence"'),
      'expected a list of mentions',
    ),
    [],
  ),
  /** Every change made to the source wording, for the record ("Gossling → Gosling"). */
  textEdits: v.optional(v.array(text, 'expected a list of edits'), []),
  /** Where the text came from (a seed file name or a URL). */
  source: v.optional(text),
});

export type FilmSource = v.InferOutput<typeof filmSourceSchema>;
export type WikipediaRow = v.InferOutput<typeof wikipediaRowSchema>;
export type BaseFilm = v.InferOutput<typeof baseFilmSchema>;
export type ReviewFrontMatter = v.InferOutput<typeof reviewFrontMatterSchema>;

/**
 * The importer of the Wikipedia base films (scripts/import-base-films.ts): pure functions that turn
 * the rows of ../shared/datasets/wikipedia-movie-data/films.jsonl into the sorted lines of
 * data/base/films.jsonl, repairing what is clearly wrong and counting every repair and drop.
 *
 * The dataset's cast lists are the link texts of Wikipedia's "List of American films of <year>"
 * tables, so their faults are those of split wikitext: connectives ("and", "voices of"), remarks in
 * parentheses split over several entries ("(", "Best Actor", "nominee)"), writer credits,
 * disambiguation suffixes ("Harry Carter (actor)"), and, for documentaries, a description of the
 * subject instead of names ("the history of", "Skateboarding").
 */
import * as v from 'valibot';
import { CatalogueError } from './errors';
import { baseFilmSchema, wikipediaRowSchema, type BaseFilm, type WikipediaRow } from './schema';
import { slug } from './slug';

/**
 * Every genre word of the dataset (41) and its German word from GENRES; `null` = not a genre, dropped.
 * English "Mystery" is the whodunit (German: Krimi); German "Mystery" is the supernatural.
 */
export const GENRE_TRANSLATIONS: Readonly<Record<string, BaseFilm['genres'][number] | null>> = {
  Action: 'Action',
  Adventure: 'Abenteuer',
  Animated: 'Animation',
  Biography: 'Biografie',
  Comedy: 'Komödie',
  Crime: 'Krimi',
  Dance: 'Tanzfilm',
  Disaster: 'Katastrophenfilm',
  Documentary: 'Dokumentarfilm',
  Drama: 'Drama',
  Erotic: 'Erotik',
  Family: 'Familienfilm',
  Fantasy: 'Fantasy',
  'Found Footage': 'Found Footage',
  Historical: 'Historienfilm',
  Horror: 'Horror',
  Independent: 'Independentfilm',
  Legal: 'Gerichtsfilm',
  // Marks the live-action parts of a mostly animated film: a production form, not a genre.
  'Live Action': null,
  'Martial Arts': 'Martial Arts',
  Musical: 'Musical',
  Mystery: 'Krimi',
  Noir: 'Film noir',
  // Concert films and recorded stage shows (Monterey Pop, Gilda Live).
  Performance: 'Bühnenaufzeichnung',
  Political: 'Politfilm',
  Romance: 'Liebesfilm',
  Satire: 'Satire',
  'Science Fiction': 'Science-Fiction',
  Short: 'Kurzfilm',
  Silent: 'Stummfilm',
  Slasher: 'Horror',
  Sport: 'Sportfilm',
  Sports: 'Sportfilm',
  Spy: 'Agentenfilm',
  Superhero: 'Superheldenfilm',
  Supernatural: 'Mystery',
  Suspense: 'Thriller',
  Teen: 'Jugendfilm',
  Thriller: 'Thriller',
  War: 'Kriegsfilm',
  Western: 'Western',
};

/** What the importer did, counted per reason; `examples` keeps the first few for the printed summary. */
export class ImportReport {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();

  note(reason: string, example: string): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    const list = this.examples.get(reason) ?? [];
    if (list.length < 3) list.push(example);
    this.examples.set(reason, list);
  }

  count(reason: string): number {
    return this.counts.get(reason) ?? 0;
  }

  /** One line per reason, sorted, with the count and up to three examples. */
  lines(): string[] {
    return [...this.counts.keys()]
      .sort()
      .map((reason) => `${String(this.count(reason)).padStart(6)}  ${reason}  e.g. ${(this.examples.get(reason) ?? []).join(' | ')}`);
  }
}

export const REASONS = {
  titleWhitespace: 'title: whitespace repaired',
  titleLanguageMark: 'title: interlanguage mark removed ("Fly by Night [fr]")',
  castWhitespace: 'cast: whitespace repaired',
  castMarkup: 'cast: wiki markup removed ([[ ]], footnote marks)',
  castRemark: 'cast: remark in parentheses dropped ("(voice)", "(", "Best Actor", "nominee)")',
  castQualifier: 'cast: qualifier after a name removed ("Harry Carter (actor)")',
  castCredit: 'cast: writer or director credit dropped ("(screenplay)", "Dir.:")',
  castLabel: 'cast: label or connective dropped ("and", "voices of", "Cast:")',
  castNotAName: 'cast: entry without a name dropped (".", "?", "Unknown", "(none)")',
  castSuffix: 'cast: a lone "Sr."/"Jr." joined to the name before it',
  castDuplicate: 'cast: name listed twice, second dropped',
  castDescription: 'cast: a description instead of names, whole cast dropped (documentaries: "the history of", "Skateboarding")',
  castArticle: 'cast: a lone "The" joined to the name after it ("The", "East Side Kids")',
  castWords: 'cast: words of a sentence among the names dropped ("kids", "cartoon")',
  castCreditedNames: 'cast: name before a writer or director credit dropped ("Cesare Pavese", "(novel)")',
  genreUnknown: 'genres: unknown word dropped',
  genreNotAGenre: 'genres: "Live Action" dropped (a production form, not a genre)',
  hrefDecoded: 'href: URL escapes decoded ("%27" → "\'")',
  yearFromHref: 'year: off by one from the article key, year of the key taken',
  yearKeptAgainstHref: 'year: differs by 2 or more from the article key, kept (the key names another release or film)',
  hrefSharedByOtherFilm: 'href: article of another film (shared with a different title or year), removed',
  mergedSameHref: 'merged: same article key, same title and year',
  mergedSameTitleYear: 'merged: same title and year, at most one article key',
  noHref: 'kept without article key (no stable key; id from title + year)',
  idQualified: 'id: shared title + year, told apart by the article key ("carmen-cecil-b-demille-1915")',
  idNumbered: 'id: shared title + year, told apart by a number ("this-is-america-2-1933")',
} as const;

/** Validates one dataset line; a malformed row is an error naming the line and the field. */
export function parseRow(source: string, lineNumber: number, line: string): WikipediaRow {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    throw new CatalogueError(`${source}:${lineNumber}`, null, `invalid JSON: ${(error as Error).message}`);
  }
  const result = v.safeParse(wikipediaRowSchema, raw);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new CatalogueError(`${source}:${lineNumber}`, v.getDotPath(issue) ?? '(top level)', `${issue.message}, got ${issue.received}`);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Exact entries (lowercase) that join or label names but are none. */
const LABELS = new Set([
  'and',
  'with',
  'of',
  'starring',
  'featuring',
  'cast',
  'cast:',
  'voices',
  'voices of',
  'voice of',
  'narrated by',
  'narrator',
  'interviews with',
  'archive footage of',
  'and his orchestra',
  'and orchestra',
  'many cameos',
]);
const NOT_NAMES = new Set(['unknown', 'none', 'n/a', 'tba']);
/** A parenthesised qualifier naming a writing or directing credit: the entry is not cast. */
const CREDIT = /^(?:co-?)?(?:writers?|screen ?writers?|screen ?plays?|screenpaly|acreenplay|teleplay|story|novel|book|director|producer|written)\b/i;
/** "Dir.:", "Dir.: Steve Asquith", "Directed by" (not "Dirk Bogarde"). */
const DIRECTOR_LABEL = /^(?:dir\.|dir:|directed by\b)/i;
const SUFFIX = /^(?:Sr|Jr)\.?$/;

/**
 * The cast in billing order with the entries that are not names removed. Notes every change in
 * `report` (with `where` naming the film).
 */
export function cleanCast(entries: readonly string[], report: ImportReport, where: string): string[] {
  const cast: string[] = [];
  let inRemark = false;
  let description = false;
  let skipNext = false;
  let article = '';
  for (const original of entries) {
    const example = `${where}: ${JSON.stringify(original)}`;
    let entry = collapse(original);
    if (entry !== original) report.note(REASONS.castWhitespace, example);
    const unmarked = collapse(entry.replace(/\[\[|\]\]|\[[a-z0-9]{1,2}\]/g, ''));
    if (unmarked !== entry) {
      report.note(REASONS.castMarkup, example);
      entry = unmarked;
    }
    if (skipNext) {
      // The name after a lone "Dir.:" is the director's.
      skipNext = false;
      report.note(REASONS.castCredit, example);
      continue;
    }
    if (inRemark) {
      if (entry.includes(')')) inRemark = false;
      report.note(REASONS.castRemark, example);
      continue;
    }
    if (DIRECTOR_LABEL.test(entry)) {
      if (/^(?:dir\.|dir|directed by):?$/i.test(entry)) skipNext = true;
      else if (entry.includes('(') && !entry.includes(')')) inRemark = true;
      report.note(REASONS.castCredit, example);
      continue;
    }
    const opens = entry.indexOf('(');
    const closes = entry.lastIndexOf(')');
    if (opens === 0 || (closes !== -1 && (opens === -1 || opens > closes))) {
      // "(voice)", the start of a remark split over entries ("(", "Best Actor", "nominee)"), or the
      // end of one whose "(" was in the entry before ("nominee)", "screenwriter)").
      if (opens === 0 && closes === -1) inRemark = true;
      if (CREDIT.test(entry.replace(/^\(/, ''))) {
        // "Cesare Pavese", "(novel)": the names before a credit at the head of the list are the credited.
        for (const name of cast.splice(0)) report.note(REASONS.castCreditedNames, `${where}: ${JSON.stringify(name)}`);
        // "produced", "written)": the words before were the credit's, not a description.
        description = false;
        report.note(REASONS.castCredit, example);
      } else {
        report.note(REASONS.castRemark, example);
      }
      continue;
    }
    if (opens > 0 && closes === -1) {
      inRemark = true;
      report.note(REASONS.castRemark, example);
      continue;
    }
    const trailing = /^(.*\S) \(([^()]*)\)$/.exec(entry);
    if (trailing?.[1] && trailing[2] !== undefined) {
      if (CREDIT.test(trailing[2])) {
        report.note(REASONS.castCredit, example);
        continue;
      }
      // "Harry Carter (actor)", "Alois Havrilla (narrator)"; a nickname inside a name stays ("Dave (Tex) O'Brien").
      report.note(REASONS.castQualifier, example);
      entry = trailing[1];
    }
    if (entry === 'The') {
      // "The", "East Side Kids": an article split from the name it belongs to.
      article = 'The ';
      continue;
    }
    if (article) {
      if (/^\p{Lu}/u.test(entry)) report.note(REASONS.castArticle, example);
      entry = `${article}${entry}`;
      article = '';
    }
    const lower = entry.toLowerCase();
    if (LABELS.has(lower)) {
      report.note(REASONS.castLabel, example);
      continue;
    }
    if (!/\p{L}/u.test(entry) || NOT_NAMES.has(lower)) {
      report.note(REASONS.castNotAName, example);
      continue;
    }
    if (/^(?:and|with) \p{Lu}/u.test(entry)) {
      report.note(REASONS.castLabel, example);
      entry = entry.replace(/^(?:and|with) /, '');
    }
    if (SUFFIX.test(entry) && cast.length > 0) {
      report.note(REASONS.castSuffix, example);
      cast[cast.length - 1] = `${cast[cast.length - 1]} ${entry.endsWith('.') ? entry : `${entry}.`}`;
      continue;
    }
    if (isDescription(entry)) {
      // At the head of the list the cast is a sentence about the subject; among names, a stray word.
      if (cast.length === 0) description = true;
      else report.note(REASONS.castWords, example);
      continue;
    }
    if (cast.includes(entry)) {
      report.note(REASONS.castDuplicate, example);
      continue;
    }
    cast.push(entry);
  }
  if (article) report.note(REASONS.castWords, `${where}: "The"`);
  if (description) {
    report.note(REASONS.castDescription, `${where}: ${JSON.stringify(entries)}`);
    return [];
  }
  return cast;
}

/**
 * Words of a sentence rather than a name: lowercase with no capital and no dot ("kids",
 * "the history of"; "will.i.am" and "muMs da Schemer" are names), a phrase ending in a preposition
 * ("The life and times of"), or more than six words.
 */
function isDescription(entry: string): boolean {
  if (/^\p{Ll}/u.test(entry) && !/[\p{Lu}.]/u.test(entry)) return true;
  if (/^(?:the|a|an)$/i.test(entry) || /^The \p{Ll}/u.test(entry)) return true;
  if (/ (?:of|in|at|on|from|between|with|the|a)$/i.test(entry)) return true;
  return entry.split(" ").length > 8;
}

/** German genres in the dataset's order, each once; unknown words and non-genres are noted. */
export function translateGenres(words: readonly string[], report: ImportReport, where: string): BaseFilm['genres'] {
  const genres: BaseFilm['genres'] = [];
  for (const word of words) {
    const key = collapse(word);
    if (!Object.hasOwn(GENRE_TRANSLATIONS, key)) {
      report.note(REASONS.genreUnknown, `${where}: ${JSON.stringify(word)}`);
      continue;
    }
    const german = GENRE_TRANSLATIONS[key];
    if (german === null || german === undefined) {
      report.note(REASONS.genreNotAGenre, where);
      continue;
    }
    if (!genres.includes(german)) genres.push(german);
  }
  return genres;
}

/** The year in an article key: `Drive_(1997_film)` → 1997, `Carmen_(1915_Cecil_B._DeMille_film)` → 1915. */
export function yearOfKey(key: string): number | null {
  const match = /_\((\d{4})(?:_[^()]*)?_(?:film|serial|cartoon|miniseries)\)$/.exec(key);
  return match?.[1] ? Number(match[1]) : null;
}

/** A film after repairs, before merging and ids. `order` is the dataset line (for deterministic ties). */
export interface Cleaned {
  title: string;
  year: number;
  cast: string[];
  genres: BaseFilm['genres'];
  wikipedia: string | null;
  order: number;
}

/** Repairs one row: whitespace, cast, genres, the article key's escapes, a year off by one. */
export function cleanRow(row: WikipediaRow, order: number, report: ImportReport): Cleaned {
  let title = collapse(row.title);
  if (title !== row.title) report.note(REASONS.titleWhitespace, JSON.stringify(row.title));
  if (/ \[[a-z]{2,3}\]$/.test(title)) {
    // A link to the film's article in another language's Wikipedia, copied with the title.
    report.note(REASONS.titleLanguageMark, JSON.stringify(title));
    title = title.replace(/ \[[a-z]{2,3}\]$/, '');
  }
  const where = `${title} (${row.year})`;
  let wikipedia: string | null = row.href ? collapse(row.href).replace(/ /g, '_') : null;
  if (wikipedia?.includes('%')) {
    try {
      wikipedia = decodeURIComponent(wikipedia);
      report.note(REASONS.hrefDecoded, `${row.href} → ${wikipedia}`);
    } catch {
      // A lone "%" that is no escape: the key stays as written.
    }
  }
  let year = row.year;
  const keyYear = wikipedia ? yearOfKey(wikipedia) : null;
  if (keyYear !== null && keyYear !== year) {
    if (Math.abs(keyYear - year) === 1) {
      // The article's year is the first release (as our ids); the list's year is often the US release.
      report.note(REASONS.yearFromHref, `${where} → ${keyYear} (${wikipedia})`);
      year = keyYear;
    } else {
      report.note(REASONS.yearKeptAgainstHref, `${where}: ${wikipedia}`);
    }
  }
  if (!wikipedia) report.note(REASONS.noHref, where);
  return {
    title,
    year,
    cast: cleanCast(row.cast, report, where),
    genres: translateGenres(row.genres, report, where),
    wikipedia,
    order,
  };
}

/** Title compared without case, accents and punctuation: "Murder, My Sweet" = "Murder My Sweet". */
const titleKey = (title: string) => slug(title);

function mergeInto(kept: Cleaned, other: Cleaned): void {
  for (const name of other.cast) if (!kept.cast.includes(name)) kept.cast.push(name);
  for (const genre of other.genres) if (!kept.genres.includes(genre)) kept.genres.push(genre);
  kept.wikipedia ??= other.wikipedia;
}

/**
 * Merges the rows that are one film listed twice, and takes an article key away from a row that
 * shares it with a different film (a remake or re-release linked to the original's article).
 * Rows are visited in dataset order; the first of a merge keeps its title, year and cast order.
 */
export function mergeDuplicates(rows: Cleaned[], report: ImportReport): Cleaned[] {
  const byKey = new Map<string, Cleaned[]>();
  const kept: Cleaned[] = [];
  for (const row of [...rows].sort((a, b) => a.order - b.order)) {
    if (!row.wikipedia) {
      kept.push(row);
      continue;
    }
    const same = byKey.get(row.wikipedia) ?? [];
    const twin = same.find((other) => titleKey(other.title) === titleKey(row.title) && Math.abs(other.year - row.year) <= 1);
    if (twin) {
      report.note(REASONS.mergedSameHref, `${row.title} (${row.year}): ${row.wikipedia}`);
      mergeInto(twin, row);
      continue;
    }
    same.push(row);
    byKey.set(row.wikipedia, same);
    kept.push(row);
  }
  for (const [key, films] of byKey) {
    if (films.length < 2) continue;
    const owner = ownerOfKey(key, films);
    for (const film of films) {
      if (film === owner) continue;
      report.note(REASONS.hrefSharedByOtherFilm, `${film.title} (${film.year}): ${key}, kept by ${owner.title} (${owner.year})`);
      film.wikipedia = null;
    }
  }
  const byTitleYear = new Map<string, Cleaned[]>();
  const result: Cleaned[] = [];
  for (const row of kept) {
    const group = `${titleKey(row.title)}|${row.year}`;
    const same = byTitleYear.get(group) ?? [];
    const twin = same.find((other) => other.wikipedia === null || row.wikipedia === null);
    if (twin) {
      report.note(REASONS.mergedSameTitleYear, `${row.title} (${row.year})`);
      mergeInto(twin, row);
      continue;
    }
    same.push(row);
    byTitleYear.set(group, same);
    result.push(row);
  }
  return result;
}

/** Of films sharing an article key: the one of the key's year, else of the key's title, else the earliest. */
function ownerOfKey(key: string, films: Cleaned[]): Cleaned {
  const keyYear = yearOfKey(key);
  const keyTitle = titleKey(key.replace(/_\([^()]*\)$/, '').replace(/_/g, ' '));
  const rank = (film: Cleaned) => [film.year === keyYear ? 0 : 1, titleKey(film.title) === keyTitle ? 0 : 1, film.year, film.order];
  return [...films].sort((a, b) => compareTuples(rank(a), rank(b)))[0] as Cleaned;
}

function compareTuples(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The slug of an article key's disambiguation without year and "film": `(1915_Cecil_B._DeMille_film)` → `cecil-b-demille`. */
function qualifierOf(key: string | null): string {
  const match = key ? /_\(([^()]*)\)$/.exec(key) : null;
  if (!match?.[1]) return '';
  return slug(match[1].replace(/_/g, ' ').replace(/\b\d{4}\b/g, ' ').replace(/\b(?:film|movie)\b/gi, ' '));
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Gives every film an id: slug of the title + year (`drive-2011`). Films that share one are told
 * apart by their article key's qualifier (`carmen-cecil-b-demille-1915`); the rest by a number
 * (`this-is-america-2-1933`), the first in key order keeping the plain id. Returns films sorted by id.
 */
export function assignIds(films: Cleaned[], report: ImportReport): BaseFilm[] {
  const groups = new Map<string, Cleaned[]>();
  for (const film of films) {
    const id = `${slug(film.title) || 'film'}-${film.year}`;
    groups.set(id, [...(groups.get(id) ?? []), film]);
  }
  const out: BaseFilm[] = [];
  const taken = new Set(groups.keys());
  for (const [id, group] of groups) {
    const base = id.slice(0, -5);
    const yearPart = id.slice(-4);
    const sorted = [...group].sort(
      (a, b) => compareStrings(a.wikipedia ?? '\uffff', b.wikipedia ?? '\uffff') || compareStrings(a.title, b.title) || a.order - b.order,
    );
    const plainTaken = { done: false };
    let number = 1;
    for (const film of sorted) {
      let filmId = id;
      if (group.length > 1) {
        const qualifier = qualifierOf(film.wikipedia);
        const qualified = qualifier ? `${base}-${qualifier}-${yearPart}` : '';
        if (qualified && !taken.has(qualified)) {
          filmId = qualified;
          report.note(REASONS.idQualified, filmId);
        } else if (!plainTaken.done) {
          plainTaken.done = true;
        } else {
          do {
            number += 1;
            filmId = `${base}-${number}-${yearPart}`;
          } while (taken.has(filmId));
          report.note(REASONS.idNumbered, filmId);
        }
        taken.add(filmId);
      }
      out.push({ id: filmId, title: film.title, year: film.year, cast: film.cast, genres: film.genres, wikipedia: film.wikipedia });
    }
  }
  return out.sort((a, b) => compareStrings(a.id, b.id));
}

/** The whole import: rows (already parsed) → validated base films sorted by id. */
export function importRows(rows: readonly WikipediaRow[], report: ImportReport, source = 'films.jsonl'): BaseFilm[] {
  const cleaned = rows.map((row, index) => cleanRow(row, index, report));
  for (const film of cleaned) {
    // Every repaired row against the schema of the base file (the id is checked once it is given).
    problemOf({ ...film, id: 'placeholder-2000' }, `${source}: row ${film.order + 1}`);
  }
  const films = assignIds(mergeDuplicates(cleaned, report), report);
  const ids = new Set<string>();
  for (const film of films) {
    if (ids.has(film.id)) throw new CatalogueError(source, 'id', `"${film.id}" given twice`);
    ids.add(film.id);
    problemOf(film, `${source}: ${film.title} (${film.year})`);
  }
  return films;
}

function problemOf(film: BaseFilm, where: string): void {
  const result = v.safeParse(baseFilmSchema, { id: film.id, title: film.title, year: film.year, cast: film.cast, genres: film.genres, wikipedia: film.wikipedia });
  if (result.success) return;
  const issue = result.issues[0];
  throw new CatalogueError(where, v.getDotPath(issue) ?? '(top level)', issue.message);
}

/** One film a line, keys in schema order: diff-friendly, and byte-identical for the same input. */
export function formatBaseFile(films: readonly BaseFilm[]): string {
  return films
    .map((film) => JSON.stringify({ id: film.id, title: film.title, year: film.year, cast: film.cast, genres: film.genres, wikipedia: film.wikipedia }))
    .join('\n')
    .concat('\n');
}

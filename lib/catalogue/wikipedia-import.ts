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
import { CatalogueError, parseJsonLine } from './errors';
import { baseFilmSchema, wikipediaRowSchema, type BaseFilm, type WikipediaRow } from './schema';
import { slug } from './slug';
import { cleanCast, collapse } from './wikipedia-cast';
import { GENRE_TRANSLATIONS, translateGenres } from './wikipedia-genres';
import { ImportReport, REASONS } from './wikipedia-report';

export { cleanCast, GENRE_TRANSLATIONS, ImportReport, REASONS, translateGenres };



/** Validates one dataset line; a malformed row is an error naming the line and the field. */
export function parseRow(source: string, lineNumber: number, line: string): WikipediaRow {
  return parseJsonLine(wikipediaRowSchema, `${source}:${lineNumber}`, line);
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

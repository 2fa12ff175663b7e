/**
 * The corpus of real title strings (real-pages.json, excerpt.json): the row shape and the pipeline a row
 * is read through — the site adapter where the raw string needs one (Disney+ labels), then `cleanTitle`.
 *
 * Expected values in the rows were decided by reading each string and its page, never by copying what
 * the code answers: rows that fail are the cleaner's (or an adapter's) work, not the table's.
 */
import { disneyplus } from '../../sites/disneyplus';
import type { FoundTitle } from '../../sites/types';
import { cleanTitle, kindOnPage } from '../clean';
import type { TitleKind } from '../types';

export interface CorpusRow {
  /** The saved page, as a path under ../shared/real-pages. */
  page: string;
  /** The raw string as the page has it (for Disney+ the whole aria-label). */
  text: string;
  /** Where on the page the string sits ("data-card-title", "packshot a[aria-label]", …). */
  via?: string;
  /** "ignores": a real string the adapter rightly does not hand over (trailer cards, buttons inside a card). */
  adapter?: 'ignores';
  /** What the page says beside the string, as the adapter passes it on (Prime's entity type, the year badge). */
  kindHint?: TitleKind | null;
  yearHint?: number | null;
  /** What a person reads: the film's or series' own name, and what it is. */
  title: string;
  kind: TitleKind;
  /** "page": the page or string states the kind (entity type, "Staffel", "Episodenserie", "Label: Neuer Film"); "reader": only knowledge of the title tells. */
  kindBy: 'page' | 'reader';
  /** The year the string itself states ("Footloose (2011)"); checked only when present (null: states none). */
  year?: number | null;
  note?: string;
}

export interface Reading {
  title: string;
  kind: TitleKind;
  year?: number | null;
}

export const DISNEY_PAGE = 'disneyplus/card-aria-labels-de-2026-03.json';
const DISNEY_URL = new URL('https://www.disneyplus.com/de-de/home');

/** What the real Disney+ adapter hands over for one card label (null: it drops the card). */
export function disneyFind(label: string): FoundTitle | null {
  const card = document.createElement('a');
  card.setAttribute('data-testid', 'set-item');
  card.setAttribute('href', '/de-de/browse/entity-1');
  card.setAttribute('aria-label', label);
  const root = document.createElement('div');
  root.append(card);
  return disneyplus.find(root, DISNEY_URL)[0] ?? null;
}

/** The pipeline of scripts/scan.ts: cleaned title, `kindOnPage`, the site's year first. */
export function readFound(text: string, hints: { kind?: TitleKind | null; year?: number | null }): Required<Reading> {
  const cleaned = cleanTitle(text);
  return { title: cleaned.title, kind: kindOnPage(cleaned.kind, hints.kind), year: hints.year ?? cleaned.year };
}

/**
 * One row through the pipeline. Disney+ rows always go through the adapter; other rows use `found` (the
 * adapter's find on the live saved page) when given, else the hints stored in the row.
 */
export function readRow(row: CorpusRow, found?: FoundTitle | null): Required<Reading> {
  if (row.page === DISNEY_PAGE) {
    const cut = disneyFind(row.text);
    return cut ? readFound(cut.text, cut) : { title: '', kind: 'other', year: null };
  }
  return readFound(row.text, found ?? { kind: row.kindHint, year: row.yearHint });
}

/** Expected and actual in the same shape (the year only where the row states one), for `toEqual`. */
export function compared(row: CorpusRow, reading: Required<Reading>): { expected: Partial<Reading>; actual: Partial<Reading> } {
  // A kind only a reader's knowledge tells ("Bones" is a series) is no cleaner's to find: the title is
  // checked, the kind is the matcher's care (a series' name that names a film is no sure match).
  const expected: Partial<Reading> = row.kindBy === 'reader' ? { title: row.title } : { title: row.title, kind: row.kind };
  const actual: Partial<Reading> = row.kindBy === 'reader' ? { title: reading.title } : { title: reading.title, kind: reading.kind };
  if (row.year !== undefined) {
    expected.year = row.year;
    actual.year = reading.year;
  }
  return { expected, actual };
}

const SHORT_PAGE: Record<string, string> = {
  'netflix/browse-rows-2023-06.fragment.html': 'Netflix 2023',
  'primevideo/detail-young-sherlock-amazon.de-2026.html': 'Prime 2026',
  'primevideo/amazon.de-gp-video-detail-B00K19SD8Q-um-jeden-preis-2021-04.html': 'Prime 2021',
  [DISNEY_PAGE]: 'Disney+ DE',
};

export function shortPage(page: string): string {
  return SHORT_PAGE[page] ?? page;
}

/** A test name that shows the row's raw text (one line; long Disney+ labels shortened). */
export function rowName(row: CorpusRow): string {
  const text = row.text.replace(/\n/g, ' ⏎ ');
  return `${shortPage(row.page)}: ${text.length > 150 ? `${text.slice(0, 147)}…` : text}`;
}

/** "N of M rows right (Netflix 2023 3/14, …)" */
export function summary(results: Array<{ row: CorpusRow; right: boolean }>): string {
  const perPage = new Map<string, [number, number]>();
  for (const { row, right } of results) {
    const counts = perPage.get(row.page) ?? [0, 0];
    perPage.set(row.page, [counts[0] + (right ? 1 : 0), counts[1] + 1]);
  }
  const right = results.filter((result) => result.right).length;
  const pages = [...perPage].map(([page, [ok, all]]) => `${shortPage(page)} ${ok}/${all}`).join(', ');
  return `${right} of ${results.length} rows right (${pages})`;
}

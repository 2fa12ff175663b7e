/**
 * The corpus of real title strings (real-pages.json) against the saved pages in ../shared/real-pages:
 * (a) provenance and completeness — every row's text is on its page, every title an adapter finds there
 * is a row; (b) per row, the pipeline (adapter → cleanTitle, the site's kind where it says "not a film")
 * gives the title and kind a person reads. Many rows fail on the cleaner of 2026-11: they are the new
 * engine's work (issue 12), not errors of the table. Skips visibly where ../shared/real-pages is absent.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findTitles } from '../../sites/index';
import { collapse } from '../../sites/dom';
import type { FoundTitle } from '../../sites/types';
import { describeRealPage, parseHtml, realPage } from '../../../tests/unit/real-pages';
import { compared, DISNEY_PAGE, disneyFind, readRow, rowName, summary, type CorpusRow } from './pipeline';
import corpus from './real-pages.json';

const rows = corpus as CorpusRow[];

/** The saved HTML pages, each at the address it was saved from. */
const HTML_PAGES: Record<string, { url: string; fragment?: boolean }> = {
  'netflix/browse-rows-2023-06.fragment.html': { url: 'https://www.netflix.com/browse', fragment: true },
  'primevideo/detail-young-sherlock-amazon.de-2026.html': { url: 'https://www.amazon.de/-/en/gp/video/detail/B0F54Z36VS' },
  'primevideo/amazon.de-gp-video-detail-B00K19SD8Q-um-jeden-preis-2021-04.html': { url: 'https://www.amazon.de/-/en/gp/video/detail/B00K19SD8Q' },
};

interface Page {
  /** Every string a row may come from: aria-label, data-card-title and alt values, h1 and p.fallback-text text. */
  strings: Set<string>;
  /** What the adapters hand over, by text (the first find of a text). */
  found: Map<string, FoundTitle>;
}

function loadPage(page: string): Page {
  const { url, fragment } = HTML_PAGES[page]!;
  const html = realPage(page) ?? '';
  const document = parseHtml(fragment ? `<!doctype html><html><body>${html}</body></html>` : html);
  const strings = new Set<string>();
  for (const element of document.querySelectorAll('[aria-label], [data-card-title], img[alt]'))
    for (const name of ['aria-label', 'data-card-title', 'alt']) {
      const value = element.getAttribute(name);
      if (value) strings.add(collapse(value));
    }
  for (const element of document.querySelectorAll('h1, p.fallback-text')) strings.add(collapse(element.textContent));
  const found = new Map<string, FoundTitle>();
  for (const item of findTitles(document, new URL(url))) if (!found.has(item.text)) found.set(item.text, item);
  return { strings, found };
}

describeRealPage('title corpus of the real pages', [...Object.keys(HTML_PAGES), DISNEY_PAGE], () => {
  const pages = new Map<string, Page>();
  let labels: string[] = [];
  const results: Array<{ row: CorpusRow; right: boolean }> = [];

  beforeAll(() => {
    for (const page of Object.keys(HTML_PAGES)) pages.set(page, loadPage(page));
    labels = JSON.parse(realPage(DISNEY_PAGE) ?? '[]') as string[];
  });

  afterAll(() => {
    if (results.length > 0) console.log(`title corpus: ${summary(results)}`);
  });

  it('has one row per page and text, and only pages it knows', () => {
    const keys = rows.map((row) => `${row.page}\n${row.text}`);
    expect(keys.length - new Set(keys).size).toBe(0);
    expect(rows.filter((row) => row.page !== DISNEY_PAGE && !HTML_PAGES[row.page]).map((row) => row.page)).toEqual([]);
  });

  it('takes every row text from its page', () => {
    const labelSet = new Set(labels);
    const absent = rows
      .filter((row) => (row.page === DISNEY_PAGE ? !labelSet.has(row.text) : !pages.get(row.page)!.strings.has(collapse(row.text))))
      .map(rowName);
    expect(absent).toEqual([]);
  });

  it('has a row for every title the adapters hand over, and the adapters hand over every row they should', () => {
    const problems: string[] = [];
    for (const [page, { found }] of pages) {
      const pageRows = new Map(rows.filter((row) => row.page === page).map((row) => [row.text, row]));
      for (const text of found.keys()) if (!pageRows.has(text)) problems.push(`no row for the find "${text}" on ${page}`);
      for (const row of pageRows.values()) {
        const item = found.get(row.text);
        if (row.adapter === 'ignores') {
          if (item) problems.push(`${rowName(row)}: marked "ignores", but the adapter hands it over`);
        } else if (!item) problems.push(`${rowName(row)}: the adapter misses it`);
        else if ((item.kind ?? null) !== (row.kindHint ?? null) || (item.year ?? null) !== (row.yearHint ?? null))
          problems.push(`${rowName(row)}: the adapter's hints ${JSON.stringify([item.kind, item.year])} differ from the row's`);
      }
    }
    const disneyRows = new Set(rows.filter((row) => row.page === DISNEY_PAGE).map((row) => row.text));
    for (const label of new Set(labels)) if (disneyFind(label) && !disneyRows.has(label)) problems.push(`no row for the Disney+ label ${JSON.stringify(label)}`);
    for (const text of disneyRows) if (!disneyFind(text)) problems.push(`the Disney+ adapter drops the row label ${JSON.stringify(text)}`);
    expect(problems).toEqual([]);
  });

  it.each(rows.map((row) => [rowName(row), row] as const))('%s', (_, row) => {
    const found = row.page === DISNEY_PAGE ? undefined : pages.get(row.page)!.found.get(row.text);
    const { expected, actual } = compared(row, readRow(row, found));
    results.push({ row, right: JSON.stringify(expected) === JSON.stringify(actual) });
    expect(actual).toEqual(expected);
  });
});

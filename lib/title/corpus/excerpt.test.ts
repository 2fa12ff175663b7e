/**
 * An excerpt of the real-page title corpus (excerpt.json: 66 rows of real-pages.json) that runs without
 * ../shared: every class of string the saved pages hold — Prime's "[dt./OV]"/"[OV]" versions, years and
 * the edition words "erweiterte Filmversion", EN - DE pairs both ways, season labels ("- Season 1",
 * ", Season 1", "- Staffel 1 [dt./OV]"), trailer and bonus cards, Disney+ badges (rank, "Label: Neuer Film",
 * brand lines, "Ab 11. März auf Disney+", "Noch 17 Minuten"), Netflix films and series. Disney+ rows run
 * through the real adapter; the other rows carry the hints their adapter passed on the saved page.
 * Rows that fail are the new cleaner's work (issue 12), not errors of the table.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { compared, readRow, rowName, summary, type CorpusRow } from './pipeline';
import corpusRows from './real-pages.json';
import excerptRows from './excerpt.json';

const excerpt = excerptRows as CorpusRow[];
const corpus = corpusRows as CorpusRow[];

describe('title corpus excerpt', () => {
  const results: Array<{ row: CorpusRow; right: boolean }> = [];

  afterAll(() => {
    if (results.length > 0) console.log(`title corpus excerpt: ${summary(results)}`);
  });

  it('holds only rows of the full corpus, unchanged, each once', () => {
    const full = new Map(corpus.map((row) => [`${row.page}\n${row.text}`, JSON.stringify(row)]));
    const keys = excerpt.map((row) => `${row.page}\n${row.text}`);
    expect(keys.length - new Set(keys).size).toBe(0);
    expect(excerpt.filter((row) => full.get(`${row.page}\n${row.text}`) !== JSON.stringify(row)).map(rowName)).toEqual([]);
  });

  it('covers every page and every kind', () => {
    expect(new Set(excerpt.map((row) => row.page)).size).toBe(new Set(corpus.map((row) => row.page)).size);
    expect([...new Set(excerpt.map((row) => row.kind))].sort()).toEqual(['film', 'other', 'series']);
  });

  it.each(excerpt.map((row) => [rowName(row), row] as const))('%s', (_, row) => {
    const { expected, actual } = compared(row, readRow(row));
    results.push({ row, right: JSON.stringify(expected) === JSON.stringify(actual) });
    expect(actual).toEqual(expected);
  });
});

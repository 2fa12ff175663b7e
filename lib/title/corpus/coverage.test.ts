/**
 * Coverage and precision on the real pages, with the real catalogue (issue 15, point 4). graded.json says,
 * by hand, for every title of the corpus (real-pages.json) which film of the catalogue it is: [] where the
 * data holds no film under that title (a series, a German title, a film after 2023), several ids where
 * the page does not tell which of them it shows. Every title goes through the extension's pipeline (the
 * site's adapter for Disney+ labels, the hints the adapters hand over, `matchTitle`).
 * The rule: **no sure mark names another film**; at least 85 % of the films the data holds get their card
 * (sure, or asked about as a question). The table is the README's "Coverage" table.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { matchTitle } from '../match';
import { loadTitleIndex } from '../../../scripts/catalogue-index';
import { disneyFind, DISNEY_PAGE, shortPage, type CorpusRow } from './pipeline';
import corpus from './real-pages.json';
import graded from './graded.json';

const rows = (corpus as CorpusRow[]).filter((row) => row.adapter !== 'ignores');
const films = graded as Record<string, Record<string, string[]>>;
const index = loadTitleIndex();

interface Tally {
  titles: number;
  held: number;
  sureRight: number;
  askedRight: number;
  askedWrong: number;
  sureWrong: string[];
}

/** What the extension reads and answers for one row: the adapter's text and hints, then the matcher. */
function answer(row: CorpusRow) {
  if (!index) throw new Error('the catalogue did not load');
  if (row.page !== DISNEY_PAGE) return matchTitle(index, row.text, { kind: row.kindHint ?? null, year: row.yearHint ?? null });
  const found = disneyFind(row.text);
  return found ? matchTitle(index, found.text, { kind: found.kind ?? null, year: found.year ?? null }) : null;
}

describe('coverage and precision on the real pages', () => {
  const tallies = new Map<string, Tally>();
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.page}\n${row.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const expected = films[row.page]?.[row.title];
    const tally = tallies.get(row.page) ?? { titles: 0, held: 0, sureRight: 0, askedRight: 0, askedWrong: 0, sureWrong: [] };
    tallies.set(row.page, tally);
    if (expected === undefined) throw new Error(`graded.json has no entry for ${key}`);
    const match = answer(row);
    tally.titles++;
    if (expected.length > 0) tally.held++;
    const right = match !== null && expected.includes(match.id);
    if (match?.sure === false) right ? tally.askedRight++ : tally.askedWrong++;
    else if (match) right ? tally.sureRight++ : tally.sureWrong.push(`${row.title} → ${match.id}`);
  }

  afterAll(() => {
    const lines = ['| Page | Titles | Films the data holds | Sure, right | Asked, right | Asked, another film | Sure, wrong |', '|---|---|---|---|---|---|---|'];
    for (const [page, t] of tallies) lines.push(`| ${shortPage(page)} | ${t.titles} | ${t.held} | ${t.sureRight} | ${t.askedRight} | ${t.askedWrong} | ${t.sureWrong.length} |`);
    console.log(lines.join('\n'));
  });

  it('never shows a film as sure that the page does not show', () => {
    expect([...tallies.values()].flatMap((tally) => tally.sureWrong)).toEqual([]);
  });

  it('gives at least 85 % of the films the data holds their card, sure or as a question', () => {
    const all = [...tallies.values()];
    const held = all.reduce((sum, tally) => sum + tally.held, 0);
    const right = all.reduce((sum, tally) => sum + tally.sureRight + tally.askedRight, 0);
    expect(right / held).toBeGreaterThanOrEqual(0.85);
  });
});

/**
 * `npm run -s lookup -- "<title>" ["<title>" …]`: for curators and testers. Cleans and matches each
 * title against the catalogue built from data/ and prints one JSON object per title, one per line:
 * {"input","title","year","kind","match","sure"} with match {"id","title","year"} or null, and sure: whether
 * the match is shown as a fact (true) or only as a question (false; lib/title/evidence.ts), null without one.
 */
import { pathToFileURL } from 'node:url';
import { lookupTitle, type TitleIndex } from '../lib/title/match';
import { loadTitleIndex } from './catalogue-index';


/** One output line for one title (JSON, fixed key order). */
export function lookupLine(index: TitleIndex, input: string): string {
  const { cleaned, match } = lookupTitle(index, input);
  return JSON.stringify({
    input,
    title: cleaned.title,
    year: cleaned.year,
    kind: cleaned.kind,
    match: match ? { id: match.id, title: match.title, year: match.year } : null,
    sure: match ? match.sure !== false : null,
  });
}

function main(titles: string[]): number {
  if (titles.length === 0) {
    console.error('Aufruf: npm run -s lookup -- "<Titel>" ["<Titel>" …]');
    return 2;
  }
  const index = loadTitleIndex();
  if (!index) return 1;
  for (const title of titles) console.log(lookupLine(index, title));
  return 0;
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) process.exitCode = main(process.argv.slice(2));

/**
 * `npm run import-films`: turns the Wikipedia dataset (../shared/datasets/wikipedia-movie-data/
 * films.jsonl) into data/base/films.jsonl, the base films the catalogue build merges with the
 * curated ones. Validates every row, repairs what is clearly wrong, merges duplicates, and prints
 * what it repaired and dropped with counts. Same input → byte-identical output.
 *
 * Only curators run it (when the dataset changes); `npm run build` reads the committed file.
 * Options: --in <films.jsonl>, --out <file> (defaults below), --quiet (no per-reason lines).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { CatalogueError } from '../lib/catalogue/errors';
import { ImportReport, formatBaseFile, importRows, parseRow } from '../lib/catalogue/wikipedia-import';

export const DEFAULT_DATASET = '../shared/datasets/wikipedia-movie-data/films.jsonl';
export const DEFAULT_BASE_FILE = 'data/base/films.jsonl';

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: DEFAULT_DATASET },
    out: { type: 'string', default: DEFAULT_BASE_FILE },
    quiet: { type: 'boolean', default: false },
  },
});
const inFile = values.in ?? DEFAULT_DATASET;
const outFile = values.out ?? DEFAULT_BASE_FILE;

try {
  const lines = readFileSync(inFile, 'utf8').split('\n');
  const rows = lines.flatMap((line, index) => (line.trim() === '' ? [] : [parseRow(inFile, index + 1, line)]));
  const report = new ImportReport();
  const films = importRows(rows, report, inFile);
  mkdirSync(dirname(outFile), { recursive: true });
  const partial = `${outFile}.partial`;
  writeFileSync(partial, formatBaseFile(films));
  renameSync(partial, outFile);
  if (!values.quiet) for (const line of report.lines()) console.log(line);
  console.log(`import-films: ${rows.length} rows → ${films.length} films → ${outFile}`);
} catch (error) {
  if (!(error instanceof CatalogueError)) throw error;
  console.error(`import-films: ${error.message}`);
  process.exit(1);
}

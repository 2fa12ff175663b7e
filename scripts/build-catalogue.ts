/**
 * `npm run catalogue`: validates the curated sources and the Wikipedia base films in data/, and writes the compact catalogue the
 * extension bundles to .generated/catalogue.json (lib/catalogue/bundle.ts: base films as in data/base/films.jsonl). `npm run build` and `npm test` run it first, so a
 * malformed source file stops both with one line naming file, field and reason (exit code 1).
 *
 * Options (for tests and curators): --data <folder> (default data), --out <file>
 * (default .generated/catalogue.json).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { CatalogueError, bundleCatalogue, loadCatalogue } from '../lib/catalogue/build';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: '.generated/catalogue.json' },
  },
});
const dataDir = values.data ?? 'data';
const outFile = values.out ?? '.generated/catalogue.json';

try {
  const catalogue = loadCatalogue(dataDir);
  mkdirSync(dirname(outFile), { recursive: true });
  // Write beside and rename, so a reader never sees half a file.
  const partial = `${outFile}.partial`;
  writeFileSync(partial, JSON.stringify(bundleCatalogue(catalogue)));
  renameSync(partial, outFile);
  const curated = catalogue.films.filter((film) => film.source === 'curated').length;
  console.log(
    `catalogue: ${catalogue.films.length} films (${curated} curated, ${catalogue.films.length - curated} from Wikipedia), ` +
      `${catalogue.reviews.length} reviews, dataVersion ${catalogue.dataVersion} → ${outFile}`,
  );
} catch (error) {
  if (!(error instanceof CatalogueError)) throw error;
  console.error(`catalogue: ${error.message}`);
  process.exit(1);
}

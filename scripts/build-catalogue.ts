/**
 * `npm run catalogue`: validates the curated sources and the Wikipedia base films in data/, and writes the compact catalogue the
 * extension bundles to .generated/catalogue.json and the base film files beside it (lib/catalogue/bundle.ts). `npm run build` and `npm test` run it first, so a
 * malformed source file stops both with one line naming file, field and reason (exit code 1).
 *
 * Options (for tests and curators): --data <folder> (default data), --out <file>
 * (default .generated/catalogue.json).
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CatalogueError, bundleCatalogue, loadCatalogue } from '../lib/catalogue/build';
import { baseFilmsScript } from '../lib/catalogue/bundle';

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
  const { catalogue: bundled, baseFilms } = bundleCatalogue(catalogue);
  // Leftovers of an earlier build with more base film files.
  for (const name of readdirSync(dirname(outFile))) {
    if (/^base-films-\d+\.(?:js|json)$/.test(name) && !bundled.baseFilmFiles.includes(name)) rmSync(join(dirname(outFile), name));
  }
  // Write beside and rename, so a reader never sees half a file; the base films first, so that a
  // catalogue file never names a data version its base films do not have.
  const files: Array<[string, string]> = bundled.baseFilmFiles.map((name, index) => [join(dirname(outFile), name), baseFilmsScript(index, baseFilms[index] ?? [])]);
  for (const [file, content] of [...files, [outFile, JSON.stringify(bundled)] as [string, string]]) {
    const partial = `${file}.partial`;
    writeFileSync(partial, content);
    renameSync(partial, file);
  }
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

/**
 * `npm run catalogue` (scripts/build-catalogue.ts) as the build runs it: it writes what
 * loadCatalogue returns, and a malformed source stops it with exit code 1, the message on stderr,
 * and no output file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/build';
import { baseFilmsScript, bundleCatalogue } from '../../../lib/catalogue/bundle';

/** The files the build must write, to the byte: the bundled form of loadCatalogue('data'), one line each. */
function expectWritten(catalogueFile: string): void {
  const { catalogue, baseFilms } = bundleCatalogue(loadCatalogue('data'));
  // Compared as text: a deep comparison of 36,000 films takes seconds; the round trip
  // expandCatalogue(bundleCatalogue(c)) = c is tested in base-films.test.ts.
  expect(readFileSync(catalogueFile, 'utf8') === JSON.stringify(catalogue), `${catalogueFile} differs from the bundled loadCatalogue()`).toBe(true);
  for (const [index, name] of catalogue.baseFilmFiles.entries()) {
    const file = join(dirname(catalogueFile), name);
    expect(readFileSync(file, 'utf8') === baseFilmsScript(index, baseFilms[index] ?? []), `${file} differs from the bundled loadCatalogue()`).toBe(true);
    expect(statSync(file).size, `${file}: Firefox's linter parses no file over 5 MB`).toBeLessThanOrEqual(4_000_000);
  }
}
import { MALFORMED_CASES, brokenDataDir, expectedMessageStart } from './malformed-sources';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function runBuild(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/build-catalogue.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('scripts/build-catalogue.ts', () => {
  it('writes compact JSON equal to loadCatalogue() and prints one summary line', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'filmlupe-out-'));
    dirs.push(outDir);
    const outFile = join(outDir, 'nested', 'catalogue.json');
    const result = runBuild('--out', outFile);
    expect(result.status, result.stderr).toBe(0);
    expectWritten(outFile);
    const expected = loadCatalogue('data');
    expect(readFileSync(outFile, 'utf8')).not.toContain('\n');
    const base = expected.films.filter((film) => film.source === 'wikipedia').length;
    expect(expected.films).toHaveLength(8 + base);
    expect(result.stdout.trim()).toBe(
      `catalogue: ${8 + base} films (8 curated, ${base} from Wikipedia), 4 reviews, dataVersion ${expected.dataVersion} → ${outFile}`,
    );
  });

  it('writes .generated/catalogue.json by default', () => {
    const result = runBuild();
    expect(result.status, result.stderr).toBe(0);
    expectWritten('.generated/catalogue.json');
  });

  const scriptCases = MALFORMED_CASES.filter((testCase) =>
    ['missing field', 'wrong type', 'unknown key', 'bad id', 'unknown filmId', 'verdict sentence not in text', 'broken YAML'].includes(testCase.name),
  );

  it('covers the seven kinds of malformed source the build must stop on', () => {
    expect(scriptCases).toHaveLength(7);
  });

  it.each(scriptCases)('exits 1 on $name, naming file, field and reason, without writing output', (testCase) => {
    const dir = brokenDataDir(testCase);
    dirs.push(dir);
    const outFile = join(dir, 'out', 'catalogue.json');
    const result = runBuild('--data', dir, '--out', outFile);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const [firstLine = ''] = result.stderr.split('\n').filter((line) => line.startsWith('catalogue: '));
    expect(firstLine.startsWith(`catalogue: ${expectedMessageStart(dir, testCase)}`), result.stderr).toBe(true);
    expect(firstLine).toContain(testCase.reason);
    expect(existsSync(outFile)).toBe(false);
  });
});

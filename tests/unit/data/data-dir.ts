/**
 * Helpers of the data tests: a copy of data/ with one edit (temporary folders, removed after the
 * file's tests), and a film of a built catalogue by id.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Catalogue, Film } from '../../../lib/catalogue/types';

/** Temporary copies of data/ made by the calling test file; removes them after its tests. */
export function editedDataDirs(prefix: string): (file: string, before: string, after: string) => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (file, before, after) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    cpSync('data', dir, { recursive: true });
    const path = join(dir, file);
    const content = readFileSync(path, 'utf8');
    if (!content.includes(before)) throw new Error(`test set-up: ${JSON.stringify(before)} not found in ${file}`);
    writeFileSync(path, content.replace(before, after));
    return dir;
  };
}

/** The film with this id; a missing one fails the test with its id. */
export function filmOf(catalogue: Catalogue, id: string): Film {
  const found = catalogue.films.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`film ${id} missing from the catalogue`);
  return found;
}

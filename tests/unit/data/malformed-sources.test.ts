import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogueError, loadCatalogue } from '../../../lib/catalogue/build';
import { MALFORMED_CASES, brokenDataDir, expectedMessageStart } from './malformed-sources';

describe('a malformed source stops loadCatalogue with file, field and reason', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('loads the unbroken copy (so every failure below comes from its one edit)', () => {
    const dir = brokenDataDir({ name: 'none', file: 'README-copy.md', create: true, edit: () => '', field: null, reason: '' });
    dirs.push(dir);
    expect(loadCatalogue(dir)).toEqual(loadCatalogue('data'));
  });

  it.each(MALFORMED_CASES)('$name', (testCase) => {
    const dir = brokenDataDir(testCase);
    dirs.push(dir);
    let thrown: unknown;
    try {
      loadCatalogue(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CatalogueError);
    const message = (thrown as CatalogueError).message;
    expect(message.startsWith(expectedMessageStart(dir, testCase)), message).toBe(true);
    expect(message).toContain(testCase.reason);
  });
});

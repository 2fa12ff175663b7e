/**
 * dataVersion names the data a build ships (the update test stands a new one in for new data): it must
 * change with anything the extension shows, and only then (a curator's comment or text-edit note is not shipped).
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/build';
import { editedDataDirs } from './data-dir';

const editedDataDir = editedDataDirs('filmlupe-version-');

function versionAfter(file: string, before: string, after: string): string {
  return loadCatalogue(editedDataDir(file, before, after)).dataVersion;
}

describe('dataVersion', () => {
  const current = loadCatalogue('data').dataVersion;

  it('is 12 hex digits and the same on every build', () => {
    expect(current).toMatch(/^[0-9a-f]{12}$/);
    expect(loadCatalogue('data').dataVersion).toBe(current);
  });

  it.each([
    ['a review text', 'reviews/drive-2011-kritik-1.md', 'Der Driver (Ryan Gosling) ist', 'Der Driver (Ryan Gosling) war'],
    ['a verdict', 'reviews/drive-2011-kritik-1.md', 'verdict: positiv', 'verdict: gemischt'],
    ['a film fact', 'films/pusher-1996.yaml', '  - Drama', '  - Thriller'],
  ])('changes when %s changes', (_what, file, before, after) => {
    expect(versionAfter(file, before, after)).not.toBe(current);
  });

  it.each([
    ['a comment', 'films/drive-2011.yaml', '# Cast and roles', '# The cast and roles'],
    ['a text-edit note', 'reviews/the-driver-1978-kritik.md', '(stray space)', '(a stray space)'],
  ])('stays when only %s changes (not shipped)', (_what, file, before, after) => {
    expect(versionAfter(file, before, after)).toBe(current);
  });
});

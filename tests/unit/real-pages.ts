/**
 * Reads the real saved pages in ../shared/real-pages (beside the project, never copied into it).
 * On a machine without that folder the tests that need them are skipped with a visible message,
 * so they are never counted as passing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

/** ../shared/real-pages relative to the project root. */
export const realPagesDir = path.resolve(here, '../../../shared/real-pages');

/** The text of a saved page (path relative to real-pages), or null when it is not there. */
export function realPage(relativePath: string): string | null {
  const file = path.join(realPagesDir, relativePath);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * `describe` for tests that need real pages: when any of them is missing, the block is registered
 * as skipped and a warning names what was skipped.
 */
export function describeRealPage(name: string, relativePaths: string[], body: () => void): void {
  const missing = relativePaths.filter((relativePath) => !existsSync(path.join(realPagesDir, relativePath)));
  if (missing.length > 0) {
    console.warn(`../shared/real-pages missing: skipping "${name}" (${missing.join(', ')})`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

/**
 * Parses saved HTML into a Document. `<iframe>` and stylesheet `<link>` tags are renamed first:
 * happy-dom would try to load each one and log an error; no adapter reads them.
 */
export function parseHtml(html: string): Document {
  const inert = html.replace(/<iframe\b/gi, '<x-iframe').replace(/<link(?=[^>]*stylesheet)/gi, '<x-link');
  return new DOMParser().parseFromString(inert, 'text/html');
}

/** A hand-written fixture from tests/fixtures/sites, parsed. */
export function fixtureDocument(name: string): Document {
  return parseHtml(readFileSync(path.resolve(here, '../fixtures/sites', name), 'utf8'));
}

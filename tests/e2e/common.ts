/**
 * Plain Node helpers shared by the Chromium harness (fixtures.ts, Playwright) and the Firefox harness
 * (tests/firefox/harness.ts, puppeteer-core): where the fixture pages and the built catalogue are, and
 * which requests count as leaving the machine. No test runner is imported here.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBuiltCatalogue } from '../../lib/catalogue/build';
import type { Catalogue } from '../../lib/catalogue/types';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PAGES = join(ROOT, 'tests/fixtures/pages');

/** The catalogue the extension was built with, for expectations that follow the curated data. */
export function readCatalogue(): Catalogue {
  const file = join(ROOT, '.generated/catalogue.json');
  if (!existsSync(file)) throw new Error(`${file} fehlt: erst "npm run -s catalogue" ausführen.`);
  return readBuiltCatalogue(file);
}

/** http(s) and ws(s): everything that could leave the machine. */
export function isWebRequest(url: URL): boolean {
  return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
}

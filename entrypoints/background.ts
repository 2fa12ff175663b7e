/**
 * Wiring only: the bundled catalogue and the real matcher go to the background service (lib/background).
 * The curated part is in this script; the Wikipedia base films are scripts of the package
 * (base-films-<n>.js, at most 3 MB each, lib/catalogue/bundle.ts) that put their films into
 * `globalThis.filmlupeBaseFilms`: Firefox's background page loads them before this script (the
 * manifest lists them, wxt.config.ts), Chrome's worker imports them at its start. The service expands
 * them and builds its matcher index right at the start (lib/background/index.ts).
 */
import catalogue from '../.generated/catalogue.json';
import { startBackground } from '../lib/background/index';
import * as matcher from '../lib/title/match';
import { expandCatalogue, type BundledCatalogue } from '../lib/catalogue/bundle';
import type { BaseFilm } from '../lib/catalogue/schema';

const bundled = catalogue as BundledCatalogue;
const scope = globalThis as { filmlupeBaseFilms?: BaseFilm[][]; importScripts?: (...urls: string[]) => void };

async function fullCatalogue() {
  const baseFilms = scope.filmlupeBaseFilms ?? [];
  if (baseFilms.length !== bundled.baseFilmFiles.length || baseFilms.some((part) => !Array.isArray(part))) {
    throw new Error(`base films not loaded: ${bundled.baseFilmFiles.join(', ')}`);
  }
  return expandCatalogue({ catalogue: bundled, baseFilms });
}

export default defineBackground(() => {
  // A worker may import scripts only while it first runs; a page has no importScripts.
  if (typeof scope.importScripts === 'function' && !scope.filmlupeBaseFilms) {
    scope.importScripts(...bundled.baseFilmFiles.map((name) => `/${name}`));
  }
  startBackground(fullCatalogue, matcher);
});

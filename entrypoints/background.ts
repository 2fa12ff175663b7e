/**
 * Wiring only: the bundled catalogue and the real matcher go to the background service (lib/background).
 * The curated part is in this script; the Wikipedia base films are scripts of the package
 * (base-films-<n>.js, at most 3 MB each, lib/catalogue/bundle.ts) that put their films into
 * `globalThis.filmlupeBaseFilms`: Firefox's background page loads them before this script (the
 * manifest lists them, wxt.config.ts), Chrome's worker imports them at its start. The service builds
 * its matcher index from the films' titles right at the start (lib/background/index.ts); the films'
 * details are parsed and expanded when a card or the search first needs them.
 */
import catalogue from '../.generated/catalogue.json';
import { startBackground } from '../lib/background/index';
import * as matcher from '../lib/title/match';
import { baseFilmsOf, expandCatalogue, type BundledCatalogue } from '../lib/catalogue/bundle';
import { loadedBaseFilmParts, matchableBundledFilms, type BaseFilmsScope } from '../lib/catalogue/loaded';

const bundled = catalogue as BundledCatalogue;
const scope = globalThis as BaseFilmsScope & { importScripts?: (...urls: string[]) => void };

async function fullCatalogue() {
  return expandCatalogue({ catalogue: bundled, baseFilms: loadedBaseFilmParts(bundled, scope).map(baseFilmsOf) });
}

async function titles() {
  return matchableBundledFilms(bundled, scope);
}

export default defineBackground(() => {
  // A worker may import scripts only while it first runs; a page has no importScripts.
  if (typeof scope.importScripts === 'function' && !scope.filmlupeBaseFilms) {
    scope.importScripts(...bundled.baseFilmFiles.map((name) => `/${name}`));
  }
  startBackground(fullCatalogue, matcher, titles);
});

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
import { baseFilmsOf, expandCatalogue, matchableBaseFilms, type BaseFilmsPart, type BundledCatalogue } from '../lib/catalogue/bundle';

const bundled = catalogue as BundledCatalogue;
const scope = globalThis as { filmlupeBaseFilms?: BaseFilmsPart[]; importScripts?: (...urls: string[]) => void };

function baseFilmParts(): BaseFilmsPart[] {
  const parts = scope.filmlupeBaseFilms ?? [];
  if (parts.length !== bundled.baseFilmFiles.length || parts.some((part) => !Array.isArray(part?.ids))) {
    throw new Error(`base films not loaded: ${bundled.baseFilmFiles.join(', ')}`);
  }
  return parts;
}

async function fullCatalogue() {
  return expandCatalogue({ catalogue: bundled, baseFilms: baseFilmParts().map(baseFilmsOf) });
}

/** In the catalogue's order (curated films first), as `toMatchable` gives them for the expanded catalogue. */
async function titles() {
  return [...bundled.films.map(matcher.toMatchable), ...baseFilmParts().flatMap(matchableBaseFilms)];
}

export default defineBackground(() => {
  // A worker may import scripts only while it first runs; a page has no importScripts.
  if (typeof scope.importScripts === 'function' && !scope.filmlupeBaseFilms) {
    scope.importScripts(...bundled.baseFilmFiles.map((name) => `/${name}`));
  }
  startBackground(fullCatalogue, matcher, titles);
});

/**
 * Wiring only: the bundled catalogue and the real matcher go to the background service (lib/background).
 * The curated part is part of this script; the Wikipedia base films are files of the package
 * (base-films-<n>.json, lib/catalogue/bundle.ts), fetched when the service first needs the films.
 */
import catalogue from '../.generated/catalogue.json';
import { startBackground } from '../lib/background/index';
import * as matcher from '../lib/title/match';
import { expandCatalogue, type BundledCatalogue } from '../lib/catalogue/bundle';
import type { BaseFilm } from '../lib/catalogue/schema';

const bundled = catalogue as BundledCatalogue;

async function baseFilmsOf(name: string): Promise<BaseFilm[]> {
  // Not in public/ (the build adds them, wxt.config.ts), so WXT's list of public paths does not know them.
  const response = await fetch((browser.runtime.getURL as (path: string) => string)(`/${name}`));
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return (await response.json()) as BaseFilm[];
}

async function fullCatalogue() {
  return expandCatalogue({ catalogue: bundled, baseFilms: await Promise.all(bundled.baseFilmFiles.map(baseFilmsOf)) });
}

export default defineBackground(() => {
  startBackground(fullCatalogue, matcher);
});

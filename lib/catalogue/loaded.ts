/**
 * The bundled catalogue once its base film scripts have run (lib/catalogue/bundle.ts): the background
 * worker imports them with importScripts, the settings page adds them as <script> elements before an
 * import. Both check the parts the same way and give the matcher the same films, in the same order,
 * so a title matches the same film on a page as in an imported export.
 * No Node imports: this runs in the extension.
 */
import { toMatchable } from '../title/match';
import type { MatchableFilm } from '../title/types';
import { matchableBaseFilms, type BaseFilmsPart, type BundledCatalogue } from './bundle';

/** Where the base film scripts put their parts (`globalThis` in the worker and in a page). */
export interface BaseFilmsScope {
  filmlupeBaseFilms?: BaseFilmsPart[];
}

/** The base film scripts whose part is not in `scope` yet (the settings page loads those). */
export function missingBaseFilmFiles(bundled: BundledCatalogue, scope: BaseFilmsScope): string[] {
  return bundled.baseFilmFiles.filter((_, i) => !Array.isArray(scope.filmlupeBaseFilms?.[i]?.ids));
}

/** The parts the scripts left, one per name in `bundled.baseFilmFiles`; throws if any is missing. */
export function loadedBaseFilmParts(bundled: BundledCatalogue, scope: BaseFilmsScope): BaseFilmsPart[] {
  const parts = scope.filmlupeBaseFilms ?? [];
  if (parts.length !== bundled.baseFilmFiles.length || missingBaseFilmFiles(bundled, scope).length > 0) {
    throw new Error(`base films not loaded: ${bundled.baseFilmFiles.join(', ')}`);
  }
  return parts;
}

/** In the catalogue's order (curated films first), as `toMatchable` gives them for the expanded catalogue. */
export function matchableBundledFilms(bundled: BundledCatalogue, scope: BaseFilmsScope): MatchableFilm[] {
  return [...bundled.films.map(toMatchable), ...loadedBaseFilmParts(bundled, scope).flatMap(matchableBaseFilms)];
}

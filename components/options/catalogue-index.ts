/**
 * The matcher index of the bundled catalogue, built in the settings page when the user first imports
 * (not at page load: the base films are ~7 MB of scripts and the index takes ~0.5 s). The page is an
 * extension page: it loads the same base film scripts the worker imports, as <script> elements, and
 * builds the index from the same films (lib/catalogue/loaded.ts), so an export's titles match as the
 * pages' titles do.
 */
import type { BundledCatalogue } from '../../lib/catalogue/bundle';
import { matchableBundledFilms, missingBaseFilmFiles, type BaseFilmsScope } from '../../lib/catalogue/loaded';
import { buildTitleIndex, type TitleIndex } from '../../lib/title/match';

let building: Promise<TitleIndex> | null = null;

/** The index, built once per page; a failed build is tried again on the next import. */
export function catalogueIndex(): Promise<TitleIndex> {
  building ??= buildIndex().catch((error: unknown) => {
    building = null;
    throw error;
  });
  return building;
}

async function buildIndex(): Promise<TitleIndex> {
  // Its own chunk: the page does not load the curated films until an import needs them.
  const bundled = (await import('../../.generated/catalogue.json')).default as BundledCatalogue;
  const scope = globalThis as BaseFilmsScope;
  await Promise.all(missingBaseFilmFiles(bundled, scope).map(loadScript));
  return buildTitleIndex(matchableBundledFilms(bundled, scope));
}

function loadScript(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `/${name}`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${name} not loaded`));
    document.head.append(script);
  });
}

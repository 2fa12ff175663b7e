/**
 * The matcher index over the curated catalogue in data/, for the command-line tools (lookup, scan).
 * They read data/ directly instead of .generated/, so they always answer for the files as they are.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '../lib/catalogue/build';
import { buildTitleIndex, toMatchable, type TitleIndex } from '../lib/title/match';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

/** The index, or null after printing why the catalogue could not be read. */
export function loadTitleIndex(): TitleIndex | null {
  try {
    return buildTitleIndex(loadCatalogue(DATA_DIR).films.map(toMatchable));
  } catch (error) {
    console.error(`Katalog nicht lesbar: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

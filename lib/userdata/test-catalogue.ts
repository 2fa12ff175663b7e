/**
 * TEST-ONLY: the films of the import fixtures as the real catalogue holds them (same ids, titles and
 * years as data/films and data/base/films.jsonl), so the unit tests match without building 36,000
 * films. import.test.ts also runs the ZIP against the real catalogue, which keeps this list honest.
 */
import type { PickedFile } from './files';
import { buildTitleIndex } from '../title/match';
import { curated, film } from '../title/test-films';
import type { MatchableFilm } from '../title/types';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const IMPORT_TEST_FILMS: MatchableFilm[] = [
  curated('drive-2011', 2011, 'Drive'),
  curated('the-driver-1978', 1978, 'Driver', 'The Driver'),
  curated('taxi-driver-1976', 1976, 'Taxi Driver'),
  curated('valhalla-rising-2009', 2009, 'Walhalla Rising', 'Valhalla Rising'),
  film('heat-1972', 1972, 'Heat'),
  film('heat-1986', 1986, 'Heat'),
  film('heat-1995', 1995, 'Heat'),
  film('collateral-2004', 2004, 'Collateral'),
  film('alien-1979', 1979, 'Alien'),
  film('arrival-2016', 2016, 'Arrival'),
  film('pulp-fiction-1994', 1994, 'Pulp Fiction'),
  film('the-godfather-1972', 1972, 'The Godfather'),
  film('parasite-1982', 1982, 'Parasite'),
  film('fargo-1952', 1952, 'Fargo'),
  film('fargo-1996', 1996, 'Fargo'),
  film('thief-1981', 1981, 'Thief'),
  film('footloose-2011', 2011, 'Footloose'),
  film('ghostbusters-1984', 1984, 'Ghostbusters'),
  film('seven-1979', 1979, 'Seven'),
  film('seven-1995', 1995, 'Seven'),
];

export const importTestIndex = () => buildTitleIndex(IMPORT_TEST_FILMS);

export const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'imports');

/** A fixture file as the settings page hands it over (a `File`): name, size, bytes. */
export function fixture(path: string, name = basename(path)): PickedFile {
  const bytes = readFileSync(join(FIXTURES, path));
  return pickedFile(name, bytes);
}

export function pickedFile(name: string, content: string | Uint8Array): PickedFile {
  // A copy: a Node Buffer's `.buffer` is a shared pool, not the file's bytes.
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

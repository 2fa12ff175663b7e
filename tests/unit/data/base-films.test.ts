/**
 * The Wikipedia base films in the catalogue: the committed data/base/films.jsonl is what the importer
 * makes of the dataset, and the build merges it with the curated films (the curated id and values win).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/build';
import { bundleCatalogue, expandCatalogue } from '../../../lib/catalogue/bundle';
import { editedDataDirs, filmOf } from './data-dir';

const here = path.dirname(fileURLToPath(import.meta.url));
/** ../shared/datasets relative to the project root, beside the project and never copied into it. */
const DATASET = path.resolve(here, '../../../../shared/datasets/wikipedia-movie-data/films.jsonl');

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const catalogue = loadCatalogue('data');
const film = (id: string) => filmOf(catalogue, id);
const editedDataDir = editedDataDirs('filmlupe-base-');

describe('the base films in the catalogue', () => {
  it('holds every base film once, after the eight curated ones, with unique ids', () => {
    const lines = readFileSync('data/base/films.jsonl', 'utf8').trim().split('\n');
    const linked = catalogue.films.filter((entry) => entry.source === 'curated' && entry.wikipedia).length;
    expect(catalogue.films.filter((entry) => entry.source === 'wikipedia')).toHaveLength(lines.length - linked);
    expect(new Set(catalogue.films.map((entry) => entry.id)).size).toBe(catalogue.films.length);
    const keys = catalogue.films.flatMap((entry) => (entry.wikipedia ? [entry.wikipedia] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shows a base film with its English title as both titles and no directors', () => {
    expect(film('drive-1997')).toEqual({
      id: 'drive-1997',
      germanTitle: 'Drive',
      originalTitle: 'Drive',
      aliases: [],
      year: 1997,
      directors: [],
      cast: [{ name: 'Mark Dacascos' }, { name: 'Tracey Walter' }, { name: 'Brittany Murphy' }],
      genres: ['Action'],
      mentions: [],
      source: 'wikipedia',
      wikipedia: 'Drive_(1997_film)',
    });
  });

  it.each([
    ['drive-2011', 'Drive_(2011_film)'],
    ['the-driver-1978', 'The_Driver'],
    ['taxi-driver-1976', 'Taxi_Driver'],
    ['never-let-me-go-2010', 'Never_Let_Me_Go_(2010_film)'],
    ['valhalla-rising-2009', 'Valhalla_Rising_(film)'],
  ])('merges the curated %s with its base entry %s, keeping the curated id and values', (id, key) => {
    expect(film(id)).toMatchObject({ source: 'curated', wikipedia: key });
    expect(catalogue.films.filter((entry) => entry.wikipedia === key)).toHaveLength(1);
    expect(film(id).directors.length).toBeGreaterThan(0);
  });

  it('fills an empty curated cast from the base entry, and keeps the curated year', () => {
    expect(film('valhalla-rising-2009')).toMatchObject({ year: 2009, cast: [{ name: 'Mads Mikkelsen' }], genres: ['Abenteuer', 'Drama'] });
  });

  it('bundles the base films in their compact form, and the background expands them to the same catalogue', () => {
    const bundled = bundleCatalogue(catalogue);
    expect(bundled.catalogue.films.map((entry) => entry.id)).toEqual(catalogue.films.slice(0, 8).map((entry) => entry.id));
    expect(bundled.baseFilms.flat().find((entry) => entry.id === 'drive-1997')).toEqual({
      id: 'drive-1997',
      title: 'Drive',
      year: 1997,
      cast: ['Mark Dacascos', 'Tracey Walter', 'Brittany Murphy'],
      genres: ['Action'],
      wikipedia: 'Drive_(1997_film)',
    });
    expect(expandCatalogue(JSON.parse(JSON.stringify(bundled)))).toEqual(catalogue);
  });

  it('keeps the Pusher films curated only: the dataset has the British remake of 2012, not them', () => {
    expect(film('pusher-1996').wikipedia).toBeUndefined();
    expect(film('pusher-2012')).toMatchObject({ source: 'wikipedia', wikipedia: 'Pusher_(2012_film)' });
  });
});

describe('cross-checks between curated and base films', () => {
  function buildWith(file: string, before: string, after: string): () => unknown {
    const dir = editedDataDir(file, before, after);
    return () => loadCatalogue(dir);
  }

  it.each([
    ['an unknown article key', 'wikipedia: Drive_(2011_film)', 'wikipedia: Drive_(2012_film)', 'field "wikipedia": no film with the article key "Drive_(2012_film)"'],
    ['the key of a film of another year', 'wikipedia: Drive_(2011_film)', 'wikipedia: Drive_(1997_film)', '"Drive_(1997_film)" is "Drive" of 1997, not a film of 2011'],
    ['a curated film that does not name its base entry', 'wikipedia: Drive_(2011_film)\n', '', 'field "id": data/base/films.jsonl has a film with this id ("Drive", 2011): add "wikipedia: Drive_(2011_film)"'],
  ])('stops on %s', (_name, before, after, message) => {
    expect(buildWith('films/drive-2011.yaml', before, after)).toThrow(message);
  });

  it('stops on two curated films naming one base entry', () => {
    expect(buildWith('films/the-driver-1978.yaml', 'wikipedia: The_Driver', 'wikipedia: Taxi_Driver')).toThrow(
      '"Taxi_Driver" is already the base entry of taxi-driver-1976',
    );
  });

  it('stops on a malformed line of the base file, naming line and field', () => {
    expect(buildWith('base/films.jsonl', '"id":"drive-1997","title":"Drive","year":1997', '"id":"drive-1997","title":"Drive","year":"1997"')).toThrow(
      /films\.jsonl:\d+: field "year": expected a year as a number, got "1997"/,
    );
  });
});

const datasetMissing = !existsSync(DATASET);
if (datasetMissing) console.warn(`../shared/datasets missing: skipping "npm run import-films reproduces data/base/films.jsonl" (${DATASET})`);

describe.skipIf(datasetMissing)('npm run import-films reproduces data/base/films.jsonl', () => {
  it('writes the committed file byte for byte from the dataset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'filmlupe-import-'));
    dirs.push(dir);
    const outFile = join(dir, 'films.jsonl');
    const result = spawnSync('npx', ['tsx', 'scripts/import-base-films.ts', '--in', DATASET, '--out', outFile], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(outFile, 'utf8') === readFileSync('data/base/films.jsonl', 'utf8')).toBe(true);
    expect(result.stdout).toMatch(/import-films: 36273 rows → \d+ films/);
  }, 120_000);
});

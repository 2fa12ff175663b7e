import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../catalogue/build';
import { buildTitleIndex, toMatchable } from '../title/match';
import { ImportError } from './errors';
import { prepareImport } from './import';
import type { PickedFile } from './files';
import { fixture, importTestIndex, pickedFile } from './test-catalogue';

const index = importTestIndex();
const ZIP = 'letterboxd-testperson-2024-07-01-12-00-utc.zip';
const LETTERBOXD_CSVS = ['ratings.csv', 'watched.csv', 'watchlist.csv', 'diary.csv', 'reviews.csv'].map((name) => fixture(`letterboxd/${name}`));

async function importError(files: PickedFile[]): Promise<string[]> {
  try {
    await prepareImport(files, index);
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error('no ImportError');
}

describe('prepareImport: a Letterboxd export', () => {
  it('reads the ZIP as downloaded: every film with its rating, viewings, review and watchlist date', async () => {
    const plan = await prepareImport([fixture(ZIP)], index);
    const byId = new Map(plan.entries.map((entry) => [entry.filmId, entry]));
    expect([...byId.keys()].sort()).toEqual(['alien-1979', 'arrival-2016', 'collateral-2004', 'drive-2011', 'fargo-1996', 'heat-1995', 'pulp-fiction-1994', 'the-driver-1978', 'thief-1981']);
    expect(byId.get('drive-2011')).toEqual({
      filmId: 'drive-2011',
      title: 'Drive',
      year: 2011,
      // The diary's rewatch of 2024-06-02 is the newest word on the rating.
      rating: { value: 4.5, scale: 5, date: '2024-06-02', source: 'letterboxd' },
      seen: true,
      seenDates: ['2024-01-04', '2024-06-01'],
      reviews: [{ text: 'Ein Fahrer, der kaum spricht.\n\nZweiter Absatz: "Zahnstocher" und Neon.', date: '2024-01-04', spoiler: false, source: 'letterboxd' }],
      tags: ['kino', 'nachts'],
      sources: ['letterboxd'],
      letterboxdUri: 'https://boxd.it/fx01',
    });
    expect(byId.get('heat-1995')?.reviews[0]?.text).toBe('@Kinoabend: die Schießerei in der Innenstadt!');
    expect(byId.get('thief-1981')).toMatchObject({ watchlistSince: '2024-05-01', seen: false, rating: null });
    expect(byId.get('arrival-2016')).toMatchObject({ seen: true, seenDates: ['2024-04-20'], rating: null });
  });

  it('passes over the ZIP’s deleted entries, likes and profile', async () => {
    const plan = await prepareImport([fixture(ZIP)], index);
    expect(plan.entries.map((entry) => entry.filmId)).not.toContain('footloose-2011');
    expect(plan.entries.map((entry) => entry.filmId)).not.toContain('ghostbusters-1984');
    expect(plan.summary.files.map((file) => [file.name.split('/').pop(), file.format])).toEqual([
      ['diary.csv', 'letterboxd-diary'],
      ['profile.csv', null],
      ['ratings.csv', 'letterboxd-ratings'],
      ['reviews.csv', 'letterboxd-reviews'],
      ['watched.csv', 'letterboxd-watched'],
      ['watchlist.csv', 'letterboxd-watchlist'],
    ]);
  });

  it('sums up what it recognised and lists every unmatched row with its reason', async () => {
    const plan = await prepareImport([fixture(ZIP)], index);
    expect(plan.summary).toMatchObject({ rows: 23, matched: 19, skipped: 4, duplicates: 0, films: 9 });
    expect(plan.skipped.map(({ file, line, title, year, reason }) => [file.split('/').pop(), line, title, year, reason])).toEqual([
      ['ratings.csv', 6, 'Se7en', 1995, 'Nicht im Katalog'],
      ['ratings.csv', 7, 'Parasite', 2019, 'Jahr passt zu keinem Film'],
      ['ratings.csv', 8, 'Der Nebelwald von Quarnbek', 2021, 'Nicht im Katalog'],
      ['watched.csv', 8, 'Se7en', 1995, 'Nicht im Katalog'],
    ]);
  });

  it('gives the same films from the CSV files picked together as from the ZIP', async () => {
    const fromZip = await prepareImport([fixture(ZIP)], index);
    const fromCsvs = await prepareImport(LETTERBOXD_CSVS, index);
    expect(fromCsvs.entries.sort((a, b) => a.filmId.localeCompare(b.filmId))).toEqual(fromZip.entries.sort((a, b) => a.filmId.localeCompare(b.filmId)));
  });

  it('reports progress from 0 to all rows, never backwards', async () => {
    const reports: [number, number][] = [];
    await prepareImport([fixture(ZIP)], index, (done, total) => reports.push([done, total]));
    expect(reports[0]).toEqual([0, 23]);
    expect(reports.at(-1)).toEqual([23, 23]);
    expect(reports.every(([done], i) => i === 0 || done >= (reports[i - 1]?.[0] ?? 0))).toBe(true);
  });
});

describe('prepareImport: Letterboxd and IMDb together', () => {
  it('the newer rating wins, IMDb’s original title finds the film, series and shorts are listed', async () => {
    const plan = await prepareImport([fixture(ZIP), fixture('imdb-ratings.csv')], index);
    const byId = new Map(plan.entries.map((entry) => [entry.filmId, entry]));
    // Collateral: IMDb's 9 (2024-05-01) is newer than Letterboxd's 3.5 stars (2024-02-11); Heat: Letterboxd's 5 stars
    // (2024-02-10) over IMDb's 8 (2023-12-01); Drive: Letterboxd's diary (2024-06-02) over IMDb's 9 (2024-05-01).
    expect(byId.get('collateral-2004')?.rating).toEqual({ value: 9, scale: 10, date: '2024-05-01', source: 'imdb' });
    expect(byId.get('collateral-2004')?.sources).toEqual(['imdb', 'letterboxd']);
    expect(byId.get('heat-1995')?.rating).toEqual({ value: 5, scale: 5, date: '2024-02-10', source: 'letterboxd' });
    expect(byId.get('drive-2011')?.rating).toEqual({ value: 4.5, scale: 5, date: '2024-06-02', source: 'letterboxd' });
    expect(byId.get('the-godfather-1972')).toMatchObject({ title: 'The Godfather', rating: { value: 10, scale: 10 }, imdbId: 'tt9900004', seen: true });
    expect(byId.get('taxi-driver-1976')?.rating?.value).toBe(8);
    expect(plan.skipped.filter((row) => row.file === 'imdb-ratings.csv').map((row) => [row.title, row.reason])).toEqual([
      ['Breaking Bad', 'Serie, kein Film (TV Series)'],
      ['Fargo', 'Serie, kein Film (TV Series)'],
      ['Ein Abend in Quarnbek', 'Kein Spielfilm (Short)'],
    ]);
  });
});

describe('prepareImport: bad input stops the import with a German message naming the file', () => {
  it.each([
    ['bad/not-an-export.csv', 'not-an-export.csv: keine Exportdatei von Letterboxd oder IMDb (erste Zeile: „Artikel,Preis“)'],
    ['bad/ratings.csv', 'ratings.csv: Spalte „Rating“ fehlt'],
    ['bad/imdb-missing-columns.csv', 'imdb-missing-columns.csv: Spalten „Your Rating“ und „Title Type“ fehlen'],
    ['bad/unclosed-quote.csv', 'unclosed-quote.csv: Zeile 2: Anführungszeichen wird nicht geschlossen'],
    ['bad/empty.csv', 'empty.csv: Datei ist leer'],
    ['bad/broken.zip', 'broken.zip: ZIP-Datei ist beschädigt oder unvollständig'],
    ['bad/poster.png', 'poster.png: keine CSV- oder ZIP-Datei'],
  ])('%s', async (path, problem) => {
    expect(await importError([fixture(path)])).toEqual([problem]);
  });

  it('names every bad file at once, and a good file beside them does not get through', async () => {
    const problems = await importError([fixture('bad/ratings.csv'), fixture(ZIP), fixture('bad/empty.csv')]);
    expect(problems.sort()).toEqual(['empty.csv: Datei ist leer', 'ratings.csv: Spalte „Rating“ fehlt']);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    let read = false;
    const huge: PickedFile = { name: 'ratings.csv', size: 60 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    expect(await importError([huge])).toEqual(['ratings.csv: Datei ist größer als 50 MB (60 MB) und wird nicht gelesen']);
    expect(read).toBe(false);
  });

  it('takes a CSV with its header only: an empty watchlist is a real export', async () => {
    const plan = await prepareImport([pickedFile('watchlist.csv', 'Date,Name,Year,Letterboxd URI\n')], index);
    expect(plan.summary).toMatchObject({ rows: 0, matched: 0, films: 0 });
  });

  it('refuses a ZIP without any export in it', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const zip = zipSync({ 'notes.txt': strToU8('hallo'), 'profile.csv': strToU8('Date Joined,Username\n2020-01-01,testperson\n') });
    expect(await importError([pickedFile('export.zip', zip)])).toEqual(['export.zip: keine Exportdatei von Letterboxd oder IMDb darin gefunden']);
  });

  it('goes on past rows it cannot use: out of range, unreadable, repeated, formulas kept as text', async () => {
    const plan = await prepareImport([fixture('bad/ratings-problems.csv')], index);
    expect(plan.summary).toMatchObject({ rows: 8, matched: 1, skipped: 7, duplicates: 1, films: 1 });
    expect(plan.skipped.map((row) => [row.line, row.title, row.reason])).toEqual([
      [4, 'The Driver', 'Wertung außerhalb 0,5–5'],
      [5, 'Heat', 'Wertung außerhalb 0,5–5'],
      [6, 'Collateral', 'Wertung „viel“ unlesbar'],
      [7, 'Alien', 'Wertung außerhalb 0,5–5'],
      [8, 'Arrival', 'Datum „2024-13-45“ unlesbar'],
      [9, '=HYPERLINK("https://example.invalid","klick")', 'Nicht im Katalog'],
      [10, '+Quarnbek', 'Nicht im Katalog'],
    ]);
  });
});

describe('the fixtures against the real catalogue (data/)', () => {
  it('match the same films there as in the test catalogue', async () => {
    const realIndex = buildTitleIndex(loadCatalogue('data').films.map(toMatchable));
    const files = () => [fixture(ZIP), fixture('imdb-ratings.csv')];
    const [real, test] = await Promise.all([prepareImport(files(), realIndex), prepareImport(files(), index)]);
    expect(real.entries.map((entry) => entry.filmId).sort()).toEqual(test.entries.map((entry) => entry.filmId).sort());
    expect(real.skipped).toEqual(test.skipped);
  }, 30_000);
});

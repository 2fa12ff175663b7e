/**
 * Issue 14: importing a Letterboxd export and an IMDb ratings export on the settings page, in real
 * Chromium: the summary and the unmatched rows the page shows, and what is stored (read back through
 * the service worker). Bad input: import-bad.spec.ts; export, backup and delete: userdata-export.spec.ts;
 * 5,000 films and the progress bar: import-big.spec.ts.
 */
import { expect, openOptions, test } from './fixtures';

declare const chrome: any;
import { filmIds, IMDB_CSV, importFiles, LETTERBOXD_ZIP, storedUserFilms, summaryLines, unmatchedRows, userDataSection } from './userdata';

const LETTERBOXD_FILMS = ['alien-1979', 'arrival-2016', 'collateral-2004', 'drive-2011', 'fargo-1996', 'heat-1995', 'pulp-fiction-1994', 'the-driver-1978', 'thief-1981'];
const ALL_FILMS = [...LETTERBOXD_FILMS, 'taxi-driver-1976', 'the-godfather-1972'].sort();
const ZIP_NAME = 'letterboxd-testperson-2024-07-01-12-00-utc.zip';

test('the Letterboxd ZIP and the IMDb CSV picked together: summary, unmatched rows with reasons, films stored', async ({ context, extensionId, serviceWorker }) => {
  const options = await openOptions(context, extensionId);
  await expect(userDataSection(options).getByText('Noch keine Filme gespeichert')).toBeVisible();
  // The catalogue (~7 MB of base film scripts) is loaded by the first import, not by opening the page.
  const baseFilmScripts = () => options.evaluate(() => ((globalThis as { filmlupeBaseFilms?: unknown[] }).filmlupeBaseFilms ?? []).length);
  expect(await baseFilmScripts()).toBe(0);

  await importFiles(options, [LETTERBOXD_ZIP, IMDB_CSV]);
  expect(await baseFilmScripts()).toBeGreaterThan(0);
  // ZIP: 23 rows, 19 recognised (unit test lib/userdata/import.test.ts); IMDb: 9 rows, 6 films recognised.
  expect(await summaryLines(options)).toEqual([
    '25 von 32 Zeilen erkannt',
    '7 Zeilen nicht erkannt',
    '11 Filme betroffen, davon 11 neue Filme',
    '0 doppelte Zeilen zusammengeführt',
  ]);
  expect(await unmatchedRows(options)).toEqual([
    ['imdb-ratings.csv', '8', 'Breaking Bad', '2008', 'Serie, kein Film (TV Series)'],
    ['imdb-ratings.csv', '9', 'Fargo', '2014', 'Serie, kein Film (TV Series)'],
    ['imdb-ratings.csv', '10', 'Ein Abend in Quarnbek', '2020', 'Kein Spielfilm (Short)'],
    [`${ZIP_NAME}/ratings.csv`, '6', 'Se7en', '1995', 'Nicht im Katalog'],
    [`${ZIP_NAME}/ratings.csv`, '7', 'Parasite', '2019', 'Jahr passt zu keinem Film'],
    [`${ZIP_NAME}/ratings.csv`, '8', 'Der Nebelwald von Quarnbek', '2021', 'Nicht im Katalog'],
    [`${ZIP_NAME}/watched.csv`, '8', 'Se7en', '1995', 'Nicht im Katalog'],
  ]);
  await expect(userDataSection(options).getByText('11 Filme gespeichert')).toBeVisible();

  const stored = await storedUserFilms(serviceWorker);
  expect(filmIds(stored)).toEqual(ALL_FILMS);
  const byId = new Map(stored.map((film) => [film.filmId, film]));
  expect(byId.get('drive-2011')).toMatchObject({ rating: { value: 4.5, scale: 5 }, seen: true, seenDates: ['2024-01-04', '2024-06-01'] });
  expect(byId.get('drive-2011')?.reviews.map((review) => review.text)).toEqual(['Ein Fahrer, der kaum spricht.\n\nZweiter Absatz: "Zahnstocher" und Neon.']);
  expect(byId.get('the-godfather-1972')).toMatchObject({ rating: { value: 10, scale: 10, source: 'imdb' }, imdbId: 'tt9900004' });
  expect(byId.get('pulp-fiction-1994')).toMatchObject({ watchlistSince: '2024-05-03', seen: false });
  // The background was told (issue 14's contract): it reloads what it keeps in memory.
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('userDataChangedAt'))).toEqual({ userDataChangedAt: expect.any(Number) });
});

test('importing the same export twice changes nothing: 0 new films, the stored data as before', async ({ context, extensionId, serviceWorker }) => {
  const options = await openOptions(context, extensionId);
  await importFiles(options, [LETTERBOXD_ZIP]);
  expect(await summaryLines(options)).toContain('9 Filme betroffen, davon 9 neue Filme');
  const first = await storedUserFilms(serviceWorker);

  await importFiles(options, [LETTERBOXD_ZIP]);
  expect(await summaryLines(options)).toContain('9 Filme betroffen, davon 0 neue Filme');
  expect(await storedUserFilms(serviceWorker)).toEqual(first);
  expect(filmIds(first)).toEqual(LETTERBOXD_FILMS);
});

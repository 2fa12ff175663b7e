/**
 * Issue 14.5 in real Chromium: bad input on the settings page gets a German message naming the file
 * and what is wrong (an alert), and the films imported before stay exactly as they were; rows that
 * cannot be used are listed and the rest is imported.
 */
import { writeFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, openOptions, test } from './fixtures';
import { bad, filmIds, IMDB_CSV, importFiles, LETTERBOXD_ZIP, storedUserFilms, summaryLines, unmatchedRows } from './userdata';

/** Imports the Letterboxd ZIP, then `files`: the alert lists exactly `problems`, and what was stored is unchanged. */
async function refusedAfterAGoodImport(options: Page, worker: Worker, files: string[], problems: string[]) {
  await importFiles(options, [LETTERBOXD_ZIP]);
  const before = await storedUserFilms(worker);
  expect(before).toHaveLength(9);

  await importFiles(options, files);
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('Nichts importiert. Die gespeicherten Daten sind unverändert.');
  expect((await alert.getByRole('listitem').allInnerTexts()).sort()).toEqual([...problems].sort());
  await expect(options.getByRole('region', { name: 'Import abgeschlossen' })).toHaveCount(0);
  expect(await storedUserFilms(worker)).toEqual(before);
  await expect(options.getByText('9 Filme gespeichert')).toBeVisible();
}

const REFUSED: Array<[string, string, string]> = [
  ['a file that is not an export', 'not-an-export.csv', 'not-an-export.csv: keine Exportdatei von Letterboxd oder IMDb (erste Zeile: „Artikel,Preis“)'],
  ['an IMDb CSV with missing columns', 'imdb-missing-columns.csv', 'imdb-missing-columns.csv: Spalten „Your Rating“ und „Title Type“ fehlen'],
  ['a Letterboxd ratings.csv without its Rating column', 'ratings.csv', 'ratings.csv: Spalte „Rating“ fehlt'],
  ['a broken ZIP', 'broken.zip', 'broken.zip: ZIP-Datei ist beschädigt oder unvollständig'],
  ['a quote that never closes', 'unclosed-quote.csv', 'unclosed-quote.csv: Zeile 2: Anführungszeichen wird nicht geschlossen'],
  ['a picture', 'poster.png', 'poster.png: keine CSV- oder ZIP-Datei'],
];

for (const [what, file, problem] of REFUSED) {
  test(`${what} is refused with a German message; the films imported before stay`, async ({ context, extensionId, serviceWorker }) => {
    const options = await openOptions(context, extensionId);
    await refusedAfterAGoodImport(options, serviceWorker, [bad(file)], [problem]);
  });
}

test('a file over 50 MB is refused before it is read; the films imported before stay', async ({ context, extensionId, serviceWorker }, testInfo) => {
  // Built here, not committed: a real-looking ratings.csv of 51 MB (a real export of 10,000 films is ~2 MB).
  const row = '2024-01-05,Drive,2011,https://boxd.it/fx01,4.5\n';
  const huge = testInfo.outputPath('ratings.csv');
  writeFileSync(huge, `Date,Name,Year,Letterboxd URI,Rating\n${row.repeat(Math.ceil((51 * 1024 * 1024) / row.length))}`);
  const options = await openOptions(context, extensionId);
  await refusedAfterAGoodImport(options, serviceWorker, [huge], ['ratings.csv: Datei ist größer als 50 MB (51 MB) und wird nicht gelesen']);
});

test('a good export picked with bad files: every bad file is named and nothing of the good one is stored', async ({ context, extensionId, serviceWorker }, testInfo) => {
  const broken = testInfo.outputPath('sicherung.json');
  writeFileSync(broken, '{"format": "filmlupe-sicherung", kaputt');
  const options = await openOptions(context, extensionId);
  await refusedAfterAGoodImport(options, serviceWorker, [IMDB_CSV, bad('broken.zip'), broken], [
    'broken.zip: ZIP-Datei ist beschädigt oder unvollständig',
    'sicherung.json: keine JSON-Datei (ist es eine Filmlupe-Sicherung?)',
  ]);
  // The IMDb file alone would have added these two films.
  expect(filmIds(await storedUserFilms(serviceWorker))).not.toContain('the-godfather-1972');
});

test('duplicate rows are merged and counted, ratings out of range listed, formulas shown as text; the rest imported', async ({ context, extensionId, serviceWorker }) => {
  const options = await openOptions(context, extensionId);
  await importFiles(options, [bad('ratings-problems.csv')]);
  expect(await summaryLines(options)).toEqual([
    '1 von 8 Zeilen erkannt',
    '7 Zeilen nicht erkannt',
    '1 Film betroffen, davon 1 neuer Film',
    '1 doppelte Zeile zusammengeführt',
  ]);
  expect(await unmatchedRows(options)).toEqual([
    ['ratings-problems.csv', '4', 'The Driver', '1978', 'Wertung außerhalb 0,5–5'],
    ['ratings-problems.csv', '5', 'Heat', '1995', 'Wertung außerhalb 0,5–5'],
    ['ratings-problems.csv', '6', 'Collateral', '2004', 'Wertung „viel“ unlesbar'],
    ['ratings-problems.csv', '7', 'Alien', '1979', 'Wertung außerhalb 0,5–5'],
    ['ratings-problems.csv', '8', 'Arrival', '2016', 'Datum „2024-13-45“ unlesbar'],
    ['ratings-problems.csv', '9', '=HYPERLINK("https://example.invalid","klick")', '2011', 'Nicht im Katalog'],
    ['ratings-problems.csv', '10', '+Quarnbek', '2013', 'Nicht im Katalog'],
  ]);
  // The formula is text in the table: no link was made of it.
  await expect(options.getByRole('table', { name: 'Nicht erkannte Zeilen' }).getByRole('link')).toHaveCount(0);
  const stored = await storedUserFilms(serviceWorker);
  expect(filmIds(stored)).toEqual(['drive-2011']);
  expect(stored[0]?.rating).toMatchObject({ value: 4.5, scale: 5 });
});

/**
 * Issue 14.4 in real Chromium: "Deine Filmdaten" exported as Letterboxd CSV and as a JSON backup (real
 * downloads), the backup restored without loss in a fresh profile, and "Alle meine Filmdaten löschen"
 * with its confirmation step (corrections stay).
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, extensionWorker, launchWithExtension, openOptions, test, trigger } from './fixtures';
import { IMDB_CSV, importFiles, LETTERBOXD_ZIP, storedUserFilms, summaryLines, userDataSection } from './userdata';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Clicks `button` and collects the `count` downloads it starts. */
async function downloadsOf(options: Page, button: string, count: number): Promise<Download[]> {
  const downloads: Download[] = [];
  options.on('download', (download) => downloads.push(download));
  await userDataSection(options).getByRole('button', { name: button }).click();
  await expect.poll(() => downloads.length).toBe(count);
  return downloads;
}

const textOf = async (download: Download) => readFileSync(await download.path(), 'utf8');

/** "Nicht dieser Film?" on Drive on a Netflix page: one correction stored. */
async function correctDrive(page: Page) {
  await trigger(page, 'drive-2011').first().hover();
  await page.getByRole('dialog', { name: 'Drive (2011)', exact: true }).getByRole('button', { name: 'Nicht dieser Film?' }).click();
  await expect(trigger(page, 'drive-2011')).toHaveCount(0);
}

test('"Als Letterboxd-CSV exportieren" downloads the films and the watchlist in Letterboxd\'s import format', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await importFiles(options, [LETTERBOXD_ZIP, IMDB_CSV]);

  const [films, watchlist] = await downloadsOf(options, 'Als Letterboxd-CSV exportieren', 2);
  expect([films?.suggestedFilename(), watchlist?.suggestedFilename()]).toEqual([`filmlupe-filme-${today()}.csv`, `filmlupe-merkliste-${today()}.csv`]);
  const filmsCsv = (await textOf(films!)).split('\r\n');
  expect(filmsCsv[0]).toBe('LetterboxdURI,imdbID,Title,Year,Rating,Rating10,WatchedDate,Rewatch,Tags,Review');
  expect(filmsCsv).toContain('https://boxd.it/fx01,tt9900001,Drive,2011,4.5,,2024-06-01,true,"kino, nachts",');
  expect(filmsCsv).toContain(',tt9900004,The Godfather,1972,,10,,false,,');
  expect((await textOf(watchlist!)).split('\r\n').filter(Boolean)).toEqual([
    'LetterboxdURI,imdbID,Title,Year',
    'https://boxd.it/fx11,,Fargo,1996',
    'https://boxd.it/fx12,,Pulp Fiction,1994',
    'https://boxd.it/fx10,,Thief,1981',
  ]);
  await expect(options.getByRole('status').filter({ hasText: 'Gespeichert:' })).toContainText(`filmlupe-filme-${today()}.csv`);
});

test('the JSON backup restores films and corrections without loss in a fresh profile', async ({ context, extensionId, serviceWorker, openFixture, extensionDir }, testInfo) => {
  const page = await openFixture('https://www.netflix.com/browse', 'netflix-browse.html');
  await correctDrive(page);
  const options = await openOptions(context, extensionId);
  await importFiles(options, [LETTERBOXD_ZIP, IMDB_CSV]);
  const stored = await storedUserFilms(serviceWorker);
  expect(stored).toHaveLength(11);

  const [backup] = await downloadsOf(options, 'Sicherung (JSON) speichern', 1);
  expect(backup?.suggestedFilename()).toBe(`filmlupe-sicherung-${today()}.json`);
  const path = testInfo.outputPath(backup!.suggestedFilename());
  await backup!.saveAs(path);

  const fresh = await launchWithExtension(extensionDir);
  try {
    const freshWorker = await extensionWorker(fresh);
    const freshOptions = await openOptions(fresh, new URL(freshWorker.url()).host);
    await expect(freshOptions.getByRole('button', { name: /Korrekturen löschen/ })).toHaveText(/\(0\)/);
    await importFiles(freshOptions, [path]);
    expect(await summaryLines(freshOptions)).toEqual(['Sicherung: 11 Filme, 1 Korrektur, 0 Bestätigungen', '11 neue Filme']);
    expect(await storedUserFilms(freshWorker)).toEqual(stored);
    await expect(freshOptions.getByRole('button', { name: /Korrekturen löschen/ })).toHaveText(/\(1\)/);
    await expect(userDataSection(freshOptions).getByText('11 Filme gespeichert')).toBeVisible();
  } finally {
    await fresh.close();
  }
});

test('"Alle meine Filmdaten löschen" asks first, says what stays, and keeps the corrections', async ({ context, extensionId, serviceWorker, openFixture }) => {
  const page = await openFixture('https://www.netflix.com/browse', 'netflix-browse.html');
  await correctDrive(page);
  const options = await openOptions(context, extensionId);
  await importFiles(options, [LETTERBOXD_ZIP]);
  const section = userDataSection(options);
  await expect(section.getByText('9 Filme gespeichert')).toBeVisible();

  // First time: cancelled with Escape, nothing deleted.
  await section.getByRole('button', { name: 'Alle meine Filmdaten löschen' }).click();
  const question = section.getByRole('group', { name: 'Wirklich alle Daten zu 9 Filmen löschen?' });
  await expect(question).toContainText('Korrekturen („Nicht dieser Film“) bleiben');
  await expect(question.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await options.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Alle meine Filmdaten löschen' })).toBeFocused();
  expect(await storedUserFilms(serviceWorker)).toHaveLength(9);

  await section.getByRole('button', { name: 'Alle meine Filmdaten löschen' }).click();
  await question.getByRole('button', { name: 'Ja, alles löschen' }).click();
  await expect(section.getByText('Noch keine Filme gespeichert')).toBeVisible();
  await expect(options.getByRole('status').filter({ hasText: 'Alle Filmdaten gelöscht.' })).toBeVisible();
  expect(await storedUserFilms(serviceWorker)).toEqual([]);
  await expect(options.getByRole('button', { name: /Korrekturen löschen/ })).toHaveText(/\(1\)/);
});

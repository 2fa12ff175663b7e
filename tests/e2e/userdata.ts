/**
 * Helpers for the e2e tests of "Deine Filmdaten" on the settings page (import.spec.ts,
 * import-bad.spec.ts, userdata-export.spec.ts): the file input as a user picks files, and the stored
 * films read back through the service worker (IndexedDB `filmlupe`, store `userFilms`).
 */
import { join } from 'node:path';
import type { Locator, Page, Worker } from '@playwright/test';
import type { UserFilm } from '../../lib/userdata/types';
import { ROOT } from './common';
import { expect } from './fixtures';

export const IMPORTS = join(ROOT, 'tests/fixtures/imports');
export const LETTERBOXD_ZIP = join(IMPORTS, 'letterboxd-testperson-2024-07-01-12-00-utc.zip');
export const IMDB_CSV = join(IMPORTS, 'imdb-ratings.csv');
export const bad = (name: string) => join(IMPORTS, 'bad', name);

/** The settings page's file input, found by its label as a user would. */
export function importInput(options: Page): Locator {
  return options.getByLabel('Exporte oder Sicherung importieren (ZIP, CSV, JSON)');
}

/** The section "Deine Filmdaten". */
export function userDataSection(options: Page): Locator {
  return options.getByRole('group', { name: 'Deine Filmdaten' });
}

/** Picks `files` and waits until the import has ended: its report, or the alert naming what is wrong. */
export async function importFiles(options: Page, files: string[]): Promise<void> {
  // A report or alert of an earlier import is marked, so only the new one counts (the page removes the old one at once).
  await options.evaluate(() => document.querySelectorAll('.import-report, [role="alert"]').forEach((element) => element.setAttribute('data-earlier', '')));
  await importInput(options).setInputFiles(files);
  await expect(options.locator('.import-report:not([data-earlier]), [role="alert"]:not([data-earlier])')).toBeVisible({ timeout: 30_000 });
}

/** The lines of the import's summary. */
export async function summaryLines(options: Page): Promise<string[]> {
  return options.getByRole('region', { name: 'Import abgeschlossen' }).getByRole('listitem').allInnerTexts();
}

/** The rows of the table "Nicht erkannte Zeilen" (opened first): file, line, title, year, reason. */
export async function unmatchedRows(options: Page): Promise<string[][]> {
  const report = options.getByRole('region', { name: 'Import abgeschlossen' });
  await report.getByText(/nicht erkannte Zeilen? anzeigen/).click();
  const table = report.getByRole('table', { name: 'Nicht erkannte Zeilen' });
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
}

/** Every stored UserFilm, sorted by film id; [] when the database does not exist yet. */
export async function storedUserFilms(worker: Worker): Promise<UserFilm[]> {
  const films: UserFilm[] = await worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('filmlupe');
        // Not created yet: do not create it here (at version 1 without stores, the extension's upgrade would skip its first steps).
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve([]);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('userFilms')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('userFilms').objectStore('userFilms').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
  return films.sort((a, b) => (a.filmId < b.filmId ? -1 : 1));
}

export const filmIds = (films: UserFilm[]) => films.map((film) => film.filmId);

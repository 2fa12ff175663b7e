/**
 * The background when its database is not what it expects (issue 13, point 5), in real Chromium:
 * - a database of a newer version (the extension was rolled back): the stored corrections still hold;
 * - an upgrade blocked by another connection that never gives way: the page is still marked within
 *   2 s from the bundled catalogue, and the corrections apply once the database opens.
 * The database is prepared from an extension page (same origin as the worker) while the worker is
 * stopped; the next page then starts a fresh worker that opens it, as after a browser restart.
 */
import { expect, markedFilms, openOptions, settle, stopWorker, test, trigger } from './fixtures';

const BROWSE = 'https://www.netflix.com/browse';
/** "Nicht dieser Film?" on the Netflix tile "Drive", as the worker stores it (titleKey of "Drive"). */
const DRIVE_CORRECTION = { titleKey: 'drive', filmId: 'drive-2011', text: 'Drive', createdAt: 1 };

test('a database of a newer version (the extension rolled back): the stored correction still holds', async ({ context, extensionId, openFixture }) => {
  const extensionPage = await openOptions(context, extensionId);
  await stopWorker(context, extensionPage);
  // What a later version left: one version higher, with a store this version does not know.
  const version = await extensionPage.evaluate(
    (correction) =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('filmlupe');
        probe.onerror = () => reject(probe.error);
        probe.onsuccess = () => {
          const current = probe.result.version;
          probe.result.close();
          const request = indexedDB.open('filmlupe', current + 1);
          request.onupgradeneeded = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('corrections')) db.createObjectStore('corrections', { keyPath: ['titleKey', 'filmId'] });
            db.createObjectStore('lists', { keyPath: 'id' });
            request.transaction!.objectStore('corrections').put(correction);
          };
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            request.result.close();
            resolve(current + 1);
          };
        };
      }),
    DRIVE_CORRECTION,
  );
  expect(version).toBeGreaterThan(3);

  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'taxi-driver-1976').first()).toBeVisible({ timeout: 10_000 });
  await settle(page);
  expect(await markedFilms(page), 'Drive stays corrected').not.toContain('drive-2011');
});

test('a blocked upgrade does not hold the page back; the correction applies once the database opens', async ({ context, extensionId, openFixture }) => {
  const extensionPage = await openOptions(context, extensionId);
  await stopWorker(context, extensionPage);
  // Version 2 as it shipped, with a correction, held open by a connection that never gives way.
  await extensionPage.evaluate(
    (correction) =>
      new Promise<void>((resolve, reject) => {
        const deleted = indexedDB.deleteDatabase('filmlupe');
        deleted.onerror = () => reject(deleted.error);
        deleted.onsuccess = () => {
          const request = indexedDB.open('filmlupe', 2);
          request.onupgradeneeded = () => {
            const db = request.result;
            db.createObjectStore('films', { keyPath: 'id' });
            db.createObjectStore('reviews', { keyPath: 'id' }).createIndex('byFilm', 'filmId');
            db.createObjectStore('meta');
            db.createObjectStore('corrections', { keyPath: ['titleKey', 'filmId'] }).put(correction);
          };
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            (window as unknown as { held: IDBDatabase }).held = request.result;
            resolve();
          };
        };
      }),
    DRIVE_CORRECTION,
  );

  const opened = Date.now();
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'taxi-driver-1976').first()).toBeVisible({ timeout: 2000 });
  expect(Date.now() - opened, 'ms from opening the page to the first mark').toBeLessThanOrEqual(2000);

  // The other connection goes: the upgrade runs, the stored correction is read and applies from now on.
  await extensionPage.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expect(async () => {
    const again = await context.newPage();
    try {
      await again.goto(BROWSE);
      await expect(trigger(again, 'taxi-driver-1976').first()).toBeVisible({ timeout: 5000 });
      await settle(again);
      expect(await markedFilms(again)).not.toContain('drive-2011');
    } finally {
      await again.close();
    }
  }).toPass({ timeout: 15_000 });
});

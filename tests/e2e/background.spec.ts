/**
 * The background at the size of the whole catalogue (issue 15): answering never waits for IndexedDB.
 * The worker builds its matcher index from the films it imports at its start, so a fresh install
 * marks the first page at once (before issue 15 it seeded 36k films into IndexedDB first: 5–13 s).
 */
import { expect, test, trigger } from './fixtures';

const BROWSE = 'https://www.netflix.com/browse';

test('a fresh install marks Drive on Netflix within 2 s of opening the page', async ({ serviceWorker, openFixture }) => {
  expect(serviceWorker.url()).toContain('background.js');
  const opened = Date.now();
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 2000 });
  expect(Date.now() - opened, 'ms from opening the page to the mark').toBeLessThanOrEqual(2000);
});

/**
 * The user's own film data in the card, the popup and the page (issue 14, points 2 and 3), in real
 * Chromium on the Netflix fixture, without any import: "Gesehen" and "Auf die Merkliste" pressed in
 * the card, the popup's "Merkliste", dimming of seen films, and "Deine Wertung" with a rating and a
 * review written into the `userFilms` store as an import would (the import itself is tested with the
 * settings page).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, failEveryWrite, openCard, openOptions, openPopup, putUserFilm, stopWorker, tabIdOf, test, trigger } from './fixtures';
import { DRIVE_RATED } from '../fixtures/user-films';

const BROWSE = 'https://www.netflix.com/browse';

const openDriveCard = (page: Page) => openCard(page, 'drive-2011', 'Drive (2011)');

function own(dialog: Locator): Locator {
  return dialog.getByRole('region', { name: 'Deine Wertung' });
}

/** The tiles shown dimmed (and how faded they are), by their label. */
async function dimmedTiles(page: Page): Promise<Array<{ label: string; opacity: string }>> {
  return page.locator('[data-filmlupe-seen]').evaluateAll((elements) =>
    elements.map((element) => ({ label: element.getAttribute('aria-label') ?? element.textContent ?? '', opacity: getComputedStyle(element).opacity })),
  );
}


test('"Gesehen" and "Auf die Merkliste" in the card: the popup\'s Merkliste lists the film, the card keeps the state after reopening and a worker restart', async ({ context, extensionId, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  let dialog = await openDriveCard(page);
  const seen = own(dialog).getByRole('button', { name: 'Gesehen' });
  const listed = own(dialog).getByRole('button', { name: 'Auf die Merkliste' });
  await expect(seen).toHaveAttribute('aria-pressed', 'false');
  await expect(listed).toHaveAttribute('aria-pressed', 'false');

  // By keyboard, as the rest of the card: Tab to the button, Space presses it.
  await seen.focus();
  await page.keyboard.press('Space');
  await expect(seen).toHaveAttribute('aria-pressed', 'true');
  await listed.click();
  await expect(listed).toHaveAttribute('aria-pressed', 'true');

  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));
  await expect(popup.getByRole('button', { name: /^Drive\s*\(2011\)$/ }).locator('xpath=..')).toContainText('auf der Merkliste');
  await popup.getByRole('button', { name: 'Merkliste' }).click();
  await expect(popup.getByRole('heading', { name: '1 Film auf der Merkliste' })).toBeVisible();
  await expect(popup.getByRole('listitem')).toHaveText([/Drive\s*\(2011\)/]);

  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  dialog = await openDriveCard(page);
  await expect(own(dialog).getByRole('button', { name: 'Gesehen' })).toHaveAttribute('aria-pressed', 'true');

  const options = await openOptions(context, extensionId);
  await stopWorker(context, options);
  await page.reload();
  dialog = await openDriveCard(page);
  await expect(own(dialog).getByRole('button', { name: 'Gesehen' })).toHaveAttribute('aria-pressed', 'true');
  await expect(own(dialog).getByRole('button', { name: 'Auf die Merkliste' })).toHaveAttribute('aria-pressed', 'true');

  // Taken off again: the popup's list is empty.
  await own(dialog).getByRole('button', { name: 'Auf die Merkliste' }).click();
  await expect(own(dialog).getByRole('button', { name: 'Auf die Merkliste' })).toHaveAttribute('aria-pressed', 'false');
  await popup.reload();
  await popup.getByRole('button', { name: 'Merkliste' }).click();
  await expect(popup.getByRole('heading', { name: '0 Filme auf der Merkliste' })).toBeVisible();
});

test('"Gesehene Filme abdunkeln": seen tiles are faded while it is on, and no longer when it goes off or the film is un-seen', async ({ context, extensionId, openFixture }) => {
  const options = await openOptions(context, extensionId);
  const dimSwitch = options.getByRole('switch', { name: 'Gesehene Filme abdunkeln' });
  await expect(dimSwitch).not.toBeChecked();
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  const dialog = await openDriveCard(page);
  await own(dialog).getByRole('button', { name: 'Gesehen' }).click();
  await expect(own(dialog).getByRole('button', { name: 'Gesehen' })).toHaveAttribute('aria-pressed', 'true');
  expect(await dimmedTiles(page), 'off by default').toEqual([]);

  await dimSwitch.check();
  await expect.poll(() => dimmedTiles(page)).not.toEqual([]);
  for (const tile of await dimmedTiles(page)) expect(tile).toEqual({ label: expect.stringMatching(/^Drive$/), opacity: '0.45' });

  await dimSwitch.uncheck();
  await expect.poll(() => dimmedTiles(page)).toEqual([]);
  await dimSwitch.check();
  await expect.poll(() => dimmedTiles(page)).not.toEqual([]);

  // A page loaded now gets the seen film with its matches.
  await page.reload();
  await expect.poll(() => dimmedTiles(page), { timeout: 10_000 }).not.toEqual([]);
  const again = await openDriveCard(page);
  await own(again).getByRole('button', { name: 'Gesehen' }).click();
  await expect(own(again).getByRole('button', { name: 'Gesehen' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => dimmedTiles(page)).toEqual([]);
});

test('a film the settings page imported as seen is dimmed on an open page once the page says userDataChangedAt', async ({ context, extensionId, openFixture, serviceWorker }) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('switch', { name: 'Gesehene Filme abdunkeln' }).check();
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  await putUserFilm(serviceWorker, DRIVE_RATED);
  expect(await dimmedTiles(page)).toEqual([]);
  // What the settings page does after an import.
  await options.evaluate(() => (globalThis as any).chrome.storage.local.set({ userDataChangedAt: Date.now() }));
  await expect.poll(() => dimmedTiles(page)).not.toEqual([]);
});

test('the card shows "Deine Wertung": the rating on its own scale, the day seen and the own review', async ({ openFixture, serviceWorker }) => {
  await putUserFilm(serviceWorker, DRIVE_RATED);
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  const section = own(await openDriveCard(page));
  await expect(section).toContainText('4,5 von 5');
  await expect(section).toContainText('Letterboxd, 3. März 2024');
  await expect(section).toContainText('Gesehen am 3. März 2024');
  await expect(section).toContainText('Der Zahnstocher, die Skorpionjacke');
  await expect(section.getByRole('button', { name: 'Gesehen' })).toHaveAttribute('aria-pressed', 'true');
});

test('"Gesehen" that cannot be stored (disk full) says so, stays off, and the tile is not dimmed', async ({ context, extensionId, openFixture, serviceWorker }) => {
  const options = await openOptions(context, extensionId);
  await options.getByRole('switch', { name: 'Gesehene Filme abdunkeln' }).check();
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  const dialog = await openDriveCard(page);
  await failEveryWrite(serviceWorker);
  await own(dialog).getByRole('button', { name: 'Gesehen' }).click();
  await expect(own(dialog).getByRole('status')).toHaveText('Das hat nicht geklappt. Bitte später erneut versuchen.', { timeout: 5000 });
  await expect(own(dialog).getByRole('button', { name: 'Gesehen' })).toHaveAttribute('aria-pressed', 'false');
  expect(await dimmedTiles(page)).toEqual([]);
});

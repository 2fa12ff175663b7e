/**
 * Screenshots for the README: the card in light and dark, the card of an unsure match, the card with
 * the user's own rating ("Deine Wertung"), the popup and the settings page. They are artefacts for people to look at, not assertions; each test only checks
 * that the thing it photographs is there. Only `npm run screenshots` (FILMLUPE_SCREENSHOTS=docs) writes the tracked
 * pictures in docs/screenshots/; under `npm test` the same tests save theirs in the ignored
 * test-results/screenshots/, so a test run never changes the work tree.
 */
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, openPopup, putUserFilm, tabIdOf, test, trigger } from './fixtures';
import { DRIVE_RATED } from '../fixtures/user-films';

const SHOTS = resolve(import.meta.dirname, '../..', process.env.FILMLUPE_SCREENSHOTS === 'docs' ? 'docs/screenshots' : 'test-results/screenshots');
const BROWSE = 'https://www.netflix.com/browse';

/** A screenshot of the area holding the trigger and the popover, with some page around them. */
async function shootAround(page: Page, parts: Locator[], file: string): Promise<void> {
  const boxes = (await Promise.all(parts.map((part) => part.boundingBox()))).filter((box) => box !== null);
  const viewport = page.viewportSize()!;
  const pad = 24;
  const left = Math.max(0, Math.min(...boxes.map((box) => box.x)) - pad);
  const top = Math.max(0, Math.min(...boxes.map((box) => box.y)) - pad);
  const right = Math.min(viewport.width, Math.max(...boxes.map((box) => box.x + box.width)) + pad);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((box) => box.y + box.height)) + pad);
  await page.screenshot({ path: `${SHOTS}/${file}`, clip: { x: left, y: top, width: right - left, height: bottom - top } });
}

/** Hovers the film's trigger on the Netflix fixture and photographs its tile, trigger and card. */
async function shootCard(page: Page, card: { filmId: string; tileLabel: string; dialogName: string; file: string }): Promise<void> {
  const filmTrigger = trigger(page, card.filmId).first();
  await expect(filmTrigger).toBeVisible({ timeout: 10_000 });
  await filmTrigger.hover();
  const dialog = page.getByRole('dialog', { name: card.dialogName, exact: true });
  await expect(dialog).toBeVisible({ timeout: 3000 });
  await page.waitForTimeout(400); // let an opening transition finish
  const tile = page.locator('[data-virtual-slot]').filter({ has: page.locator(`a[aria-label="${card.tileLabel}"]`) });
  await shootAround(page, [tile, filmTrigger, dialog], card.file);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popover screenshot (${scheme})`, async ({ openFixture }) => {
    const page = await openFixture(BROWSE, 'netflix-browse.html');
    await page.emulateMedia({ colorScheme: scheme });
    await shootCard(page, { filmId: 'drive-2011', tileLabel: 'Drive', dialogName: 'Drive (2011)', file: `popover-${scheme}.png` });
  });
}

test('unsure card screenshot', async ({ openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shootCard(page, { filmId: 'baby-driver-2017', tileLabel: 'Baby Driver', dialogName: 'Ist das Baby Driver (2017)?', file: 'popover-unsure.png' });
});

test('card with "Deine Wertung" screenshot', async ({ openFixture, serviceWorker }) => {
  // The user's own data on Drive, written into the store as an import of a Letterboxd export would.
  const entry = { ...DRIVE_RATED, watchlistSince: '2023-11-20' };

  await putUserFilm(serviceWorker, entry);
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await page.emulateMedia({ colorScheme: 'light' });
  await shootCard(page, { filmId: 'drive-2011', tileLabel: 'Drive', dialogName: 'Drive (2011)', file: 'popover-own-rating.png' });
  await expect(page.getByRole('dialog').getByRole('region', { name: 'Deine Wertung' })).toContainText('4,5 von 5');
});

test('popup screenshot', async ({ context, extensionId, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));
  await expect(popup.locator('body')).toContainText(/Drive\s*\(2011\)/);
  // The real popup is as big as its content; the tab is wider, so cut the picture to the content.
  const content = await popup.evaluate(() => {
    const boxes = [...document.body.querySelectorAll('*')].map((element) => element.getBoundingClientRect());
    return { width: Math.max(...boxes.map((box) => box.right)), height: Math.max(...boxes.map((box) => box.bottom)) };
  });
  await popup.screenshot({ path: `${SHOTS}/popup.png`, clip: { x: 0, y: 0, width: Math.ceil(content.width) + 14, height: Math.ceil(content.height) + 14 } });
});

test('settings screenshot', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('checkbox').or(options.getByRole('switch')).first()).toBeVisible();
  await options.screenshot({ path: `${SHOTS}/settings.png`, fullPage: true });
});

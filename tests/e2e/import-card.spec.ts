/**
 * Issue 14, "Done when": a Letterboxd ZIP and an IMDb CSV imported on the settings page, then a
 * Netflix page: the card of an imported film shows "Deine Wertung" with the rating and the review, and
 * the popup's "Merkliste" lists the watchlist films of the export. Everything in real Chromium,
 * through the user's own steps only (no data seeded).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openCard, openOptions, openPopup, tabIdOf, test, trigger } from './fixtures';
import { IMDB_CSV, importFiles, LETTERBOXD_ZIP, summaryLines } from './userdata';

async function ownRating(page: Page, filmId: string, cardName: string): Promise<Locator> {
  return (await openCard(page, filmId, cardName)).getByRole('region', { name: 'Deine Wertung' });
}

test('imported on the settings page: the Netflix card shows "Deine Wertung" with rating and review, the popup the Merkliste', async ({ context, extensionId, openFixture }) => {
  // The Netflix tab is open before the import (and already marked): what it shows after comes from the new data.
  const page = await openFixture('https://www.netflix.com/browse', 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  const options = await openOptions(context, extensionId);
  await importFiles(options, [LETTERBOXD_ZIP, IMDB_CSV]);
  expect(await summaryLines(options)).toContain('11 Filme betroffen, davon 11 neue Filme');

  await page.bringToFront();
  // Drive: Letterboxd's 4.5 stars (the diary's newer rating beats IMDb's 9), its review, seen.
  const drive = await ownRating(page, 'drive-2011', 'Drive (2011)');
  await expect(drive).toContainText('4,5 von 5');
  await expect(drive).toContainText('Ein Fahrer, der kaum spricht.');
  await expect(drive.getByRole('button', { name: 'Gesehen' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  // Taxi Driver: only in the IMDb export, kept on IMDb's scale.
  const taxiDriver = await ownRating(page, 'taxi-driver-1976', 'Taxi Driver (1976)');
  await expect(taxiDriver).toContainText('8 von 10');

  const popup = await openPopup(context, extensionId, await tabIdOf(context, page));
  await popup.getByRole('button', { name: 'Merkliste' }).click();
  await expect(popup.getByRole('heading', { name: '3 Filme auf der Merkliste' })).toBeVisible();
  // Most recently added first: Pulp Fiction (2024-05-03), Fargo (05-02), Thief (05-01).
  await expect(popup.getByRole('listitem')).toHaveText([/Pulp Fiction\s*\(1994\)/, /Fargo\s*\(1996\)/, /Thief\s*\(1981\)/]);
});

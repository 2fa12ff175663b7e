/**
 * The settings page in real Chromium: a per-site switch takes effect on the site. (What survives an
 * update: update.spec.ts; what the card settings change: card-settings.spec.ts.)
 */
import { expect, markedFilms, openOptions, settle, siteSwitch, test, trigger } from './fixtures';

const BROWSE = 'https://www.netflix.com/browse';

test('switching Netflix off on the settings page unmarks Netflix, and on again marks it', async ({ context, extensionId, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });

  const options = await openOptions(context, extensionId);
  const netflixSwitch = siteSwitch(options, 'Netflix');
  await expect(netflixSwitch).toBeChecked();
  await netflixSwitch.click();
  await expect(netflixSwitch).not.toBeChecked();

  await page.reload();
  await settle(page);
  expect(await markedFilms(page)).toEqual([]);

  await options.reload();
  await expect(netflixSwitch).not.toBeChecked();
  await netflixSwitch.click();
  await page.reload();
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
});

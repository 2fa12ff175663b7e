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

test('"Korrekturen löschen" brings a corrected film back', async ({ context, extensionId, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await trigger(page, 'drive-2011').first().hover();
  await page.getByRole('dialog', { name: 'Drive (2011)', exact: true }).getByRole('button', { name: 'Nicht dieser Film?' }).click();
  await expect(trigger(page, 'drive-2011')).toHaveCount(0);

  const options = await openOptions(context, extensionId);
  await options.getByRole('button', { name: /Korrekturen löschen/ }).click();
  await expect(options.getByRole('button', { name: /Korrekturen löschen/ })).toHaveText(/\(0\)/);
  await page.reload();
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
});

test('"Auf Standard zurücksetzen" restores the defaults', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await siteSwitch(options, 'Netflix').uncheck();
  await options.getByRole('radio', { name: 'Dunkel' }).check();
  await options.getByRole('button', { name: 'Auf Standard zurücksetzen' }).click();
  await expect(siteSwitch(options, 'Netflix')).toBeChecked();
  await expect(options.getByRole('radio', { name: /Automatisch/ })).toBeChecked();
  await options.reload();
  await expect(siteSwitch(options, 'Netflix')).toBeChecked();
  await expect(options.getByRole('radio', { name: /Automatisch/ })).toBeChecked();
});

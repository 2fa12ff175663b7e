/**
 * An extension update (simulated as described in update.ts): the user's settings, corrections,
 * confirmations and own film data (watchlist) survive it together with a catalogue upgrade, and a page still running the old content script
 * stops cleanly ("everything stopped when the extension context is invalidated", issue 3).
 */
import { expect, markedFilms, openOptions, settle, siteSwitch, test, trigger } from './fixtures';
import { BROWSE, launchUpdatable, openMarkedTab } from './update';

test('settings, a correction, a confirmation and the watchlist survive an extension update with a new catalogue', async () => {
  const browser = await launchUpdatable();
  try {
    const { context, extensionId } = browser;
    // The user's choices: Amazon off, spoilers toggled, dark theme, and "Nicht dieser Film?" on Drive.
    const options = await openOptions(context, extensionId);
    await siteSwitch(options, '^Amazon').click();
    await options.getByRole('radio', { name: 'Dunkel' }).check();
    const spoilers = siteSwitch(options, 'Spoiler');
    const spoilersBefore = await spoilers.isChecked();
    await spoilers.click();
    // Each choice shows as made before the test goes on (a click that did not take would otherwise
    // only show after the update, as a setting "lost" by it).
    await expect(siteSwitch(options, '^Amazon')).not.toBeChecked();
    await expect(options.getByRole('radio', { name: 'Dunkel' })).toBeChecked();
    await expect(spoilers).toBeChecked({ checked: !spoilersBefore });

    const page = await context.newPage();
    await page.goto(BROWSE);
    await trigger(page, 'drive-2011').first().hover();
    await page.getByRole('dialog', { name: 'Drive (2011)', exact: true })
      .getByRole('button', { name: 'Nicht dieser Film?' }).click();
    await expect(trigger(page, 'drive-2011')).toHaveCount(0);
    // … and "Ja" to "Ist das Baby Driver (2017)?" (a base film the page names without a year).
    await page.mouse.move(1, 1);
    await trigger(page, 'baby-driver-2017').hover();
    await page.getByRole('dialog', { name: 'Ist das Baby Driver (2017)?', exact: true })
      .getByRole('button', { name: 'Ja', exact: true }).click();
    await expect(trigger(page, 'baby-driver-2017')).not.toHaveAttribute('data-filmlupe-unsure');
    // … and Taxi Driver put on the watchlist from its card (the user's own film data, issue 14). The
    // Baby Driver card, which holds the focus after "Ja", is closed first: it may cover the tile.
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await trigger(page, 'taxi-driver-1976').first().hover();
    const onList = page.getByRole('dialog', { name: 'Taxi Driver (1976)', exact: true })
      .getByRole('region', { name: 'Deine Wertung' }).getByRole('button', { name: 'Auf die Merkliste' });
    await onList.click();
    await expect(onList).toHaveAttribute('aria-pressed', 'true');

    const release = await browser.update();
    expect(release.runningVersion, 'the new version runs').toBe(release.version);
    test.info().annotations.push({ type: 'catalogue', description: `dataVersion replaced in ${release.catalogueFilesChanged} file(s)` });

    // After the update: the settings page shows the same choices …
    const optionsAfter = await openOptions(context, extensionId);
    await expect(siteSwitch(optionsAfter, '^Amazon')).not.toBeChecked();
    await expect(siteSwitch(optionsAfter, 'Netflix')).toBeChecked();
    if (spoilersBefore) await expect(siteSwitch(optionsAfter, 'Spoiler')).not.toBeChecked();
    else await expect(siteSwitch(optionsAfter, 'Spoiler')).toBeChecked();
    await expect(optionsAfter.getByRole('radio', { name: 'Dunkel' })).toBeChecked();
    // The count is answered once the new worker has built its index of the catalogue (36,168 films).
    await expect(optionsAfter.getByRole('button', { name: /Korrekturen löschen \(1\)/ })).toBeVisible({ timeout: 10_000 });

    // … the correction and the confirmation still hold, while the updated catalogue still marks other films.
    const pageAfter = await context.newPage();
    await pageAfter.goto(BROWSE);
    await expect(trigger(pageAfter, 'taxi-driver-1976').first()).toBeVisible({ timeout: 10_000 });
    await settle(pageAfter);
    expect(await markedFilms(pageAfter)).toEqual(['baby-driver-2017', 'pusher-ii-2004', 'taxi-driver-1976']);
    await expect(trigger(pageAfter, 'baby-driver-2017'), 'the confirmed match is sure').not.toHaveAttribute('data-filmlupe-unsure');
    await trigger(pageAfter, 'taxi-driver-1976').first().hover();
    await expect(pageAfter.getByRole('dialog', { name: 'Taxi Driver (1976)', exact: true })
      .getByRole('region', { name: 'Deine Wertung' }).getByRole('button', { name: 'Auf die Merkliste' }), 'still on the watchlist').toHaveAttribute('aria-pressed', 'true');
  } finally {
    await browser.close();
  }
});

test('a page left over from before the update: its old script stops without errors', async () => {
  const browser = await launchUpdatable();
  try {
    const page = await openMarkedTab(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message.split('\n')[0]!));

    await browser.update();
    // The user goes on using the old tab: pointer, keyboard, a Netflix navigation.
    await trigger(page, 'drive-2011').first().hover();
    await page.waitForTimeout(1500);
    await page.keyboard.press('Tab');
    await page.evaluate(() => history.pushState({}, '', '/browse/genre/1365'));
    await page.waitForTimeout(1000);

    expect(errors, 'uncaught errors in the old tab').toEqual([]);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('a page left over from before the update keeps no Filmlupe buttons that do nothing', async () => {
  const browser = await launchUpdatable();
  try {
    const page = await openMarkedTab(browser);

    await browser.update();
    // The first touch lets the old script notice that it is orphaned; then its buttons must go.
    await trigger(page, 'drive-2011').first().hover();
    await page.waitForTimeout(1500);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('[data-filmlupe-film]'), 'dead triggers left on the page').toHaveCount(0);
  } finally {
    await browser.close();
  }
});

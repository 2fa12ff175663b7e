/**
 * The settings page in real Chromium: a per-site switch takes effect on the site, and the user's
 * settings and "Nicht dieser Film?" corrections survive an extension update with a new catalogue.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  copyExtension, enableDeveloperMode, expect, extensionWorker, isWebRequest, launchWithExtension, markedFilms, readCatalogue, settle,
  siteSwitch, test, trigger,
} from './fixtures';

declare const chrome: any;

const BROWSE = 'https://www.netflix.com/browse';
const NETFLIX_PAGE = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/netflix-browse.html'), 'utf8');

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return options;
}

/** A control that is saved on change, or a "Speichern" button if the page has one. */
async function saveIfNeeded(options: Page): Promise<void> {
  const save = options.getByRole('button', { name: /^Speichern/ });
  if (await save.count()) await save.first().click();
}

test('switching Netflix off on the settings page unmarks Netflix, and on again marks it', async ({ context, extensionId, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });

  const options = await openOptions(context, extensionId);
  const netflixSwitch = siteSwitch(options, 'Netflix');
  await expect(netflixSwitch).toBeChecked();
  await netflixSwitch.click();
  await saveIfNeeded(options);
  await expect(netflixSwitch).not.toBeChecked();

  await page.reload();
  await settle(page);
  expect(await markedFilms(page)).toEqual([]);

  await options.reload();
  await expect(netflixSwitch).not.toBeChecked();
  await netflixSwitch.click();
  await saveIfNeeded(options);
  await page.reload();
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
});

/** Replaces `from` by `to` in every text file under `dir`; returns how many files changed. */
function replaceInFiles(dir: string, from: string, to: string): number {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      changed += replaceInFiles(path, from, to);
    } else if (/\.(js|json|html)$/.test(name)) {
      const text = readFileSync(path, 'utf8');
      if (text.includes(from)) {
        writeFileSync(path, text.split(from).join(to));
        changed++;
      }
    }
  }
  return changed;
}

/**
 * How an update is simulated: the test loads its own copy of .output/chrome-mv3 as an unpacked
 * extension, changes settings and adds a correction, then edits the copy the way a release would
 * (manifest version +1, and a new catalogue dataVersion so the background must re-seed its
 * IndexedDB) and calls chrome.runtime.reload() in the service worker (with developer mode on, see
 * enableDeveloperMode). Chromium re-reads an unpacked extension from disk on reload and treats it as
 * an update (runtime.onInstalled reason "update"), keeping chrome.storage and IndexedDB – the same
 * path a store update takes. The new service worker's manifest version proves the update happened.
 */
test('settings and a correction survive an extension update with a new catalogue', async () => {
  const extensionDir = copyExtension();
  const context = await launchWithExtension(extensionDir);
  try {
    await context.route(isWebRequest, (route) =>
      route.request().url().startsWith(BROWSE)
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: NETFLIX_PAGE })
        : route.abort('blockedbyclient'),
    );
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;

    // The user's choices: Amazon off, spoilers toggled, dark theme, and "Nicht dieser Film?" on Drive.
    const options = await openOptions(context, extensionId);
    await siteSwitch(options, '^Amazon').click();
    await options.getByRole('radio', { name: 'Dunkel' }).check();
    const spoilers = options.getByRole('checkbox', { name: /Spoiler/ }).or(options.getByRole('switch', { name: /Spoiler/ })).first();
    const spoilersBefore = await spoilers.isChecked();
    await spoilers.click();
    await saveIfNeeded(options);
    await expect(siteSwitch(options, '^Amazon')).not.toBeChecked();

    const page = await context.newPage();
    await page.goto(BROWSE);
    await trigger(page, 'drive-2011').first().hover();
    await page.getByRole('dialog', { name: 'Drive (2011)', exact: true })
      .getByRole('button', { name: 'Nicht dieser Film?' }).click();
    await expect(trigger(page, 'drive-2011')).toHaveCount(0);

    // The release: a new version and a new catalogue data version.
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const oldVersion: string = manifest.version;
    manifest.version = oldVersion.replace(/\d+$/, (last) => String(Number(last) + 1));
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const { dataVersion } = readCatalogue();
    const catalogueFiles = replaceInFiles(extensionDir, dataVersion, 'e2e-update-1');
    test.info().annotations.push({ type: 'catalogue', description: `dataVersion replaced in ${catalogueFiles} file(s)` });

    await enableDeveloperMode(context);
    const updated = context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => {
      // The worker goes away while answering; that is the reload working.
    });
    const newWorker = await updated;
    expect(await newWorker.evaluate(() => chrome.runtime.getManifest().version)).toBe(manifest.version);

    // After the update: the settings page shows the same choices …
    const optionsAfter = await openOptions(context, extensionId);
    await expect(siteSwitch(optionsAfter, '^Amazon')).not.toBeChecked();
    await expect(siteSwitch(optionsAfter, 'Netflix')).toBeChecked();
    const spoilersAfter = optionsAfter.getByRole('checkbox', { name: /Spoiler/ }).or(optionsAfter.getByRole('switch', { name: /Spoiler/ })).first();
    if (spoilersBefore) await expect(spoilersAfter).not.toBeChecked();
    else await expect(spoilersAfter).toBeChecked();
    await expect(optionsAfter.getByRole('radio', { name: 'Dunkel' })).toBeChecked();
    await expect(optionsAfter.getByRole('button', { name: /Korrekturen löschen \(1\)/ })).toBeVisible();

    // … and the correction still holds, while the (re-seeded) catalogue still marks other films.
    const pageAfter = await context.newPage();
    await pageAfter.goto(BROWSE);
    await expect(trigger(pageAfter, 'taxi-driver-1976').first()).toBeVisible({ timeout: 10_000 });
    await settle(pageAfter);
    expect(await markedFilms(pageAfter)).toEqual(['taxi-driver-1976']);
  } finally {
    await context.close();
    rmSync(resolve(extensionDir, '..'), { recursive: true, force: true });
  }
});

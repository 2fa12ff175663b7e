/**
 * Simulating an extension update in Chromium, for the tests that check what survives one and what
 * happens to pages still running the old content script.
 *
 * How: the test loads its own copy of .output/chrome-mv3 as an unpacked extension, then edits the
 * copy the way a release would (manifest version +1, and a new catalogue dataVersion, as
 * new data would bring) and calls chrome.runtime.reload() in the service worker,
 * with developer mode on (see enableDeveloperMode). Chromium re-reads an unpacked extension from
 * disk on reload and treats it as an update (runtime.onInstalled reason "update"), keeping
 * chrome.storage and IndexedDB – the same path a store update takes. The new service worker's
 * manifest version proves the update happened.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  copyExtension, enableDeveloperMode, expect, extensionWorker, isWebRequest, launchWithExtension, readCatalogue, trigger,
} from './fixtures';

declare const chrome: any;

export const BROWSE = 'https://www.netflix.com/browse';
const NETFLIX_PAGE = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/netflix-browse.html'), 'utf8');

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

export interface UpdatableBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Releases a new version of the loaded copy and waits for its service worker. */
  update(): Promise<{ version: string; catalogueFilesChanged: number; runningVersion: string }>;
  close(): Promise<void>;
}

/** Chromium with a private copy of the extension and the Netflix fixture at netflix.com/browse. */
export async function launchUpdatable(): Promise<UpdatableBrowser> {
  const extensionDir = copyExtension();
  const context = await launchWithExtension(extensionDir);
  await context.route(isWebRequest, (route) =>
    route.request().url().startsWith(BROWSE)
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: NETFLIX_PAGE })
      : route.abort('blockedbyclient'),
  );
  const extensionId = new URL((await extensionWorker(context)).url()).host;

  async function update() {
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.version = String(manifest.version).replace(/\d+$/, (last) => String(Number(last) + 1));
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const catalogueFilesChanged = replaceInFiles(extensionDir, readCatalogue().dataVersion, `e2e-${Date.now()}`);

    await enableDeveloperMode(context);
    const worker = await extensionWorker(context);
    const updated = context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => {
      // The worker goes away while answering; that is the reload working.
    });
    const runningVersion: string = await (await updated).evaluate(() => chrome.runtime.getManifest().version);
    return { version: manifest.version as string, catalogueFilesChanged, runningVersion };
  }

  async function close() {
    await context.close();
    rmSync(resolve(extensionDir, '..'), { recursive: true, force: true });
  }

  return { context, extensionId, update, close };
}

/** A new tab of `browser` on the Netflix page, once the running copy has marked Drive there: the tab an update leaves behind. */
export async function openMarkedTab(browser: UpdatableBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(BROWSE);
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  return page;
}

/**
 * The end-to-end harness: Debian's Chromium with the built extension (.output/chrome-mv3) loaded,
 * fixture pages from tests/fixtures/pages served under the real hostnames, and every other request
 * aborted so nothing leaves the machine. Tests talk to the extension only the way a user (or the
 * contract in issue 3) does: `data-filmlupe-film` on the trigger, the `role="dialog"` popover,
 * popup.html / options.html. The service worker is used only to read browser state (tab ids, the
 * toolbar badge, the manifest version) and to simulate an update.
 */
import { test as base, chromium, expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isWebRequest, PAGES, ROOT } from './common';
import type { UserFilm } from '../../lib/userdata/types';

export { isWebRequest, readCatalogue } from './common';

// The extension APIs exist only inside the service worker, where the evaluate callbacks run.
declare const chrome: any;

export const BUILT_EXTENSION = join(ROOT, '.output/chrome-mv3');

/**
 * Copies the built extension to a fresh temp folder. Tests load the copy, so a `wxt build` running
 * meanwhile (several engineers share this work tree) cannot change the extension under a test, and
 * the update test can edit its copy.
 */
export function copyExtension(): string {
  if (!existsSync(join(BUILT_EXTENSION, 'manifest.json'))) {
    throw new Error(`${BUILT_EXTENSION} fehlt: erst "npm run -s catalogue && npx wxt build" ausführen.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'filmlupe-e2e-'));
  cpSync(BUILT_EXTENSION, join(dir, 'ext'), { recursive: true });
  return join(dir, 'ext');
}

/** Chromium with only this extension, offline-quiet, in a throw-away profile. */
export async function launchWithExtension(extensionDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The extension's (current) service worker; after a reload or update this is the new one. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  if (running) return running;
  return context.waitForEvent('serviceworker', {
    predicate: (worker) => worker.url().startsWith('chrome-extension://'),
    timeout: 15_000,
  });
}

/** Fixture pages by URL; one route answers all of them and aborts everything else. */
async function installRoutes(context: BrowserContext): Promise<Map<string, string>> {
  const served = new Map<string, string>();
  // Only web requests: the extension's own chrome-extension:// files must load untouched.
  await context.route(isWebRequest, async (route) => {
    const url = route.request().url().split('#')[0]!;
    const body = served.get(url);
    if (body === undefined) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return served;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Serves tests/fixtures/pages/<fixtureFile> at `url` (the real hostname). */
  serve: (url: string, fixtureFile: string) => Promise<void>;
  /** Serves a fixture and opens it in a new tab. */
  openFixture: (url: string, fixtureFile: string) => Promise<Page>;
}

export const test = base.extend<Fixtures, { extensionDir: string }>({
  extensionDir: [
    async ({}, use) => {
      const dir = copyExtension();
      await use(dir);
      rmSync(resolve(dir, '..'), { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionDir }, use) => {
    const context = await launchWithExtension(extensionDir);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  serve: async ({ context }, use) => {
    const served = await installRoutes(context);
    await use(async (url, fixtureFile) => {
      served.set(url, readFileSync(join(PAGES, fixtureFile), 'utf8'));
    });
  },
  openFixture: async ({ context, serve }, use) => {
    await use(async (url, fixtureFile) => {
      await serve(url, fixtureFile);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    });
  },
});

export { expect };

/** The film ids marked on `container` itself or inside it (open shadow roots included). */
export async function marksIn(container: Locator): Promise<string[]> {
  const own = await container.getAttribute('data-filmlupe-film');
  const inside = await container
    .locator('[data-filmlupe-film]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-filmlupe-film') ?? ''));
  return [...new Set([own ?? '', ...inside].filter(Boolean))].sort();
}

/** The trigger(s) a user hovers or focuses for one film. */
export function trigger(page: Page, filmId: string): Locator {
  return page.locator(`[data-filmlupe-film="${filmId}"]`);
}

/**
 * For pages where nothing may be marked: there is no mark to wait for, so give the content script
 * (document_idle, one batched frame, one message round trip) a fixed while to do its work.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
}

/** Hovers a film's (first) trigger once it is marked, and returns its card once it shows. */
export async function openCard(page: Page, filmId: string, cardName: string): Promise<Locator> {
  const tile = trigger(page, filmId).first();
  await expect(tile).toBeVisible({ timeout: 10_000 });
  await tile.hover();
  const dialog = page.getByRole('dialog', { name: cardName, exact: true });
  await expect(dialog).toBeVisible({ timeout: 5000 });
  return dialog;
}

/** From now on every IndexedDB write in the background fails as on a full disk. */
export async function failEveryWrite(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** The browser's tab id of `page` (for popup.html?tab=<id>). */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const worker = await extensionWorker(context);
  const tabs: Array<{ id: number; url?: string }> = await worker.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((candidate) => candidate.url === page.url());
  if (!tab) throw new Error(`Kein Tab mit ${page.url()} gefunden (Host-Berechtigung fehlt?)`);
  return tab.id;
}

/** The text of the toolbar badge on one tab ("2"). */
export async function badgeText(context: BrowserContext, tabId: number): Promise<string> {
  const worker = await extensionWorker(context);
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens the settings page in a tab (Chromium would show it inside chrome://extensions). */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return options;
}

/** Opens the toolbar popup in a tab, for the page tab `tabId`. */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** The `data-filmlupe-film` of the focused element, looking through open shadow roots. */
export async function focusedFilm(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.getAttribute('data-filmlupe-film') ?? null;
  });
}

/** A per-site on/off control (checkbox or switch) whose accessible name names the site. */
export function siteSwitch(page: Page, siteName: string): Locator {
  const name = new RegExp(siteName, 'i');
  return page.getByRole('checkbox', { name }).or(page.getByRole('switch', { name })).first();
}

/** Every film id marked on the page, deduplicated and sorted. */
export async function markedFilms(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-filmlupe-film]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-filmlupe-film') ?? ''));
  return [...new Set(ids)].sort();
}

/**
 * Chromium (since ~137) disables an unpacked extension that is reloaded while developer mode is off
 * ("unsupportedDeveloperExtension"); --load-extension only covers the start. chrome://extensions has
 * the developerPrivate API that switches developer mode on, as a developer would before reloading.
 */
export async function enableDeveloperMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  await page.close();
}

/**
 * Stops the extension's service worker once it is installed (Chromium stops an idle one the same way);
 * the next message starts a new one. Through the DevTools protocol: Playwright has no call for it.
 */
export async function stopWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.find((version) => version.scriptURL.startsWith('chrome-extension://'));
    if (ours) status = `${ours.runningStatus}/${ours.status}`;
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => status, { timeout: 15_000 }).toBe('running/activated');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => status).toBe('stopped/activated');
  await cdp.detach();
}

/** Writes one entry into the worker's `userFilms` store, as an import stores it (lib/userdata/store.ts). */
export async function putUserFilm(worker: Worker, entry: UserFilm): Promise<void> {
  await worker.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('filmlupe');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('userFilms', 'readwrite');
          tx.objectStore('userFilms').put(value);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entry,
  );
}

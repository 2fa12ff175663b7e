/**
 * The Firefox end-to-end harness: Debian's Firefox ESR (`/usr/bin/firefox-esr`, or FIREFOX_PATH) driven
 * over WebDriver BiDi by puppeteer-core (no geckodriver, no browser download), with the built extension
 * (.output/firefox-mv2) installed as a temporary add-on (BiDi `webExtension.install`, Firefox ≥ 136).
 * Fixture pages from tests/fixtures/pages are served under the real https hostnames by request
 * interception (BiDi `network.provideResponse`), so the content script's https-only match patterns apply;
 * every other web request is aborted. What Chromium's harness does with Playwright (tests/e2e/fixtures.ts),
 * this does with what works in Firefox; docs/stack.md ("Firefox") says why each piece is as it is.
 */
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { isWebRequest, PAGES, ROOT } from '../e2e/common';

const BUILT_EXTENSION = join(ROOT, '.output/firefox-mv2');
const GECKO_ID = 'filmlupe@filmlupe.invalid';
export const SCREENSHOTS = join(ROOT, 'test-results/firefox');

// The extension APIs exist only in the extension's own pages, where the evaluate callbacks run.
declare const browser: any;

export interface Firefox {
  browser: Browser;
  /** moz-extension://<uuid> of the installed extension. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Firefox ESR with only this extension, in a throw-away profile. The extension is a copy, so a
 * `wxt build -b firefox` running meanwhile cannot change it under a test.
 */
export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(join(BUILT_EXTENSION, 'manifest.json'))) {
    throw new Error(`${BUILT_EXTENSION} fehlt: erst "npm run -s catalogue && npx wxt build -b firefox" ausführen.`);
  }
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} fehlt: "bash scripts/ensure-firefox.sh" installiert Firefox ESR (oder FIREFOX_PATH setzen).`);
  const dir = mkdtempSync(join(tmpdir(), 'filmlupe-firefox-'));
  const extension = join(dir, 'ext');
  cpSync(BUILT_EXTENSION, extension, { recursive: true });
  // A fixed moz-extension:// UUID (Firefox picks a random one per profile unless this pref names it).
  const uuid = randomUUID();
  const ff = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 720 },
    // Lets BiDi navigate a tab to moz-extension:// (popup.html, options.html); without it Firefox
    // answers "Navigation to … is not allowed in this context" (only http(s), file, blob, about:blank).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  try {
    const id = await ff.installExtension(extension);
    if (id !== GECKO_ID) throw new Error(`Erweiterung mit der ID ${id} installiert, erwartet ${GECKO_ID}`);
  } catch (error) {
    await ff.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    browser: ff,
    origin: `moz-extension://${uuid}`,
    async close() {
      try {
        await ff.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Opens tests/fixtures/pages/<fixtureFile> at `url` (the real hostname) in a new tab. */
export async function openFixture(ff: Firefox, url: string, fixtureFile: string): Promise<Page> {
  const body = readFileSync(join(PAGES, fixtureFile), 'utf8');
  const page = await ff.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const requested = request.url().split('#')[0]!;
    if (requested === url) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    else if (isWebRequest(new URL(requested))) void request.abort('blockedbyclient');
    else void request.continue();
  });
  await page.goto(url);
  return page;
}

/**
 * Opens one of the extension's pages (`options.html`, `popup.html?tab=1`) in a new tab. Puppeteer's
 * goto waits for BiDi navigation events, which Firefox does not send for moz-extension:// documents;
 * the BiDi navigate command itself answers once the page is loaded, so the harness sends that.
 */
export async function openExtensionPage(ff: Firefox, path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await ff.browser.newPage();
  if (viewport) await page.setViewport(viewport);
  await navigateExtensionPage(ff, page, path);
  return page;
}

export async function navigateExtensionPage(ff: Firefox, page: Page, path: string): Promise<void> {
  // puppeteer-core's BiDi frame keeps its BiDi browsing context here (not part of the typed API).
  const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<void> } }).browsingContext;
  await context.navigate(`${ff.origin}/${path}`, 'complete');
  await page.waitForFunction(() => document.readyState === 'complete' && document.body.childElementCount > 0, { timeout: 10_000 });
}

/** The open tabs (asked in an extension page: tabs.query; URLs only where the extension has host access or the tab is its own). */
function tabs(extensionPage: Page): Promise<Array<{ id: number; url?: string }>> {
  return extensionPage.evaluate(() => browser.tabs.query({}));
}

export async function tabUrls(extensionPage: Page): Promise<string[]> {
  return (await tabs(extensionPage)).flatMap((tab) => (tab.url ? [tab.url] : []));
}

/** The browser's tab id of the tab showing `url`. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const tab = (await tabs(extensionPage)).find((candidate) => candidate.url === url);
  if (!tab) throw new Error(`Kein Tab mit ${url} gefunden (Host-Berechtigung fehlt?)`);
  return tab.id;
}

/** The toolbar badge's text on one tab (Manifest V2: browserAction). */
export async function badgeText(extensionPage: Page, tabId: number): Promise<string> {
  return extensionPage.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

/** The first trigger a user hovers or focuses for one film (badges sit in the page's DOM). */
export async function trigger(page: Page, filmId: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`[data-filmlupe-film="${filmId}"]`, { visible: true, timeout });
  return handle!;
}

/** Every film id marked on the page, deduplicated and sorted. */
export function markedFilms(page: Page): Promise<string[]> {
  return page.$$eval('[data-filmlupe-film]', (elements) =>
    [...new Set(elements.map((element) => element.getAttribute('data-filmlupe-film') ?? ''))].sort(),
  );
}

/**
 * The card named `name` ("Drive (2011)") if it is shown: a `role="dialog"` in an open shadow root whose
 * aria-labelledby heading reads `name`, with a box on screen (the page may have dialogs of its own).
 */
function shownCard(page: Page, name: string): Promise<ElementHandle<Element> | null> {
  return page
    .evaluateHandle((wanted) => {
      // No named inner functions in evaluate callbacks: tsx compiles them with a `__name` helper the page lacks.
      const roots: Array<Document | ShadowRoot> = [document];
      for (let root = roots.pop(); root; root = roots.pop()) {
        for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
        for (const dialog of root.querySelectorAll('[role="dialog"]')) {
          const label = (dialog.getAttribute('aria-labelledby') ?? '')
            .split(/\s+/)
            .map((id) => (root as ShadowRoot).getElementById(id)?.textContent?.trim() ?? '')
            .join(' ')
            .replace(/\s+/g, ' ');
          const box = dialog.getBoundingClientRect();
          if (label === wanted && box.width > 0 && box.height > 0 && dialog.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return dialog;
        }
      }
      return null;
    }, name)
    .then(async (handle) => {
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (!element) await handle.dispose();
      return element;
    });
}

export async function cardShown(page: Page, name: string): Promise<boolean> {
  const element = await shownCard(page, name);
  await element?.dispose();
  return element !== null;
}

/**
 * Waits for the card named `name` and returns its dialog element once its box holds still for a frame
 * (Floating UI may place it again when its content settles; Playwright's clicks wait for the same, but
 * puppeteer clicks wherever the element was when asked).
 */
export async function card(page: Page, name: string, timeout = 5000): Promise<ElementHandle<Element>> {
  let element: ElementHandle<Element> | null = null;
  await waitFor(async () => (element = await shownCard(page, name)) !== null, `die Karte „${name}“ erscheint`, timeout);
  await element!.evaluate(async (dialog) => {
    let last = '';
    for (let frames = 0; frames < 60; frames++) {
      await new Promise((done) => requestAnimationFrame(done));
      const box = dialog.getBoundingClientRect();
      const now = `${box.x},${box.y},${box.width},${box.height}`;
      if (now === last) return;
      last = now;
    }
  });
  return element!;
}

/** Polls `condition` until it is true; fails with `what` (worked out at that moment) after `timeout` ms. */
export async function waitFor(condition: () => Promise<boolean>, what: string | (() => Promise<string>), timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`Zeitüberschreitung (${timeout} ms): ${typeof what === 'string' ? what : await what()}`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The `data-filmlupe-film` of the focused element, looking through open shadow roots. */
export function focusedFilm(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.getAttribute('data-filmlupe-film') ?? null;
  });
}

/** A button (in the page or its open shadow roots) whose text is `text`. */
export async function button(root: Page | ElementHandle<Element>, text: string): Promise<ElementHandle<Element>> {
  const handle = await root.waitForSelector(`>>> ::-p-text(${text})`, { visible: true, timeout: 5000 });
  return handle!;
}

/** The on/off switch (`input[role="switch"]`) labelled `label` ("Netflix"). */
export async function switchNamed(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (wanted) => [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find((input) => input.labels?.[0]?.textContent?.trim() === wanted),
    { timeout: 5000 },
    label,
  );
  return handle as unknown as ElementHandle<HTMLInputElement>;
}

/** The visible text of the page's body. */
export function bodyText(page: Page): Promise<string> {
  return page.$eval('body', (body) => (body as HTMLElement).innerText);
}

/** Saves a screenshot into test-results/firefox/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}

/**
 * The core of the end-to-end suite in Firefox ESR (issue 13, point 11): a Netflix page marked, the card
 * by hover and by keyboard, Escape, the "Nicht dieser Film?" correction, the popup and the settings page.
 * The same user paths as tests/e2e/netflix.spec.ts, popup.spec.ts and settings.spec.ts in Chromium, on
 * the Firefox build (.output/firefox-mv2). Each test gets a fresh Firefox and profile.
 * Run: `npm run test:firefox` (after `npx wxt build -b firefox`); harness: ./harness.ts.
 */
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ElementHandle, Page } from 'puppeteer-core';
import { readCatalogue } from '../e2e/common';
import {
  badgeText, bodyText, button, card, cardShown, focusedFilm, launchFirefox, markedFilms, navigateExtensionPage,
  openExtensionPage, openFixture, screenshot, sleep, switchNamed, tabIdOf, tabUrls, trigger, waitFor, type Firefox,
} from './harness';

const BROWSE = 'https://www.netflix.com/browse';
const DRIVE = 'Drive (2011)';
const drive = readCatalogue().films.find((film) => film.id === 'drive-2011')!;

/** Per test (a hung browser fails its test, not the run); node's --test-timeout would also cut the whole file. */
const LIMIT = { timeout: 60_000 };

let ff: Firefox;
beforeEach(async () => {
  ff = await launchFirefox();
}, LIMIT);
afterEach(async () => {
  await ff?.close();
}, LIMIT);

async function openBrowse(): Promise<Page> {
  const page = await openFixture(ff, BROWSE, 'netflix-browse.html');
  await trigger(page, 'drive-2011');
  return page;
}

/** The text of the popup's catalogue search section. */
function searchText(popup: Page): Promise<string> {
  return popup.$eval('.search', (section) => (section as HTMLElement).innerText);
}

/** The film ids marked in the Netflix tile whose link is labelled `label` (2023 and 2026 markup). */
function marksInTile(page: Page, label: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const tiles = [...document.querySelectorAll('.slider-item, [data-virtual-slot]')].filter((tile) =>
      [...tile.querySelectorAll('a[aria-label]:not([aria-hidden="true"])')].some((link) => link.getAttribute('aria-label') === wanted),
    );
    const ids = tiles.flatMap((tile) => [tile, ...tile.querySelectorAll('[data-filmlupe-film]')].map((element) => element.getAttribute('data-filmlupe-film') ?? ''));
    return [...new Set(ids.filter(Boolean))].sort();
  }, label);
}

test('marks Drive, Taxi Driver and Pusher II, and none of the look-alikes as them', LIMIT, async () => {
  const page = await openBrowse();
  await trigger(page, 'taxi-driver-1976');
  assert.deepEqual(await marksInTile(page, 'Drive'), ['drive-2011']);
  assert.deepEqual(await marksInTile(page, 'Taxi Driver'), ['taxi-driver-1976']);
  assert.deepEqual(await marksInTile(page, 'Pusher II'), ['pusher-ii-2004'], 'Top-10 tile');
  for (const lookAlike of ['Drive My Car', 'Breaking Bad', 'Drive Ahead!']) {
    assert.deepEqual(await marksInTile(page, lookAlike), [], lookAlike);
  }
  // "Baby Driver" is a film of the base catalogue (2017): marked as itself, never as Drive.
  assert.deepEqual(await marksInTile(page, 'Baby Driver'), ['baby-driver-2017']);
  assert.deepEqual(await markedFilms(page), ['baby-driver-2017', 'drive-2011', 'pusher-ii-2004', 'taxi-driver-1976']);
});

test('hovering the badge opens the Drive card; Escape closes it and it stays closed', LIMIT, async () => {
  const page = await openBrowse();
  const badge = await trigger(page, 'drive-2011');
  // Its look comes from the stylesheet the manifest injects with the content script (badge.css).
  const look = await badge.evaluate((element) => {
    const style = getComputedStyle(element);
    return { width: element.getBoundingClientRect().width, radius: style.borderTopLeftRadius, border: style.borderTopColor, icon: getComputedStyle(element, '::before').borderTopStyle };
  });
  assert.deepEqual(look, { width: 28, radius: '50%', border: 'rgb(245, 197, 24)', icon: 'solid' });
  await badge.hover();
  const dialog = await card(page, DRIVE, 3000);
  const text = await dialog.evaluate((element) => (element as HTMLElement).innerText);
  assert.match(text, /Nicolas Winding Refn/);
  assert.match(text, /Kritiker: \d+ von \d+ positiv/);
  assert.match(text, /Ryan Gosling\s*(?:als)?\s*Driver/);
  assert.match(text, /Nicht dieser Film\?/);
  await screenshot(page, 'card-netflix');

  await page.keyboard.press('Escape');
  await waitFor(async () => !(await cardShown(page, DRIVE)), 'Escape schließt die Karte', 1000);
  await sleep(1200);
  assert.equal(await cardShown(page, DRIVE), false, 'the card stays closed while the pointer rests on the badge');
});

test('keyboard: tabbing to the badge opens the card', LIMIT, async () => {
  const page = await openBrowse();
  let focused: string | null = null;
  for (let presses = 0; presses < 40 && focused !== 'drive-2011'; presses++) {
    await page.keyboard.press('Tab');
    focused = await focusedFilm(page);
  }
  assert.equal(focused, 'drive-2011', 'the Drive badge is reachable with Tab');
  await card(page, DRIVE, 3000);
  await page.keyboard.press('Escape');
  await waitFor(async () => !(await cardShown(page, DRIVE)), 'Escape schließt die Karte', 1000);
});

test('"Nicht dieser Film?" removes the mark, also after a reload', LIMIT, async () => {
  const page = await openBrowse();
  await (await trigger(page, 'drive-2011')).hover();
  const dialog = await card(page, DRIVE, 3000);
  await (await button(dialog, 'Nicht dieser Film?')).click();
  await waitFor(async () => !(await markedFilms(page)).includes('drive-2011'), 'die Markierung von Drive verschwindet');
  await waitFor(async () => !(await cardShown(page, DRIVE)), 'die Karte schließt sich');

  await page.reload();
  // Taxi Driver is marked again, so the content script has run on the reloaded page …
  await trigger(page, 'taxi-driver-1976');
  // … and Drive stays unmarked.
  assert.deepEqual(await markedFilms(page), ['baby-driver-2017', 'pusher-ii-2004', 'taxi-driver-1976']);
});

test('the popup lists the films of the tab, the badge counts them, and the search finds Drive by its star', LIMIT, async () => {
  const page = await openBrowse();
  const popup = await openExtensionPage(ff, 'popup.html', { width: 400, height: 600 });
  const tabId = await tabIdOf(popup, BROWSE);
  await waitFor(async () => (await badgeText(popup, tabId)) === '4', 'das Symbol zeigt 4 Filme');
  await navigateExtensionPage(ff, popup, `popup.html?tab=${tabId}`);
  await waitFor(async () => /Pusher II\s*\(2004\)/.test(await bodyText(popup)), 'das Popup listet die Filme des Tabs');
  const films = await bodyText(popup);
  assert.match(films, /Drive\s*\(2011\)/);
  assert.match(films, /Taxi Driver\s*\(1976\)/);
  assert.match(films, /Baby Driver\s*\(2017\)/);
  assert.doesNotMatch(films, /Drive My Car/);

  // The catalogue search (its own section of the popup).
  await (await popup.$('input[type="search"]'))!.type('gosling');
  await waitFor(async () => /Treffer/.test(await searchText(popup)), 'die Suche antwortet');
  assert.match(await searchText(popup), new RegExp(`${drive.germanTitle}\\s*\\(2011\\)`));
  assert.doesNotMatch(await searchText(popup), /Taxi Driver/);

  // A listed film opens its card on the page (and the popup closes, as a toolbar popup would).
  const listed = await popup.evaluateHandle(() =>
    [...document.querySelectorAll('button')].find((element) => !element.closest('.search') && /^Drive\s*\(2011\)/.test(element.innerText)),
  );
  await (listed as unknown as ElementHandle<Element>).click();
  await card(page, DRIVE, 3000);
});

test('switching Netflix off on the settings page unmarks Netflix; the setting persists; on again marks it', LIMIT, async () => {
  const page = await openBrowse();
  const options = await openExtensionPage(ff, 'options.html');
  // The build runs as a temporary add-on (about:debugging's "Temporäres Add-on laden"), unsigned.
  const self = await options.evaluate(() => (globalThis as any).browser.management.getSelf());
  assert.equal(self.installType, 'development', 'installed temporarily');
  const netflixSwitch = () => switchNamed(options, 'Netflix');
  const checked = async () => (await netflixSwitch()).evaluate((input) => input.checked);
  assert.equal(await checked(), true);
  await (await netflixSwitch()).click();
  await waitFor(async () => !(await checked()), 'der Schalter ist aus');

  await page.reload();
  await page.waitForFunction(() => document.readyState === 'complete');
  await sleep(1500); // no mark to wait for: give the content script its while (as settle() in Chromium)
  assert.deepEqual(await markedFilms(page), []);

  await navigateExtensionPage(ff, options, 'options.html');
  assert.equal(await checked(), false, 'the switch is still off after reloading the settings page');
  await (await netflixSwitch()).click();
  await waitFor(checked, 'der Schalter ist wieder an');
  await page.reload();
  await trigger(page, 'drive-2011');
});

test('the gear in the card opens the settings in a tab', LIMIT, async () => {
  const page = await openBrowse();
  await (await trigger(page, 'drive-2011')).hover();
  const dialog = await card(page, DRIVE, 3000);
  const gear = (await dialog.$('button[aria-label="Einstellungen"]'))!;
  // Which clicks reached the gear: puppeteer clicks where the element was when asked, so a click that
  // landed beside it (the card still settling on a loaded machine) is tried once more; a click that
  // reached the gear and opened nothing fails the test.
  await gear.evaluate((button) => {
    (button as HTMLElement).dataset.clicks = '';
    button.addEventListener('click', (event) => ((button as HTMLElement).dataset.clicks += event.isTrusted ? 'T' : 'u'), { capture: true });
  });
  const clicks = () => gear.evaluate((button) => (button as HTMLElement).dataset.clicks ?? '');
  await gear.click();
  if ((await clicks()) === '') await gear.click();
  // Firefox sends no navigation events for moz-extension:// tabs, so puppeteer does not learn the new
  // tab's URL: ask the extension which tabs are open.
  const probe = await openExtensionPage(ff, 'popup.html');
  await waitFor(
    async () => (await tabUrls(probe)).some((url) => url.endsWith('/options.html')),
    async () => `ein Tab mit options.html (offen: ${(await tabUrls(probe)).join(', ')}; Karte offen: ${await cardShown(page, DRIVE)}; Klicks am Zahnrad: "${await clicks()}")`,
    10_000,
  );
  assert.equal(await clicks(), 'T', 'one trusted click reached the gear');
});

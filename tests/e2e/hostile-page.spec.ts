/**
 * Pages that change under the marks (issue 13): a tile the site relabels instead of replacing, a title
 * element an SPA keeps across navigation, the MV3 service worker stopped while a batch waits for its
 * answer, and tiles the page throws away (their nodes must not stay alive because we marked them).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, marksIn, test, trigger } from './fixtures';

// The extension APIs exist only inside the service worker, where the evaluate callbacks run.
declare const chrome: any;

const BROWSE = 'https://www.netflix.com/browse';
const JUSTWATCH_DRIVE = 'https://www.justwatch.com/de/Film/drive';

/** The DOM nodes alive in the page's renderer after a full garbage collection. */
async function liveNodesAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    // Twice: the first collection may only release what keeps the rest alive (wrappers, then nodes).
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    return nodes;
  } finally {
    await cdp.detach();
  }
}

test.describe('a tile the site relabels (issue 13.1)', () => {
  test('a Netflix card whose aria-label changes loses the old badge and gets the new film, or none', async ({ openFixture }) => {
    const page = await openFixture(BROWSE, 'netflix-browse.html');
    await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
    const slot = page.locator('[data-virtual-slot]', { has: page.locator('a[href="/watch/81000201"]') });
    expect(await marksIn(slot)).toEqual(['drive-2011']);

    // Netflix reuses the card node for another title: only the label changes.
    await slot.locator('a').evaluate((card) => card.setAttribute('aria-label', 'Pusher'));
    await expect.poll(() => marksIn(slot), { timeout: 5000 }).toEqual(['pusher-1996']);
    await expect(slot.locator('[data-filmlupe-film]')).toHaveCount(1);

    // …and again, for a title that names no film: no badge at all.
    await slot.locator('a').evaluate((card) => card.setAttribute('aria-label', 'Qxv Kochduell Spezial'));
    await expect.poll(() => marksIn(slot), { timeout: 5000 }).toEqual([]);
    await expect(slot.locator('.filmlupe-badge-anchor')).toHaveCount(0);
  });

  test('a 2023 card whose fallback text is rewritten, and a JustWatch poster whose alt changes, follow the new title', async ({ openFixture }) => {
    const page = await openFixture(BROWSE, 'netflix-browse.html');
    await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
    // The 2023 card with an empty label is named by its p.fallback-text only.
    const card = page.locator('#title-card-1-1');
    await card.locator('a').evaluate((link) => link.setAttribute('aria-label', ''));
    await card.locator('p.fallback-text').evaluate((text) => (text.textContent = 'Taxi Driver'));
    await expect.poll(() => marksIn(card), { timeout: 5000 }).toEqual(['taxi-driver-1976']);
    // Text edited in place (a characterData change, no node added).
    await card.locator('p.fallback-text').evaluate((text) => ((text.firstChild as Text).data = 'Pusher'));
    await expect.poll(() => marksIn(card), { timeout: 5000 }).toEqual(['pusher-1996']);

    const justwatch = await openFixture(JUSTWATCH_DRIVE, 'justwatch-film-drive.html');
    const poster = justwatch.locator('#grid-taxi-driver');
    await expect.poll(() => marksIn(poster), { timeout: 10_000 }).toEqual(['taxi-driver-1976']);
    await poster.locator('img').evaluate((image) => image.setAttribute('alt', 'Pusher'));
    await expect.poll(() => marksIn(poster), { timeout: 5000 }).toEqual(['pusher-1996']);
    await poster.locator('img').evaluate((image) => image.setAttribute('alt', 'Qxv Kochduell'));
    await expect.poll(() => marksIn(poster), { timeout: 5000 }).toEqual([]);
  });
});

test.describe('in-page navigation that keeps the title element (issue 13.2)', () => {
  test('JustWatch swaps the heading text: the old film is neither marked nor opened', async ({ openFixture }) => {
    const page = await openFixture(JUSTWATCH_DRIVE, 'justwatch-film-drive.html');
    const heading = page.locator('h1');
    await expect(heading).toHaveAttribute('data-filmlupe-film', 'drive-2011', { timeout: 10_000 });

    // The SPA pushes the new address, then React rewrites the heading's text and year in place.
    await page.evaluate(() => {
      history.pushState({}, '', '/de/Film/pusher');
      const h1 = document.querySelector('h1')!;
      (h1.firstChild as Text).data = 'Pusher ';
      (h1.querySelector('.release-year')!.firstChild as Text).data = '(1996)';
    });
    await expect(heading).toHaveAttribute('data-filmlupe-film', 'pusher-1996', { timeout: 5000 });
    await heading.focus();
    await expect(page.getByRole('dialog', { name: 'Pusher (1996)', exact: true })).toBeVisible({ timeout: 3000 });
    await expect(page.getByRole('dialog', { name: 'Drive (2011)', exact: true })).toHaveCount(0);
  });

  test('JustWatch keeps the heading text on a series page of the same name: no film mark stays', async ({ openFixture }) => {
    const page = await openFixture(JUSTWATCH_DRIVE, 'justwatch-film-drive.html');
    const heading = page.locator('h1');
    await expect(heading).toHaveAttribute('data-filmlupe-film', 'drive-2011', { timeout: 10_000 });
    // /de/Serie/drive is the series "Drive": the heading still reads "Drive", the page is not the film's.
    await page.evaluate(() => history.pushState({}, '', '/de/Serie/drive'));
    await expect(heading).not.toHaveAttribute('data-filmlupe-film', /.*/, { timeout: 5000 });
    await heading.hover();
    await page.waitForTimeout(1000);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test('a batch whose answer is lost when the service worker is stopped is asked again (issue 13.6)', async ({ context, serviceWorker, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  // Hold the worker's thread when the batch with the new tile arrives, so that its answer cannot go
  // out before the worker is stopped (the real handler has started; it never gets to reply).
  await serviceWorker.evaluate(() => {
    chrome.runtime.onMessage.addListener((message: any) => {
      if (message?.type !== 'matchTitles' || !String(message.data?.titles?.texts).includes('Walhalla Rising')) return;
      const until = Date.now() + 30_000;
      while (Date.now() < until) {
        // busy: the worker answers nothing while this runs
      }
    });
  });
  await page.evaluate(() => {
    const slot = document.createElement('div');
    slot.id = 'late-slot';
    slot.setAttribute('data-virtual-slot', '9');
    slot.innerHTML = '<a data-uia="standard-card" href="/watch/81000501" aria-label="Walhalla Rising"><div class="boxart">Walhalla Rising</div></a>';
    document.querySelector('.row')!.append(slot);
  });
  await page.waitForTimeout(1000);
  // The batch is held: without the stop below its tile would stay unmarked for 30 s.
  expect(await marksIn(page.locator('#late-slot'))).toEqual([]);
  // Not stopWorker(): it waits to see the worker stopped, which this busy worker was not within 5 s.
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  // Well before the 30 s hold would have ended on its own.
  await expect.poll(() => marksIn(page.locator('#late-slot')), { timeout: 10_000 }).toEqual(['valhalla-rising-2009']);
});

test('tiles the page removed are released, even while the same film stays marked elsewhere (issue 13.9)', async ({ context, openFixture }) => {
  const page = await openFixture(BROWSE, 'netflix-browse.html');
  await expect(trigger(page, 'drive-2011').first()).toBeVisible({ timeout: 10_000 });
  const baseline = await liveNodesAfterGc(context, page);

  // A row of 2,000 "Drive" tiles (each gets a badge), then the page throws the row away.
  await page.evaluate(() => {
    const row = document.createElement('div');
    row.id = 'throwaway';
    row.innerHTML = Array.from(
      { length: 2000 },
      (_, i) => `<div data-virtual-slot="${i}"><a data-uia="standard-card" href="/watch/9${i}" aria-label="Drive"><div class="boxart">Drive</div></a></div>`,
    ).join('');
    document.body.append(row);
  });
  await expect(page.locator('#throwaway button[data-filmlupe-film="drive-2011"]')).toHaveCount(2000, { timeout: 15_000 });
  const withRow = await liveNodesAfterGc(context, page);
  expect(withRow - baseline, 'nodes the row added').toBeGreaterThan(10_000);

  await page.evaluate(() => document.getElementById('throwaway')!.remove());
  await page.waitForTimeout(500);
  const after = await liveNodesAfterGc(context, page);
  // The first Drive tile of the fixture is still marked; the thrown-away row must be gone.
  await expect(trigger(page, 'drive-2011')).toHaveCount(1);
  expect(after - baseline, `nodes left of ${withRow - baseline}`).toBeLessThan((withRow - baseline) / 10);
});

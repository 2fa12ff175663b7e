/**
 * One measured page visit (load, 10 appended batches, memory) and the hover → popover timing.
 * Script time comes from CDP `Performance.getMetrics` on the page target in thread-CPU time: the
 * renderer main thread's ScriptDuration and TaskDuration counters, which include the content script's
 * isolated world (checked with bench/calibration, see bench/README.md).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { BATCHES } from './page';

const SETTLE_QUIET_MS = 400;
const SETTLE_POLL_MS = 50;
const SETTLE_MAX_MS = 6000;

export interface Marks {
  planted: number;
  /** Planted catalogue cards holding a trigger with the expected film id. */
  markedPlanted: number;
  /** Planted cards marked with another film's id. */
  wrongFilm: number;
  /**
   * Triggers outside the planted cards naming a film that is not the tile's own: a look-alike or filler
   * taken for another film ("Drive Angry" as Drive). A base film of the tile's own title ("Baby Driver"
   * as baby-driver-2017: its id is the slug of its title and its year) is right, and counted apart.
   */
  falseMarks: number;
  falseTitles: string[];
  /** Triggers outside the planted cards naming the tile's own film of the base catalogue. */
  ownFilmMarks: number;
}

export interface HeapSample {
  jsUsed: number;
  embedderUsed: number;
  nodes: number;
}

export interface RoundResult {
  loadScriptMs: number;
  loadTaskMs: number;
  batchScriptMs: number[];
  batchTaskMs: number[];
  longTasks: { load: { start: number; duration: number }[]; batches: { start: number; duration: number }[] };
  marksAtLoad: Marks;
  marksAtEnd: Marks;
  heapAtLoad: HeapSample;
  heapAtEnd: HeapSample;
  /** Times the page had not gone quiet within SETTLE_MAX_MS (something keeps running scripts). */
  unsettled: number;
}

interface Counters {
  script: number;
  task: number;
}

async function counters(cdp: CDPSession): Promise<Counters> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { script: value('ScriptDuration') * 1000, task: value('TaskDuration') * 1000 };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until no script has run on the main thread for SETTLE_QUIET_MS (the extension's frame-batched
 * work and its replies from the background are done). Polls over CDP only: running JavaScript in the
 * page to ask would itself count as script time.
 */
async function settle(cdp: CDPSession): Promise<{ at: Counters; settled: boolean }> {
  const start = Date.now();
  let last = await counters(cdp);
  let quietSince = Date.now();
  while (Date.now() - start < SETTLE_MAX_MS) {
    await sleep(SETTLE_POLL_MS);
    const now = await counters(cdp);
    if (now.script !== last.script) quietSince = Date.now();
    else if (Date.now() - quietSince >= SETTLE_QUIET_MS) return { at: now, settled: true };
    last = now;
  }
  return { at: last, settled: false };
}

function countMarks(page: Page): Promise<Marks> {
  return page.evaluate(() => {
    const planted = [...document.querySelectorAll('[data-bench-expect]')];
    let markedPlanted = 0;
    let wrongFilm = 0;
    for (const card of planted) {
      const ids = [...card.querySelectorAll('[data-filmlupe-film]')].map((t) => t.getAttribute('data-filmlupe-film'));
      if (ids.includes(card.getAttribute('data-bench-expect'))) markedPlanted++;
      else if (ids.length > 0) wrongFilm++;
    }
    // A tile marked as its own base film: the id is lib/catalogue/slug.ts of the tile's title and a year
    // (no named helpers in here: the bundler would wrap them in a helper the page does not have).
    const outside = [...document.querySelectorAll('[data-filmlupe-film]')].filter((t) => !t.closest('[data-bench-expect]'));
    const falseTitles: string[] = [];
    for (const t of outside) {
      const title = t.closest('[data-virtual-slot], .slider-item')?.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '';
      const slugged = title.toLowerCase().replace(/['’`´]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const id = t.getAttribute('data-filmlupe-film') ?? '';
      if (!(slugged !== '' && id.startsWith(slugged) && /^-\d{4}$/.test(id.slice(slugged.length)))) falseTitles.push(`${title || '?'} → ${id}`);
    }
    return {
      planted: planted.length, markedPlanted, wrongFilm, falseMarks: falseTitles.length, falseTitles: [...new Set(falseTitles)].slice(0, 10),
      ownFilmMarks: outside.length - falseTitles.length,
    };
  });
}

/** Heap after two forced collections: the whole V8 isolate (page world + content-script world). */
async function heap(cdp: CDPSession): Promise<HeapSample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { jsUsed: usage.usedSize, embedderUsed: usage.embedderHeapUsedSize ?? NaN, nodes: metrics.find((m) => m.name === 'Nodes')?.value ?? NaN };
}

export async function measureRound(context: BrowserContext, url: string): Promise<RoundResult> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    let unsettled = 0;
    const loaded = await settle(cdp);
    if (!loaded.settled) unsettled++;
    const loadEnd = await page.evaluate(() => performance.now());
    const marksAtLoad = await countMarks(page);
    const heapAtLoad = await heap(cdp);
    const batchScriptMs: number[] = [];
    const batchTaskMs: number[] = [];
    let before = await settle(cdp);
    for (let batch = 0; batch < BATCHES; batch++) {
      // The page's own batch script runs through CDP, which ScriptDuration does not count: the figure
      // holds only the reactions (MutationObserver, frame and message callbacks), without the noise of
      // the page parsing 500 cards. The extension sees the same mutations either way.
      await page.evaluate('window.__benchAppendBatch()');
      const after = await settle(cdp);
      if (!after.settled) unsettled++;
      batchScriptMs.push(after.at.script - before.at.script);
      batchTaskMs.push(after.at.task - before.at.task);
      before = after;
    }
    const marksAtEnd = await countMarks(page);
    const tasks: { start: number; duration: number }[] = await page.evaluate(() => (window as unknown as { __benchLongTasks: [] }).__benchLongTasks);
    const heapAtEnd = await heap(cdp);
    return {
      loadScriptMs: loaded.at.script,
      loadTaskMs: loaded.at.task,
      batchScriptMs,
      batchTaskMs,
      longTasks: { load: tasks.filter((t) => t.start < loadEnd), batches: tasks.filter((t) => t.start >= loadEnd) },
      marksAtLoad,
      marksAtEnd,
      heapAtLoad,
      heapAtEnd,
      unsettled,
    };
  } finally {
    await page.close();
  }
}

/**
 * Hover → popover: for each sample, hover a marked trigger with the mouse; the page notes the moment
 * the pointer reaches it (t0), then checks every animation frame for a visible `[role=dialog]` in an
 * open shadow root. The result is the frame time it first shows up minus (t0 + dwell): how late after
 * the delay the popover is painted. null = no popover within 5 s.
 */
export async function measureHovers(context: BrowserContext, url: string, dwellMs: number, samples: number): Promise<(number | null)[]> {
  const page = await context.newPage();
  const results: (number | null)[] = [];
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('[data-filmlupe-film]', { state: 'attached', timeout: 10_000 }).catch(() => null);
    await page.waitForTimeout(500);
    const triggers = await page.locator('[data-bench-expect] [data-filmlupe-film]').count();
    for (let i = 0; i < samples && triggers > 0; i++) {
      const trigger = page.locator('[data-bench-expect] [data-filmlupe-film]').nth(i % triggers);
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await trigger.scrollIntoViewIfNeeded();
      await page.waitForTimeout(400);
      await page.evaluate(HOVER_PROBE);
      const box = await trigger.boundingBox();
      if (!box) {
        results.push(null);
        continue;
      }
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const timing = await page.evaluate(() => (window as unknown as { __benchHover: Promise<{ t0: number; painted: number | null }> }).__benchHover);
      results.push(timing.painted === null ? null : timing.painted - (timing.t0 + dwellMs));
    }
  } finally {
    await page.close();
  }
  return results;
}

/**
 * Runs in the page (main world); a string, because the TypeScript loader would wrap named inner
 * functions in helpers the page does not have. Open shadow roots are visible from here; the popover
 * host sits on body.
 */
const HOVER_PROBE = `window.__benchHover = new Promise(function (resolve) {
  var t0 = -1;
  setTimeout(function () { resolve({ t0: t0, painted: null, reason: t0 < 0 ? 'pointer never reached a trigger' : 'no popover' }); }, 6000);
  function visibleDialog() {
    // Direct children only: a selector such as 'body > *' would test all 50,000 elements every frame.
    var hosts = Array.prototype.slice.call(document.documentElement.children).concat(Array.prototype.slice.call(document.body.children));
    for (var i = 0; i < hosts.length; i++) {
      var dialog = hosts[i].shadowRoot && hosts[i].shadowRoot.querySelector('[role="dialog"]');
      if (!dialog) continue;
      var box = dialog.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && dialog.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
    }
    return false;
  }
  function check() {
    var now = performance.now();
    if (visibleDialog()) resolve({ t0: t0, painted: now });
    else if (now - t0 > 5000) resolve({ t0: t0, painted: null });
    else requestAnimationFrame(check);
  }
  function onOver(event) {
    if (t0 >= 0 || !(event.target instanceof Element) || !event.target.closest('[data-filmlupe-film]')) return;
    t0 = performance.now();
    window.removeEventListener('pointerover', onOver, true);
    requestAnimationFrame(check);
  }
  window.addEventListener('pointerover', onOver, true);
});
undefined; // the script's value: without it, evaluate would wait for the promise`;

/**
 * Visiting the harder page (hard-page.ts) with a built extension, each visit traced: shared by the
 * bench (hard.ts) and the comparison of two builds (hard-ab.ts).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { readBuiltCatalogue } from '../../lib/catalogue/build';
import { buildTitleIndex, matchTitle, toMatchable } from '../../lib/title/match';
import { buildHardPage, HARD_BATCHES, HARD_PLANTED_AT_LOAD, HARD_PLANTED_PER_BATCH } from './hard-page';
import type { Plant } from './page';
import { analysePhases, loadAndAppendBatches, recordTrace, type PhaseResult, type PhaseTime } from './phases';

const PAGE_URL = 'https://www.netflix.com/browse';
/** Batches counted as a page's first ones: they pay V8's warm-up of our code (bench/decisions.md, "The first batches of a page"). */
export const FIRST_BATCHES = 3;

/**
 * Distinct catalogue films whose title alone names them (the matcher says so, with the real catalogue):
 * the curated films first, then base films spread over the catalogue. No title with " (": the 2026
 * adapter cuts a label there.
 */
function plants(count: number): Plant[] {
  const films = readBuiltCatalogue('.generated/catalogue.json').films;
  const index = buildTitleIndex(films.map(toMatchable));
  const chosen: Plant[] = [];
  const named = (title: string, id: string) => !title.includes(' (') && matchTitle(index, title)?.id === id;
  for (const film of films.filter((f) => f.source === 'curated')) {
    const title = [film.germanTitle, film.originalTitle, ...film.aliases].find((t) => named(t, film.id));
    if (title) chosen.push({ title, filmId: film.id });
  }
  const base = films.filter((f) => f.source !== 'curated');
  const step = Math.floor(base.length / (count * 3));
  for (let i = 0; chosen.length < count && i < base.length; i += step) {
    const film = base[i]!;
    if (named(film.germanTitle, film.id)) chosen.push({ title: film.germanTitle, filmId: film.id });
  }
  return chosen.slice(0, count);
}

/** One traced visit: load, 3 s, then 10 batches 700 ms apart; the phases and the planted films marked at the end. */
export async function visitHardPage(context: BrowserContext): Promise<HardVisit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const events = await recordTrace(cdp, () => loadAndAppendBatches(page, PAGE_URL, 3000, HARD_BATCHES));
    const [markedAtEnd, planted] = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('[data-bench-expect]')];
      const marked = cards.filter((card) => card.querySelector(`[data-filmlupe-film="${card.getAttribute('data-bench-expect')}"]`) !== null);
      return [marked.length, cards.length];
    });
    const result = analysePhases(events);
    const [load, ...batches] = result.phases;
    return { result, load: load!, batches, markedAtEnd: markedAtEnd!, planted: planted! };
  } finally {
    await page.close();
  }
}

/**
 * A browser with the extension, serving the harder page (with the real catalogue's films planted) at
 * its Netflix address and nothing else; resolves once the extension's worker runs.
 */
export async function openHardPageBrowser(extensionDir: string): Promise<BrowserContext> {
  const page = buildHardPage(plants(HARD_PLANTED_AT_LOAD + HARD_BATCHES * HARD_PLANTED_PER_BATCH));
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    await context.route(/^(https?|wss?):/, (route) =>
      route.request().url().startsWith(PAGE_URL) ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: page.html }) : route.abort('blockedbyclient'),
    );
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
    return context;
  } catch (error) {
    await context.close();
    throw error;
  }
}

export interface HardVisit {
  result: PhaseResult;
  /** The phases of `result`: load, then the batches in order. */
  load: PhaseTime;
  batches: PhaseTime[];
  markedAtEnd: number;
  planted: number;
}

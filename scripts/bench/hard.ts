/**
 * The harder page (hard-page.ts: 5,000 cards in the 2026 Netflix markup, built by the page's script,
 * every title distinct) visited with the extension, each visit traced; the extension's own
 * main-thread time per phase comes from the trace (phases.ts). Writes bench/tmp/hard.json for
 * report.ts.
 *
 *   npx tsx scripts/bench/hard.ts <extension dir>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium, type BrowserContext } from 'playwright-core';
import { readBuiltCatalogue } from '../../lib/catalogue/build';
import { buildTitleIndex, matchTitle, toMatchable } from '../../lib/title/match';
import { buildHardPage, HARD_BATCHES, HARD_PLANTED_AT_LOAD, HARD_PLANTED_PER_BATCH } from './hard-page';
import type { Plant } from './page';
import { analysePhases, recordTrace, snippet, type PhaseResult } from './phases';
import { summarize } from './stats';

const VISITS = Number(process.env.BENCH_ROUNDS ?? 5);
const PAGE_URL = 'https://www.netflix.com/browse';
const OUTPUT = 'bench/tmp/hard.json';
/** Batches counted as a page's first ones (see `batchPhases`). */
const FIRST_BATCHES = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

async function visit(context: BrowserContext): Promise<{ result: PhaseResult; markedAtEnd: number; planted: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const events = await recordTrace(cdp, async () => {
      await page.goto(PAGE_URL, { waitUntil: 'load' });
      await sleep(3000);
      for (let batch = 0; batch < HARD_BATCHES; batch++) {
        await page.evaluate('window.__benchAppendBatch()');
        await sleep(700);
      }
    });
    const [markedAtEnd, planted] = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('[data-bench-expect]')];
      const marked = cards.filter((card) => card.querySelector(`[data-filmlupe-film="${card.getAttribute('data-bench-expect')}"]`) !== null);
      return [marked.length, cards.length];
    });
    return { result: analysePhases(events), markedAtEnd: markedAtEnd!, planted: planted! };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const extensionDir = process.argv[2];
  if (!extensionDir) throw new Error('usage: hard.ts <extension dir>');
  const page = buildHardPage(plants(HARD_PLANTED_AT_LOAD + HARD_BATCHES * HARD_PLANTED_PER_BATCH));
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const visits: Awaited<ReturnType<typeof visit>>[] = [];
  const loads: number[] = [];
  try {
    await context.route(/^(https?|wss?):/, (route) =>
      route.request().url().startsWith(PAGE_URL) ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: page.html }) : route.abort('blockedbyclient'),
    );
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
    // Visit 0 warms the worker and the code caches up and is not counted.
    for (let round = 0; round <= VISITS; round++) {
      const done = await visit(context);
      loads.push(os.loadavg()[0]!);
      const load = done.result.phases.find((p) => p.phase === 'load')!;
      const batches = done.result.phases.filter((p) => p.phase !== 'load');
      console.log(
        `hard page: visit ${round}${round === 0 ? ' (warm-up)' : ''}: load ${load.eventsMs.toFixed(1)} ms (events) / ${load.samplesMs.toFixed(1)} ms (samples), ` +
          `batches ${batches.map((b) => `${b.samplesMs.toFixed(1)}/${b.eventsMs.toFixed(1)}/${b.eventsCpuMs.toFixed(1)}`).join(' ')} ms (samples/events/their CPU time); marked ${done.markedAtEnd}/${done.planted}; load average ${os.loadavg()[0]!.toFixed(1)}`,
      );
      if (round > 0) visits.push(done);
    }
  } finally {
    await context.close();
  }
  const sources = new Map<string, string>();
  const source = (file: string) => sources.get(file) ?? sources.set(file, readFileSync(`${extensionDir}/${file}`, 'utf8')).get(file)!;
  const functions = new Map<string, { at: string; phase: string; ms: number }>();
  for (const { result } of visits) {
    for (const f of result.functions) {
      const key = `${f.phase} ${f.at}`;
      functions.set(key, { ...f, ms: (functions.get(key)?.ms ?? 0) + f.ms / visits.length });
    }
  }
  const top = [...functions.values()].sort((a, b) => b.ms - a.ms).slice(0, Number(process.env.HARD_TOP ?? 16)).map((f) => {
    const [file, line, column] = f.at.slice(f.at.lastIndexOf(' ') + 1).split(':');
    return { ...f, code: file ? snippet(source(file), Number(line), Number(column)) : '' };
  });
  type Pick = 'eventsMs' | 'eventsCpuMs' | 'samplesMs';
  const phase = (name: string, pick: Pick) => visits.map((v) => v.result.phases.find((p) => p.phase === name)?.[pick] ?? NaN);
  // Batches in order; `from`/`to` pick some of each visit's (the first ones after load pay the page's
  // own warm-up of the script: bench/decisions.md, "The first batches of a page").
  const batchPhases = (pick: Pick, from = 0, to = HARD_BATCHES) =>
    visits.flatMap((v) => v.result.phases.filter((p) => p.phase !== 'load').slice(from, to).map((p) => p[pick]));
  const result = {
    status: 'ok',
    visits: visits.length,
    loadAverage: summarize(loads),
    sampleIntervalUs: visits[0]?.result.sampleIntervalUs,
    loadEventsMs: summarize(phase('load', 'eventsMs')),
    loadSamplesMs: summarize(phase('load', 'samplesMs')),
    batchEventsMs: summarize(batchPhases('eventsMs')),
    loadEventsCpuMs: summarize(phase('load', 'eventsCpuMs')),
    batchEventsCpuMs: summarize(batchPhases('eventsCpuMs')),
    firstBatchesEventsMs: summarize(batchPhases('eventsMs', 0, FIRST_BATCHES)),
    firstBatchesEventsCpuMs: summarize(batchPhases('eventsCpuMs', 0, FIRST_BATCHES)),
    batchSamplesMs: summarize(batchPhases('samplesMs')),
    firstBatches: FIRST_BATCHES,
    firstBatchesSamplesMs: summarize(batchPhases('samplesMs', 0, FIRST_BATCHES)),
    laterBatchesSamplesMs: summarize(batchPhases('samplesMs', FIRST_BATCHES)),
    marked: visits.map((v) => `${v.markedAtEnd}/${v.planted}`),
    functions: top,
    raw: visits.map((v) => v.result.phases),
  };
  writeFileSync(OUTPUT, JSON.stringify(result, null, 2));
  console.log(`hard page: load ${result.loadSamplesMs.median.toFixed(1)} ms (samples), ${result.loadEventsMs.median.toFixed(1)} ms (events); per batch ${result.batchSamplesMs.median.toFixed(1)} / ${result.batchEventsMs.median.toFixed(1)} ms ` +
      `(samples: the first ${FIRST_BATCHES} after load ${result.firstBatchesSamplesMs.median.toFixed(1)}, the later ones ${result.laterBatchesSamplesMs.median.toFixed(1)}; ` +
      `events' CPU time: per batch ${result.batchEventsCpuMs.median.toFixed(1)}, the first ${FIRST_BATCHES} ${result.firstBatchesEventsCpuMs.median.toFixed(1)} of ${result.firstBatchesEventsMs.median.toFixed(1)} ms)`);
  for (const f of top) console.log(`  ${f.ms.toFixed(2)} ms ${f.phase} ${f.at} ${f.code}`);
}

main().catch((error: unknown) => {
  console.error('hard page bench failed:', error);
  writeFileSync(OUTPUT, JSON.stringify({ status: 'failed', reason: String(error) }, null, 2));
  process.exit(2);
});

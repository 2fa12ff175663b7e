/**
 * The browser half of `npm run bench`: the same generated Netflix-like page, measured side by side in
 * two persistent Chromium contexts, one with the built extension and one without, over several rounds.
 * Writes bench/tmp/browser.json for scripts/bench/report.ts. Method: bench/README.md.
 *
 *   npx tsx scripts/bench/browser.ts <extension dir> [--calibrate]
 * (--calibrate: the extension is bench/calibration, whose cost is known; marks are not checked.)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildBenchPage, BATCHES, type Plant } from './page';
import { measureHovers, measureRound, type RoundResult } from './measure';
import { readBuiltCatalogue } from '../../lib/catalogue/build';
import { summarize } from './stats';
import { traceVisit, type TraceResult } from './trace';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const HOVERS_PER_ROUND = 3;
const TRACED_VISITS = 2;
const PAGE_URL = 'https://www.netflix.com/browse';
const OUTPUT = 'bench/tmp/browser.json';

/** Titles of the curated films to plant (each title that names exactly one film of the catalogue). */
function plantsFromCatalogue(): Plant[] {
  const path = '.generated/catalogue.json';
  if (!existsSync(path)) throw new Error(`${path} fehlt: erst npm run catalogue`);
  const all = readBuiltCatalogue(path).films;
  // Titles are owned across all films; only the curated ones are planted (the page keeps its size).
  const films = all.filter((film) => film.source === 'curated');
  const owners = new Map<string, Set<string>>();
  for (const film of all) {
    for (const title of new Set([film.germanTitle, film.originalTitle, ...film.aliases])) {
      const key = title.toLowerCase();
      owners.set(key, (owners.get(key) ?? new Set()).add(film.id));
    }
  }
  const plants: Plant[] = [];
  for (const film of films) {
    for (const title of new Set([film.germanTitle, film.originalTitle, ...film.aliases])) {
      if (owners.get(title.toLowerCase())!.size === 1) plants.push({ title, filmId: film.id });
    }
  }
  if (plants.length === 0) throw new Error('der Katalog enthält keine Filme');
  return plants;
}

/** The popover's dwell delay: the settings default (lib/settings.ts), read from the source. */
function defaultDwellMs(): number {
  const source = readFileSync('lib/settings.ts', 'utf8');
  const found = /DEFAULT_SETTINGS[^{]*\{[^}]*?dwellMs:\s*(\d+)/s.exec(source);
  return found ? Number(found[1]) : 500;
}

async function launch(chromiumPath: string, extensionDir: string | null, html: string): Promise<BrowserContext> {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  // The page is served under its real address; every other request (images, fonts, …) is aborted.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => (route.request().url().startsWith(PAGE_URL) ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort()),
  );
  if (extensionDir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return context;
}

async function main(): Promise<void> {
  const extensionDir = process.argv[2];
  const calibrate = process.argv.includes('--calibrate');
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!extensionDir || !existsSync(`${extensionDir}/manifest.json`)) throw new Error(`keine Erweiterung unter ${extensionDir}`);
  mkdirSync('bench/tmp', { recursive: true });

  const plants = calibrate ? [{ title: 'Drive', filmId: 'drive-2011' }] : plantsFromCatalogue();
  const page = buildBenchPage(plants);
  const withExtension = await launch(chromiumPath, extensionDir, page.html);
  const without = await launch(chromiumPath, null, page.html);
  const version = withExtension.browser()?.version() ?? (await (await withExtension.newCDPSession(await withExtension.newPage())).send('Browser.getVersion')).product;

  const rounds: { with: RoundResult; without: RoundResult }[] = [];
  try {
    // Round 0 warms both browsers up (first install, seeding, code caches) and is not counted.
    for (let round = 0; round <= ROUNDS; round++) {
      // Alternate the order so that neither side always runs on a machine still busy with the other.
      const first = round % 2 === 0 ? 'without' : 'with';
      const a = await measureRound(first === 'with' ? withExtension : without, PAGE_URL);
      const b = await measureRound(first === 'with' ? without : withExtension, PAGE_URL);
      const pair = first === 'with' ? { with: a, without: b } : { with: b, without: a };
      if (round > 0) rounds.push(pair);
      console.log(
        `browser: round ${round}${round === 0 ? ' (warm-up)' : ''}: load script +${(pair.with.loadScriptMs - pair.without.loadScriptMs).toFixed(1)} ms, ` +
          `marked ${pair.with.marksAtLoad.markedPlanted}/${pair.with.marksAtLoad.planted} → ${pair.with.marksAtEnd.markedPlanted}/${pair.with.marksAtEnd.planted}`,
      );
    }
    const dwellMs = defaultDwellMs();
    const hovers = calibrate ? [] : await measureHovers(withExtension, PAGE_URL, dwellMs, ROUNDS * HOVERS_PER_ROUND);
    const traces: TraceResult[] = [];
    for (let visit = 0; visit < TRACED_VISITS; visit++) traces.push(await traceVisit(withExtension, PAGE_URL));
    console.log(`browser: traced visits: ${traces.map((t) => `${t.causedByExtension} long task(s) caused, longest extension share ${t.longestExtensionShareMs.toFixed(1)} ms`).join('; ')}`);
    writeFileSync(OUTPUT, JSON.stringify({ ...summarise(rounds, hovers, dwellMs, version, page, calibrate), traces }, null, 2));
  } finally {
    await withExtension.close();
    await without.close();
  }
}

function summarise(rounds: { with: RoundResult; without: RoundResult }[], hovers: (number | null)[], dwellMs: number, chromiumVersion: string, page: ReturnType<typeof buildBenchPage>, calibrate: boolean) {
  const delta = (pick: (r: RoundResult) => number) => summarize(rounds.map((r) => pick(r.with) - pick(r.without)));
  const batchDeltas = rounds.flatMap((r) => r.with.batchScriptMs.map((ms, i) => ms - (r.without.batchScriptMs[i] ?? NaN)));
  const extraLongTasks = (phase: 'load' | 'batches') => rounds.map((r) => r.with.longTasks[phase].length - r.without.longTasks[phase].length);
  return {
    status: 'ok',
    calibrate,
    chromiumVersion,
    rounds: rounds.length,
    batches: BATCHES,
    cardsAtLoad: page.cardsAtLoad,
    dwellMs,
    loadScriptMs: delta((r) => r.loadScriptMs),
    loadTaskMs: delta((r) => r.loadTaskMs),
    loadScriptWithout: summarize(rounds.map((r) => r.without.loadScriptMs)),
    batchScriptMs: summarize(batchDeltas),
    batchTaskMs: summarize(rounds.flatMap((r) => r.with.batchTaskMs.map((ms, i) => ms - (r.without.batchTaskMs[i] ?? NaN)))),
    batchScriptWithout: summarize(rounds.flatMap((r) => r.without.batchScriptMs)),
    extraLongTasksLoad: summarize(extraLongTasks('load')),
    extraLongTasksBatches: summarize(extraLongTasks('batches')),
    longTasksWith: rounds.map((r) => r.with.longTasks),
    longTasksWithout: rounds.map((r) => r.without.longTasks),
    marksAtLoad: rounds.map((r) => r.with.marksAtLoad),
    marksAtEnd: rounds.map((r) => r.with.marksAtEnd),
    heapAtLoadBytes: delta((r) => r.heapAtLoad.jsUsed),
    heapAtEndBytes: delta((r) => r.heapAtEnd.jsUsed),
    embedderHeapAtEndBytes: delta((r) => r.heapAtEnd.embedderUsed),
    nodesAtEnd: delta((r) => r.heapAtEnd.nodes),
    unsettled: rounds.reduce((n, r) => n + r.with.unsettled, 0),
    hoverMs: summarize(hovers.filter((h): h is number => h !== null)),
    hoverSamples: hovers,
    raw: rounds,
  };
}

main().catch((error) => {
  console.error('browser bench failed:', error);
  writeFileSync(OUTPUT, JSON.stringify({ status: 'failed', reason: String(error) }, null, 2));
  process.exit(2);
});

/**
 * The background half of `npm run bench`: how long after its service worker starts the extension
 * answers the first page. Chromium stops an idle MV3 worker often, so every start must answer fast.
 * Writes bench/tmp/worker.json for scripts/bench/report.ts. Method: bench/README.md.
 *
 *   npx tsx scripts/bench/worker.ts <extension dir>
 *
 * The figure is "worker start → first mark": the epoch time at which the first `data-filmlupe-film`
 * appears on the Netflix fixture page (a MutationObserver of the page's main world) minus the worker's
 * own `performance.timeOrigin` (read from the worker afterwards). It holds the worker's start (its
 * scripts, the catalogue, the matcher index), the content script's wait for the page and its message
 * round trip. Fresh install: a new profile, the page opened as soon as the worker runs. Restart: the
 * worker stopped through CDP (`ServiceWorker.stopAllWorkers`), then a new tab opened.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { summarize } from './stats';

const RESTARTS = Number(process.env.BENCH_ROUNDS ?? 5);
const INSTALLS = Math.max(2, Math.ceil(RESTARTS / 2));
const PAGE_URL = 'https://www.netflix.com/browse';
const PAGE = readFileSync('tests/fixtures/pages/netflix-browse.html', 'utf8');
const OUTPUT = 'bench/tmp/worker.json';
const TIMEOUT_MS = 30_000;

/** Runs in the page before its own scripts: notes the epoch time of the first mark. */
function observeFirstMark() {
  const scope = globalThis as unknown as { firstMarkAt?: number };
  new MutationObserver((_, observer) => {
    if (scope.firstMarkAt === undefined && document.querySelector('[data-filmlupe-film]')) {
      scope.firstMarkAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-filmlupe-film'] });
}

async function launch(chromiumPath: string, extensionDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
  });
  await context.route(/^(https?|wss?):/, (route) =>
    route.request().url().startsWith(PAGE_URL)
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE })
      : route.abort('blockedbyclient'),
  );
  await context.addInitScript(observeFirstMark);
  return context;
}

function runningWorker(context: BrowserContext): Worker | undefined {
  return context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
}

async function nextWorker(context: BrowserContext): Promise<Worker> {
  return runningWorker(context) ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: TIMEOUT_MS });
}

/** Opens the page, waits for the first mark; ms from the start of the worker `workerOrigin` reads to that mark. */
async function firstMark(context: BrowserContext, workerOrigin: () => Promise<number>): Promise<{ fromWorkerStart: number; fromNavigation: number }> {
  const page = await context.newPage();
  await page.goto(PAGE_URL);
  await page.waitForFunction(() => (globalThis as { firstMarkAt?: number }).firstMarkAt !== undefined, null, { timeout: TIMEOUT_MS, polling: 50 });
  const [markedAt, pageOrigin] = await page.evaluate(() => [(globalThis as unknown as { firstMarkAt: number }).firstMarkAt, performance.timeOrigin]);
  const origin = await workerOrigin();
  await page.close();
  return { fromWorkerStart: markedAt! - origin, fromNavigation: markedAt! - pageOrigin! };
}

/**
 * CDP through a tab that shows one of the extension's files: its ServiceWorker domain sees the workers
 * of the extension's storage partition (stopAllWorkers stops the extension's worker), and its Target
 * domain reaches the worker that runs now (Playwright does not report a restarted worker again).
 */
async function workerControl(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  const session = await context.newCDPSession(page);
  let onStatus = (_: string[]) => {};
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => onStatus(versions.map((version) => version.runningStatus)));
  await session.send('ServiceWorker.enable');
  let nextId = 1;
  return {
    async stop() {
      const stopped = new Promise<void>((resolve, reject) => {
        onStatus = (statuses) => statuses.length > 0 && statuses.every((status) => status === 'stopped') && resolve();
        setTimeout(() => reject(new Error('the service worker did not stop')), 10_000);
      });
      await session.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    /** `performance.timeOrigin` of the running worker (epoch ms). */
    async origin(): Promise<number> {
      const { targetInfos } = await session.send('Target.getTargets');
      const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`));
      if (!target) throw new Error('no running service worker');
      const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      const id = nextId++;
      const answer = new Promise<number>((resolve) => {
        const listener = (event: { sessionId?: string; message: string }) => {
          const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: number } } };
          if (event.sessionId === sessionId && message.id === id) {
            session.off('Target.receivedMessageFromTarget', listener);
            resolve(Number(message.result?.result?.value));
          }
        };
        session.on('Target.receivedMessageFromTarget', listener);
      });
      await session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression: 'performance.timeOrigin', returnByValue: true } }),
      });
      const origin = await answer;
      await session.send('Target.detachFromTarget', { sessionId });
      return origin;
    },
  };
}

async function main() {
  const extensionDir = process.argv[2];
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!extensionDir) throw new Error('usage: worker.ts <extension dir>');
  const install: number[] = [];
  const installFromNavigation: number[] = [];
  const restart: number[] = [];
  const restartFromNavigation: number[] = [];
  const warmFromNavigation: number[] = [];
  for (let round = 0; round < INSTALLS; round++) {
    const context = await launch(chromiumPath, extensionDir);
    try {
      const installed = await nextWorker(context);
      const extensionId = new URL(installed.url()).host;
      const fresh = await firstMark(context, () => installed.evaluate(() => performance.timeOrigin));
      const control = await workerControl(context, extensionId);
      install.push(fresh.fromWorkerStart);
      installFromNavigation.push(fresh.fromNavigation);
      console.log(`worker: fresh install → first mark ${fresh.fromWorkerStart.toFixed(0)} ms after the worker's start (${fresh.fromNavigation.toFixed(0)} ms after navigation)`);
      // Let an install's background work (seeding, if any) finish before the restarts are timed.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const perInstall = Math.ceil(RESTARTS / INSTALLS);
      for (let i = 0; i < perInstall && restart.length < RESTARTS; i++) {
        await control.stop();
        const cold = await firstMark(context, control.origin);
        restart.push(cold.fromWorkerStart);
        restartFromNavigation.push(cold.fromNavigation);
        const warm = await firstMark(context, control.origin);
        warmFromNavigation.push(warm.fromNavigation);
        console.log(`worker: restart → first mark ${cold.fromWorkerStart.toFixed(0)} ms after the worker's start (${cold.fromNavigation.toFixed(0)} ms after navigation; warm worker ${warm.fromNavigation.toFixed(0)} ms)`);
      }
    } finally {
      await context.close();
    }
  }
  const result = {
    status: 'ok',
    install: summarize(install),
    installFromNavigation: summarize(installFromNavigation),
    restart: summarize(restart),
    restartFromNavigation: summarize(restartFromNavigation),
    warmFromNavigation: summarize(warmFromNavigation),
    samples: { install, installFromNavigation, restart, restartFromNavigation, warmFromNavigation },
  };
  writeFileSync(OUTPUT, JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  writeFileSync(OUTPUT, JSON.stringify({ status: 'failed', reason: String(error) }));
  console.error(error);
  process.exit(1);
});

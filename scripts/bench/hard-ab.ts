/**
 * Two builds compared on the harder page, visit by visit: both browsers are open at once and their
 * visits alternate (A B, B A, …). On this shared machine the same build gave 1.7–2.1 ms per batch in
 * one hour and 2.1–2.5 ms in the next, more than most changes are worth; runs of one build after
 * the other measure the hour as much as the change (bench/decisions.md, 2026-12-05). Prints, per
 * build, the extension's time from the stack samples (as `npm run bench`) and the events' CPU time.
 *
 *   npx tsx scripts/bench/hard-ab.ts <extension dir A> <extension dir B>   (HARD_AB_VISITS=8)
 */
import type { BrowserContext } from 'playwright-core';
import { FIRST_BATCHES, openHardPageBrowser, visitHardPage } from './hard-visit';
import { summarize } from './stats';

const VISITS = Number(process.env.HARD_AB_VISITS ?? 8);

interface Figures {
  load: number[];
  loadCpu: number[];
  batches: number[];
  firstBatches: number[];
  laterBatches: number[];
  batchesCpu: number[];
  visitMedians: number[];
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length !== 2) throw new Error('usage: hard-ab.ts <extension dir A> <extension dir B>');
  const builds: Array<{ name: string; context: BrowserContext; figures: Figures }> = [];
  try {
    for (const [index, dir] of dirs.entries()) {
      const figures = { load: [], loadCpu: [], batches: [], firstBatches: [], laterBatches: [], batchesCpu: [], visitMedians: [] };
      builds.push({ name: `${'AB'[index]} ${dir}`, context: await openHardPageBrowser(dir), figures });
    }
    // One visit each warms the worker and the code caches up and is not counted.
    for (const build of builds) await visitHardPage(build.context);
    for (let visit = 0; visit < VISITS; visit++) {
      for (const build of visit % 2 === 0 ? builds : [...builds].reverse()) {
        const { load, batches } = await visitHardPage(build.context);
        const samples = batches.map((batch) => batch.samplesMs);
        const { figures } = build;
        figures.load.push(load.samplesMs);
        figures.loadCpu.push(load.eventsCpuMs);
        figures.batches.push(...samples);
        figures.firstBatches.push(...samples.slice(0, FIRST_BATCHES));
        figures.laterBatches.push(...samples.slice(FIRST_BATCHES));
        figures.batchesCpu.push(...batches.map((batch) => batch.eventsCpuMs));
        figures.visitMedians.push(summarize(samples).median);
        console.log(`visit ${visit + 1}, ${build.name}: load ${figures.load.at(-1)!.toFixed(1)} ms, per batch ${figures.visitMedians.at(-1)!.toFixed(2)} ms`);
      }
    }
  } finally {
    for (const build of builds) await build.context.close();
  }
  const median = (values: number[]) => summarize(values).median.toFixed(2);
  for (const { name, figures } of builds) {
    console.log(
      `${name}: load ${median(figures.load)} ms (events' CPU time ${median(figures.loadCpu)}); per batch ${median(figures.batches)} ms (the first ${FIRST_BATCHES} ${median(figures.firstBatches)}, ` +
        `the later ones ${median(figures.laterBatches)}; events' CPU time ${median(figures.batchesCpu)}); per visit ${figures.visitMedians.map((x) => x.toFixed(1)).join(' ')}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error('hard-ab failed:', error);
  process.exit(2);
});

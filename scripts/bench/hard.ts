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
import { HARD_BATCHES } from './hard-page';
import { FIRST_BATCHES, openHardPageBrowser, visitHardPage, type HardVisit } from './hard-visit';
import { snippet } from './phases';
import { summarize } from './stats';

/**
 * Visits counted. The load figure of one visit ranges over a factor of two and more on this 2-core
 * machine (the page's chunks race the script's start; the sampler itself is late at times): with 5
 * visits the median moved by 2 ms between runs of one build (14.3, 16.3, 15.4, 14.3 ms; 2026-12-05).
 */
const VISITS = Number(process.env.BENCH_ROUNDS ?? 11);
const OUTPUT = 'bench/tmp/hard.json';

async function main(): Promise<void> {
  const extensionDir = process.argv[2];
  if (!extensionDir) throw new Error('usage: hard.ts <extension dir>');
  const context = await openHardPageBrowser(extensionDir);
  const visits: HardVisit[] = [];
  const loads: number[] = [];
  try {
    // Visit 0 warms the worker and the code caches up and is not counted.
    for (let round = 0; round <= VISITS; round++) {
      const done = await visitHardPage(context);
      loads.push(os.loadavg()[0]!);
      const { load, batches } = done;
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
  const loadPhases = (pick: Pick) => visits.map((v) => v.load[pick]);
  // Batches in order; `from`/`to` pick some of each visit's (the first ones after load pay the page's
  // own warm-up of the script: bench/decisions.md, "The first batches of a page").
  const batchPhases = (pick: Pick, from = 0, to = HARD_BATCHES) => visits.flatMap((v) => v.batches.slice(from, to).map((p) => p[pick]));
  const result = {
    status: 'ok',
    visits: visits.length,
    loadAverage: summarize(loads),
    sampleIntervalUs: visits[0]?.result.sampleIntervalUs,
    loadEventsMs: summarize(loadPhases('eventsMs')),
    loadSamplesMs: summarize(loadPhases('samplesMs')),
    batchEventsMs: summarize(batchPhases('eventsMs')),
    loadEventsCpuMs: summarize(loadPhases('eventsCpuMs')),
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

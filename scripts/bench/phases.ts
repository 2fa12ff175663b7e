/**
 * The extension's own main-thread time per phase of a visit (load, each batch), from a Chromium trace,
 * not from the difference of two noisy totals. Two attributions of the same trace:
 * - events: the outermost trace events on the page's main thread whose `url` is the content script's
 *   chrome-extension:// URL (script start, FunctionCall of its callbacks, compiles), wall clock; what
 *   they call (DOM queries, forced style and layout) is inside them;
 * - samples: the V8 sampling profiler's stacks (`disabled-by-default-v8.cpu_profiler`); a sample counts
 *   when any frame of its stack is the extension's. This also catches promise continuations, which run
 *   as microtasks without a FunctionCall event. Per function, the samples' innermost extension frame
 *   says where the time goes (positions in the built, minified script; `snippet` shows the code there).
 * Phases are split at the page's `performance.mark('bench-batch-<n>')` (user timing in the trace).
 */
import type { CDPSession, Page } from 'playwright-core';

export const PHASE_CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler', '__metadata',
];

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** A Chromium trace event, with the fields the bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: the part of `dur` the thread ran on a CPU. */
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      functionName?: string;
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: CallFrame }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface PhaseTime {
  phase: string;
  /** Outermost extension events, ms. */
  eventsMs: number;
  /**
   * The same events' thread time, ms: their wall time less the time the page's main thread did not run
   * in them (it waited inside V8, or another process had the CPU).
   */
  eventsCpuMs: number;
  /** Samples with an extension frame × their interval, ms. */
  samplesMs: number;
}

export interface PhaseResult {
  /** Load first, then each batch in order. */
  phases: PhaseTime[];
  /** Sample time by innermost extension function, ms, largest first (the whole visit). */
  functions: { at: string; phase: string; ms: number }[];
  sampleIntervalUs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A bench page's visit as a trace records it: load `url`, let it settle for `settleMs`, then have the
 * page add `batches` batches of cards 700 ms apart (`window.__benchAppendBatch`, page.ts and hard-page.ts).
 */
export async function loadAndAppendBatches(page: Page, url: string, settleMs: number, batches: number): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await sleep(settleMs);
  for (let batch = 0; batch < batches; batch++) {
    await page.evaluate('window.__benchAppendBatch()');
    await sleep(700);
  }
}

/** The trace events of `run`, in the given categories (the phases' by default). */
export async function recordTrace(cdp: CDPSession, run: () => Promise<void>, categories: string[] = PHASE_CATEGORIES): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

const isExtensionUrl = (url: string | undefined) => (url ?? '').startsWith('chrome-extension://');

/** Sample timestamps (trace µs) and their stacks' frames, for the profile of the thread `pid:tid`. */
function samplesOf(events: TraceEvent[], pid: number, tid: number): { ts: number; stack: CallFrame[] }[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id);
  const nodes = new Map<number, { parent?: number; callFrame: CallFrame }>();
  const samples: { ts: number; stack: CallFrame[] }[] = [];
  let ts = profile.args?.data?.startTime ?? profile.ts;
  for (const chunk of chunks) {
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    ids.forEach((id, i) => {
      ts += deltas[i] ?? 0;
      const stack: CallFrame[] = [];
      for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) stack.push(node.callFrame);
      samples.push({ ts, stack });
    });
  }
  return samples.sort((a, b) => a.ts - b.ts);
}

/** Splits the visit at the `bench-batch-<n>` marks: "load" before the first, "batch n" after each. */
export function analysePhases(events: TraceEvent[]): PhaseResult {
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const marks = events.filter((e) => e.name.startsWith('bench-batch-') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'b' || e.ph === 'n'));
  const first = new Map<string, number>();
  for (const mark of marks) if (!first.has(mark.name) || mark.ts < first.get(mark.name)!) first.set(mark.name, mark.ts);
  const bounds = [...first].sort((a, b) => a[1] - b[1]).map(([name, ts]) => ({ phase: `batch ${Number(name.slice('bench-batch-'.length)) + 1}`, ts }));
  const phaseOf = (ts: number) => {
    let phase = 'load';
    for (const bound of bounds) if (ts >= bound.ts) phase = bound.phase;
    return phase;
  };
  const phases = new Map<string, PhaseTime>([['load', { phase: 'load', eventsMs: 0, eventsCpuMs: 0, samplesMs: 0 }]]);
  for (const bound of bounds) phases.set(bound.phase, { phase: bound.phase, eventsMs: 0, eventsCpuMs: 0, samplesMs: 0 });

  const extension = events.filter((e) => e.ph === 'X' && isExtensionUrl(e.args?.data?.url) && (e.dur ?? 0) > 0 && threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const thread = extension[0];
  if (!thread) return { phases: [...phases.values()], functions: [], sampleIntervalUs: NaN };
  const mine = extension.filter((e) => e.pid === thread.pid && e.tid === thread.tid).sort((a, b) => a.ts - b.ts);
  let outerEnd = -Infinity;
  for (const event of mine) {
    if (event.ts < outerEnd) continue; // nested in the previous outermost event
    outerEnd = event.ts + (event.dur ?? 0);
    const phase = phases.get(phaseOf(event.ts))!;
    phase.eventsMs += (event.dur ?? 0) / 1000;
    phase.eventsCpuMs += (event.tdur ?? event.dur ?? 0) / 1000;
  }

  const samples = samplesOf(events, thread.pid, thread.tid);
  const intervals = samples.slice(1).map((s, i) => s.ts - samples[i]!.ts).sort((a, b) => a - b);
  const interval = intervals[Math.floor(intervals.length / 2)] ?? NaN;
  const functions = new Map<string, { at: string; phase: string; ms: number }>();
  for (let i = 0; i < samples.length; i++) {
    const sample = samples[i]!;
    const own = sample.stack.find((frame) => isExtensionUrl(frame.url));
    if (!own) continue;
    // A sample stands for the time until the next one, at most two intervals (idle gaps are not ours).
    const next = samples[i + 1]?.ts ?? sample.ts + interval;
    const ms = Math.min(next - sample.ts, 2 * interval) / 1000;
    const phase = phaseOf(sample.ts);
    phases.get(phase)!.samplesMs += ms;
    const at = `${own.functionName || '(anonymous)'} ${own.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${own.lineNumber + 1}:${own.columnNumber + 1}`;
    const key = `${phase === 'load' ? 'load' : 'batches'} ${at}`;
    const sum = functions.get(key) ?? { at, phase: phase === 'load' ? 'load' : 'batches', ms: 0 };
    sum.ms += ms;
    functions.set(key, sum);
  }
  return { phases: [...phases.values()], functions: [...functions.values()].sort((a, b) => b.ms - a.ms), sampleIntervalUs: interval };
}

/** The code at a position of a built script (`file:line:column`), to tell minified functions apart. */
export function snippet(source: string, line: number, column: number, length = 90): string {
  const text = source.split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 1), column - 1 + length);
}

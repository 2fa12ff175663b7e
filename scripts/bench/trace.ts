/**
 * Long tasks caused by the extension, from a Chromium trace of one visit (load + 10 batches) with the
 * extension. In-page observers cannot tell: `longtask` entries carry no script attribution and Long
 * Animation Frame entries leave extension scripts out. The trace can: every main-thread task
 * (RunTask) holds EvaluateScript / FunctionCall / v8.compile events whose `url` names the script, and
 * the content script's is chrome-extension://<id>/….
 *
 * A task counts as caused by the extension when it is long (> 50 ms) and would not be without the
 * extension's share: duration − extension time ≤ 50 ms. The longest extension share in one task is
 * reported as well (it must stay well under 50 ms).
 */
import type { BrowserContext } from 'playwright-core';
import { BATCHES } from './page';
import { loadAndAppendBatches, recordTrace, type TraceEvent } from './phases';

const LONG_TASK_MS = 50;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', '__metadata'];

export interface TraceResult {
  longTasks: number;
  causedByExtension: number;
  /** The longest stretch of extension script inside one task, ms. */
  longestExtensionShareMs: number;
  /** Extension script time by entry point (initial script run, callbacks by name), ms, largest first. */
  extensionTimeByEntry: { entry: string; ms: number; calls: number }[];
  caused: { durationMs: number; extensionMs: number; entries: string[] }[];
}

export async function traceVisit(context: BrowserContext, url: string): Promise<TraceResult> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const events = await recordTrace(cdp, () => loadAndAppendBatches(page, url, 2500, BATCHES), CATEGORIES);
    return analyse(events);
  } finally {
    await page.close();
  }
}

function isExtensionEvent(event: TraceEvent): boolean {
  return (event.args?.data?.url ?? '').startsWith('chrome-extension://') && (event.dur ?? 0) > 0;
}

export function analyse(events: TraceEvent[]): TraceResult {
  const threadNames = new Map<string, string>();
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  // The page's main thread: the renderer main thread that ran the extension's content script.
  const extensionEvents = events.filter((e) => isExtensionEvent(e) && threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const thread = extensionEvents[0] ? `${extensionEvents[0].pid}:${extensionEvents[0].tid}` : '';
  const onThread = (e: TraceEvent) => `${e.pid}:${e.tid}` === thread && e.ph === 'X';
  const tasks = events.filter((e) => onThread(e) && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const mine = extensionEvents.filter(onThread).sort((a, b) => a.ts - b.ts);

  // Outermost extension events only (a FunctionCall inside our EvaluateScript is not counted twice).
  const outer: TraceEvent[] = [];
  for (const event of mine) {
    const last = outer[outer.length - 1];
    if (last && event.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(event);
  }
  const entryOf = (event: TraceEvent) =>
    event.name === 'FunctionCall' ? `callback ${event.args?.data?.functionName || '(anonymous)'}` : `${event.name} (script start)`;
  const byEntry = new Map<string, { ms: number; calls: number }>();
  for (const event of outer) {
    const entry = entryOf(event);
    const sum = byEntry.get(entry) ?? { ms: 0, calls: 0 };
    sum.ms += (event.dur ?? 0) / 1000;
    sum.calls += 1;
    byEntry.set(entry, sum);
  }

  let longTasks = 0;
  let longestExtensionShareMs = 0;
  const caused: TraceResult['caused'] = [];
  for (const task of tasks) {
    const start = task.ts;
    const end = task.ts + (task.dur ?? 0);
    const inside = outer.filter((event) => event.ts >= start && event.ts < end);
    const extensionMs = inside.reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0);
    const entries = inside.map((event) => `${entryOf(event)} ${((event.dur ?? 0) / 1000).toFixed(1)} ms`);
    const durationMs = (task.dur ?? 0) / 1000;
    longestExtensionShareMs = Math.max(longestExtensionShareMs, extensionMs);
    if (durationMs > LONG_TASK_MS) {
      longTasks++;
      if (extensionMs > 0 && durationMs - extensionMs <= LONG_TASK_MS) caused.push({ durationMs, extensionMs, entries });
    }
  }
  return {
    longTasks,
    causedByExtension: caused.length,
    longestExtensionShareMs,
    extensionTimeByEntry: [...byEntry].map(([entry, sum]) => ({ entry, ...sum })).sort((a, b) => b.ms - a.ms),
    caused,
  };
}

/**
 * Timers that stop with the extension, as WXT's `ctx.setTimeout` and `ctx.requestAnimationFrame` do,
 * without their leak: WXT adds an "invalidated" listener to its abort signal for every timer and never
 * removes it (wxt 0.20, utils/content-script-context.mjs), so one long visit of a page gathers one per
 * report, per slice of a large batch and per hover's dwell: thousands, each kept until the page
 * closes. Here one listener clears whatever is still pending.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PageTimers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** The next frame; browsers run none while the tab is hidden. */
  requestAnimationFrame(handler: () => void): number;
  /** Cancels whatever is pending and lets go of the invalidated listener (a session that stops). */
  dispose(): void;
}

export function createPageTimers(ctx: ContentScriptContext): PageTimers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  const cancelAll = () => {
    for (const id of timeouts) window.clearTimeout(id);
    for (const id of frames) window.cancelAnimationFrame(id);
    timeouts.clear();
    frames.clear();
  };
  const stopListening = ctx.onInvalidated(cancelAll);
  // Asking `isValid` also lets a script whose extension was updated or removed notice it (WXT learns
  // it only when asked): then the handler does not run, and the invalidated listeners do.
  return {
    setTimeout(handler, ms) {
      const id = window.setTimeout(() => {
        timeouts.delete(id);
        if (ctx.isValid) handler();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      timeouts.delete(id);
      window.clearTimeout(id);
    },
    requestAnimationFrame(handler) {
      const id = window.requestAnimationFrame(() => {
        frames.delete(id);
        if (ctx.isValid) handler();
      });
      frames.add(id);
      return id;
    },
    dispose() {
      cancelAll();
      stopListening();
    },
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageTimers } from './timers';

/** WXT's ctx as far as the timers use it, counting the invalidated listeners it holds. */
function fakeCtx() {
  const controller = new AbortController();
  let gone = false;
  let listeners = 0;
  const ctx = {
    onInvalidated(callback: () => void) {
      listeners++;
      controller.signal.addEventListener('abort', callback);
      return () => {
        listeners--;
        controller.signal.removeEventListener('abort', callback);
      };
    },
    get isValid() {
      if (gone) controller.abort();
      return !controller.signal.aborted;
    },
  } as unknown as ContentScriptContext;
  return { ctx, listeners: () => listeners, invalidate: () => controller.abort(), extensionGone: () => (gone = true) };
}

describe('page timers (stop with the extension, no listener left per timer)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a thousand timers and frames add one invalidated listener in all, and each handler runs once', () => {
    const { ctx, listeners } = fakeCtx();
    const timers = createPageTimers(ctx);
    const handler = vi.fn();
    for (let index = 0; index < 1000; index++) {
      timers.setTimeout(handler, 10);
      timers.requestAnimationFrame(handler);
    }
    vi.advanceTimersByTime(100);
    expect(handler).toHaveBeenCalledTimes(2000);
    expect(listeners()).toBe(1);
  });

  it('pending timers and frames never run once the extension is invalidated', () => {
    const { ctx, invalidate } = fakeCtx();
    const timers = createPageTimers(ctx);
    const handler = vi.fn();
    timers.setTimeout(handler, 10);
    timers.requestAnimationFrame(handler);
    invalidate();
    vi.advanceTimersByTime(100);
    expect(handler).not.toHaveBeenCalled();
  });

  it('a timer that fires after the extension went away (noticed only when asked) does not run its handler', () => {
    const { ctx, extensionGone } = fakeCtx();
    const timers = createPageTimers(ctx);
    const handler = vi.fn();
    timers.setTimeout(handler, 10);
    extensionGone();
    vi.advanceTimersByTime(100);
    expect(handler).not.toHaveBeenCalled();
  });

  it('dispose cancels what is pending and lets go of the invalidated listener', () => {
    const { ctx, listeners } = fakeCtx();
    const timers = createPageTimers(ctx);
    const handler = vi.fn();
    timers.setTimeout(handler, 10);
    timers.requestAnimationFrame(handler);
    timers.dispose();
    vi.advanceTimersByTime(100);
    expect(handler).not.toHaveBeenCalled();
    expect(listeners()).toBe(0);
  });

  it('a cleared timer does not run', () => {
    const { ctx } = fakeCtx();
    const timers = createPageTimers(ctx);
    const handler = vi.fn();
    timers.clearTimeout(timers.setTimeout(handler, 10));
    vi.advanceTimersByTime(100);
    expect(handler).not.toHaveBeenCalled();
  });
});

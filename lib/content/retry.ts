/**
 * A question to the background that failed is asked again a few times (issue 13.6): Chromium stops an
 * idle MV3 service worker, and a batch whose answer was on its way then fails ("message port closed");
 * the next message starts a fresh worker. Bounded and with a growing pause, never polling: the pauses go
 * through the caller's `wait` (WXT's ctx timers in the page, so an updated extension stops retrying).
 */

/** Pauses before the 2nd, 3rd and 4th try: long enough for a worker to start, short enough to notice no delay. */
export const RETRY_DELAYS_MS = [200, 1000, 3000];

export interface RetryOptions {
  /** Pause before each further try; its length is the number of retries. */
  delaysMs?: readonly number[];
  wait(ms: number): Promise<void>;
  /** False when a retry makes no sense any more (the extension was updated, the session stopped). */
  mayRetry(): boolean;
}

/** `attempt()`'s result; after a failure `attempt` runs again after each pause, and the last failure is thrown. */
export async function withRetry<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const delays = options.delaysMs ?? RETRY_DELAYS_MS;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = delays[retry];
      if (delay === undefined || !options.mayRetry()) throw error;
      await options.wait(delay);
      if (!options.mayRetry()) throw error;
    }
  }
}

/**
 * Background errors are logged once per kind and swallowed: a failing lookup must never take the
 * service worker down with it (the popover then simply shows nothing).
 */
const logged = new Set<string>();

export function logOnce(kind: string, error: unknown): void {
  if (logged.has(kind)) return;
  logged.add(kind);
  console.error(`[Filmlupe] ${kind}:`, error);
}

/** Runs `work`; on failure logs once under `kind` and returns `fallback`. */
export async function orFallback<T>(kind: string, fallback: T, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    logOnce(kind, error);
    return fallback;
  }
}

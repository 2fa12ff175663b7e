/**
 * Background errors are logged once per kind. A failing lookup is swallowed (`orFallback`): it must
 * never take the service worker down with it (the popover then simply shows nothing). A failing write
 * of the user's data is passed on (`orReject`): the sender's `sendMessage` rejects, so the card can say
 * that the answer was not saved instead of thanking for it.
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

/** Runs `work`; on failure logs once under `kind` and rejects with the same error. */
export async function orReject<T>(kind: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    logOnce(kind, error);
    throw error;
  }
}

/**
 * Errors inside the content script must never reach the page: they are caught and logged once per
 * kind, with a "Filmlupe:" prefix so a user reading the console knows whose message it is.
 */
const alreadyLogged = new Set<string>();

export function warnOnce(where: string, error: unknown): void {
  if (alreadyLogged.has(where)) return;
  alreadyLogged.add(where);
  console.warn(`Filmlupe: ${where}`, error);
}

/** Runs `work`, logging (once) instead of throwing. */
export function guarded<T>(where: string, work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    warnOnce(where, error);
    return undefined;
  }
}

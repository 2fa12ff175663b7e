/**
 * The one error an import throws. Its message is German, names the file and says what is wrong, so the
 * settings page can show it as it is: „ratings.csv: Spalte „Rating“ fehlt“. When it is thrown nothing
 * has been stored: reading and matching come before the one transaction that writes (store.ts).
 */
export class ImportError extends Error {
  constructor(
    /** Every problem found, one line each (several files may be wrong at once). */
    readonly problems: string[],
  ) {
    super(problems.join('\n'));
    this.name = 'ImportError';
  }
}

/** „a“, „a“ und „b“, „a“, „b“ und „c“: column names in German quotes. */
export function quotedList(names: readonly string[]): string {
  const quoted = names.map((name) => `„${name}“`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} und ${quoted[quoted.length - 1]}`;
}

/** The fast path's scan (fast.ts) with its key as a string and its answer copied: for tests and tools, not the matcher's hot paths. */
import { KEY_CODES, scanKey } from './fast';
import { textOfCodes } from './hash';
import type { KeyScan, TitleScan } from './types';

/** The key `scanKey` left in KEY_CODES, as a string. */
export function scannedKey(scan: KeyScan): string {
  return textOfCodes(KEY_CODES, 0, scan.keyLength);
}

/** `scanKey` with the key as a string, in an object of its own (`scanKey`'s answer is overwritten by the next scan). */
export function scanTitle(input: string): TitleScan | undefined {
  const scan = scanKey(input);
  if (scan === undefined) return undefined;
  const { keyLength, ...rest } = scan;
  return { key: scannedKey(scan), ...rest };
}

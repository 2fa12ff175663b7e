/**
 * The hash of the matcher's table (title-table.ts): FNV-1a over UTF-16 code units, then mixed. The same
 * code units give the same hash whether they come from a string (`hashRange`) or from the scan's key
 * codes (`hashCodes`). Also `codesOf` and `textOfCodes`: from a string to code units and back.
 */

/** The hash of `text.slice(from, to)` (FNV-1a over UTF-16 code units, then mixed): what the table stores. */
export function hashRange(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return finishHash(hash);
}

/** `hashRange` of the code units `codes[from]` to `codes[to - 1]`: the same hash for the same code units. */
export function hashCodes(codes: Uint16Array, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ (codes[i] as number), FNV_PRIME);
  return finishHash(hash);
}

/** FNV-1a's start and step: `hash = Math.imul(hash ^ code, FNV_PRIME)` per code unit, from FNV_OFFSET. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** Mixes the running FNV-1a value (murmur3's finaliser): its low bits pick the slot, and FNV's are weak. */
export function finishHash(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** Scratch space for `codesOf` (grown when a longer text comes). */
let scratch = new Uint16Array(256);

/**
 * The code units of `text.slice(from, to)` in a scratch array, valid until the next call: for callers
 * with a string where the table and the kind-word check read code units.
 */
export function codesOf(text: string, from: number, to: number): Uint16Array {
  if (to - from > scratch.length) scratch = new Uint16Array(2 * (to - from));
  for (let i = from; i < to; i++) scratch[i - from] = text.charCodeAt(i);
  return scratch;
}

/** The code units `codes[from]` to `codes[to - 1]` as a string. */
export function textOfCodes(codes: Uint8Array | Uint16Array, from: number, to: number): string {
  return String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]);
}

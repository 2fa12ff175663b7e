/**
 * The hash of the matcher's table (title-table.ts): FNV-1a over UTF-16 code units, then mixed. The same
 * code units give the same hash whether they come from a string (`hashRange`) or from the scan's key
 * codes (`hashCodes`).
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

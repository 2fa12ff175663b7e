/**
 * Small tests the scan (fast.ts) makes on words and bracket groups in place, without cutting them out
 * of the text or the key.
 */
import { LAST_TAG_WORDS } from './clean';
import { WordShapes } from './kind';

const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;

/** The lower case of an ASCII code (other codes as they are). */
export function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** The shapes of LAST_TAG_WORDS: a last word of any other shape is no tag word. */
const LAST_TAG_SHAPES = new WordShapes(LAST_TAG_WORDS);

/** `mayBeTrailingTag` of the key's last word, deciding most words by their shape, without cutting them out. */
export function keyMayEndInTag(key: string): boolean {
  // The last word is short: a loop from the end (lastIndexOf is a C++ builtin in V8, ~5% of a lookup).
  let start = key.length;
  while (start > 0 && key.charCodeAt(start - 1) !== 0x20) start--;
  const length = key.length - start;
  if (length === 0 || (length >= 7 && key.endsWith('edition'))) return true;
  return LAST_TAG_SHAPES.mayHold(key, start, key.length) && LAST_TAG_WORDS.has(key.slice(start));
}

/**
 * `keyMayEndInTag` when the key's last word is `lower.slice(from, to)` (a word of plain characters only):
 * read in the lower case, so the key (often built of pieces) need not be read yet.
 */
export function plainWordMayBeTag(lower: string, from: number, to: number): boolean {
  if (to - from >= 7 && lower.startsWith('edition', to - 7)) return true;
  return LAST_TAG_SHAPES.mayHold(lower, from, to) && LAST_TAG_WORDS.has(lower.slice(from, to));
}

/** Where the group opened at `open` closes, or -1 when another bracket (or none) comes first. */
export function groupEnd(text: string, open: number, closer: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === closer) return i;
    if (code === OPEN_PAREN || code === OPEN_SQUARE || code === CLOSE_PAREN || code === CLOSE_SQUARE) return -1;
  }
  return -1;
}

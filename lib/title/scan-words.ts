/**
 * Small tests the scan (fast.ts) makes on words and bracket groups in place, without cutting them out
 * of the text or the key.
 */
import { LAST_TAG_WORDS } from './clean';
import { textOfCodes } from './hash';
import { WordShapes } from './kind';
import { KEY, TABLE_END } from './normalize';

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

/**
 * `mayBeTrailingTag` of the last word of the key in `codes` (its first `length` code units), deciding most
 * words by their shape, without cutting them out.
 */
export function codesMayEndInTag(codes: Uint16Array, length: number): boolean {
  let start = length;
  while (start > 0 && codes[start - 1] !== 0x20) start--;
  const wordLength = length - start;
  if (wordLength === 0 || (wordLength >= 7 && endsWithEdition(codes, length))) return true;
  if (!LAST_TAG_SHAPES.mayHoldShape(codes[start] as number, codes[length - 1] as number, wordLength)) return false;
  return LAST_TAG_WORDS.has(textOfCodes(codes, start, length));
}

const EDITION = 'edition';

function endsWithEdition(codes: Uint16Array, length: number): boolean {
  const from = length - EDITION.length;
  for (let i = 0; i < EDITION.length; i++) if (codes[from + i] !== EDITION.charCodeAt(i)) return false;
  return true;
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

/** Whether the character at `i` becomes its own lower case in the key (`KeyTable.plain`). */
function isPlainAt(text: string, i: number): boolean {
  if (i >= text.length) return false; // (charCodeAt past the end is NaN: no typed-array read at NaN)
  const code = text.charCodeAt(i);
  return code < TABLE_END && KEY.plain[code] === 1;
}

/**
 * `normalizeKey(text.slice(from, to))` for a group of plain characters with single spaces between them
 * ("DVD", "OmU", "Special Edition"): its lower case. `undefined` for any other group.
 */
export function plainGroupKey(text: string, from: number, to: number): string | undefined {
  if (from >= to) return undefined;
  for (let i = from; i < to; i++) {
    if (isPlainAt(text, i)) continue;
    if (text.charCodeAt(i) === 0x20 && i > from && i + 1 < to && isPlainAt(text, i + 1)) continue;
    return undefined;
  }
  // Latin-1 lower case maps each character alone: the group's lower case is the lower case's slice.
  return text.slice(from, to).toLowerCase();
}

/**
 * The fast path of the matcher: one pass over a page title that reads what `matchTitle` needs (the
 * cleaned title's key, the year, the kind a removed tag states, whether the title has diacritics, a
 * slash or a dash) without building the cleaned title. It covers nearly every real title: Latin-1 and
 * General Punctuation text with simple bracket groups that are tags or a year ("Drive (2011) [Blu-ray]").
 * Anything it cannot answer exactly as the full path would — a bracket group that stays, nested or
 * unclosed brackets, a tag word (or a word without letters) at the end, a character outside the table —
 * answers `undefined`, and the caller takes the full path (`cleanTitle`). equivalence.test.ts checks
 * both paths agree on every table row and on thousands of generated titles.
 */
import { compactWord, isTagKey, isWhitespace, MAX_TITLE_LENGTH, mayBeTrailingTag, yearIn } from './clean';
import { TRAILING_FORMAT_WORDS } from './vocabulary';
import { KIND_WORD_ENDS, KIND_WORD_STARTS, kindOfTag, kindWordThirdBit } from './kind';
import { codesMayEndInTag, groupEnd, lowerAscii, plainGroupKey } from './scan-words';
import { DASHES, FOLD, KEY, normalizeKey, TABLE_END } from './normalize';
import type { KeyScan, TitleKind } from './types';

const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const SLASH = 0x2f;

/** What the scan does with a character, by code (below TABLE_END). */
const enum Class {
  /** Outside the table: the full path decides. */
  Unknown = 0,
  /** Becomes its own lower case in the key (see `KeyTable.plain`). */
  Plain,
  /** Becomes other letters ("ä" → "ae", "ß" → "ss"). */
  Letter,
  /** Removed without a trace (apostrophes, soft hyphen). */
  Removed,
  /** Whitespace: ends a word of the title. */
  Space,
  Dash,
  Slash,
  Opener,
  /** Any other punctuation: a space in the key, inside a word of the title. */
  Separator,
}

const CLASSES = Uint8Array.from(KEY.mapping, (mapped, code) => {
  if (mapped === undefined) return Class.Unknown;
  if (KEY.plain[code] === 1) return Class.Plain;
  if (mapped === '') return Class.Removed;
  if (mapped !== ' ') return Class.Letter;
  if (isWhitespace(code)) return Class.Space;
  if (DASHES.has(String.fromCharCode(code))) return Class.Dash;
  if (code === SLASH) return Class.Slash;
  if (code === OPEN_PAREN || code === OPEN_SQUARE) return Class.Opener;
  return Class.Separator;
});

/** Per code: 1 for a letter `foldKey` changes (ä, é: see `hasDiacritics`). */
const DIACRITIC = Uint8Array.from(KEY.mapping, (mapped, code) => (mapped !== FOLD.mapping[code] ? 1 : 0));

/** Per code: 1 for a Plain character without diacritics: the tight loop over a word reads one table per character. */
const PLAIN_WITHOUT_DIACRITIC = Uint8Array.from(CLASSES, (kind, code) => (kind === Class.Plain && DIACRITIC[code] === 0 ? 1 : 0));

/** Per Plain code: the code unit it becomes in the key, its lower case (`KEY.mapping`, one code unit). */
const LOWER = Uint16Array.from(KEY.mapping, (mapped, code) => (CLASSES[code] === Class.Plain ? (mapped as string).charCodeAt(0) : 0));

/** The most code units one character of the table becomes in the key ("ß" → "ss"). */
const MAX_MAPPED = KEY.mapping.reduce((most, mapped) => Math.max(most, mapped?.length ?? 0), 1);

/**
 * The key of the last scan, code unit by code unit (`KeyScan.keyLength` of them): written in place of a
 * string, so a lookup makes no key string (nor a rope of slices that the hash then flattens). Scratch
 * space: each scan overwrites it, nothing is kept from one call to the next.
 */
export const KEY_CODES = new Uint16Array(MAX_TITLE_LENGTH * MAX_MAPPED);

function classAt(text: string, i: number): Class {
  // Bounds checked first: charCodeAt past the end is NaN, and a typed array read at NaN takes V8's slow path.
  if (i >= text.length) return Class.Unknown;
  const code = text.charCodeAt(i);
  return code < TABLE_END ? (CLASSES[code] as Class) : Class.Unknown;
}

/**
 * Whether the key's word starting with the plain character at `i` may be a kind word, by its first three
 * letters (KIND_WORD_STARTS). A plain character is its own lower case in the key; a character that is
 * not plain among them (an apostrophe or umlaut, which change the key's letters) answers true.
 */
function mayStartKindWord(input: string, i: number): boolean {
  const first = lowerAscii(input.charCodeAt(i));
  if (first >= 128) return false; // no kind word starts with a letter beyond ASCII
  const secondKind = classAt(input, i + 1);
  if (secondKind === Class.Letter || secondKind === Class.Removed) return true;
  if (secondKind !== Class.Plain) return false; // a word of one letter: no kind word is that short
  const second = lowerAscii(input.charCodeAt(i + 1));
  if (second >= 128) return false;
  const thirds = KIND_WORD_STARTS[first * 128 + second] as number;
  if (thirds === 0) return false;
  const thirdKind = classAt(input, i + 2);
  if (thirdKind === Class.Letter || thirdKind === Class.Removed) return true;
  if (thirdKind !== Class.Plain) return (thirds & KIND_WORD_ENDS) !== 0; // a word of two letters ("s1")
  const third = lowerAscii(input.charCodeAt(i + 2));
  return third < 128 && (thirds & kindWordThirdBit(third)) !== 0;
}

/**
 * The answer of the last scan, overwritten by every scan like KEY_CODES: a new object per scan was 10 MB
 * of garbage per index build (build ×1.10 in A/B; lookups ×1.04–1.08).
 */
const SCAN: KeyScan = { keyLength: 0, year: null, tagKind: 'film', hasDiacritics: false, hasSlash: false, hasDash: false, halfAt: -1,
  leftHasDiacritics: false, rightHasDiacritics: false, endsInTag: false, mayStateKind: false, kindFrom: 0 };

/**
 * The scan: the key into KEY_CODES, the rest into the answer (`undefined`: the full path decides). The
 * answer is valid until the next scan (see SCAN): read it before scanning again, or copy it (`scanTitle`, scan-title.ts).
 */
export function scanKey(input: string): KeyScan | undefined {
  if (input.length > MAX_TITLE_LENGTH) return undefined;
  const length = input.length;
  const tableEnd = TABLE_END; // read once: an imported binding is a module-cell load on every read
  const { mapping } = KEY;
  const out = KEY_CODES;
  let keyLength = 0;
  let pendingSpace = false;
  let year: number | null = null;
  let tagKind: TitleKind = 'film';
  let hasDiacritics = false;
  let hasSlash = false;
  let hasDash = false;
  let dashes = 0;
  let halfAt = -1;
  let halfWord = 0; // the number of the spaced dash's word
  let leftHasDiacritics = false;
  let rightHasDiacritics = false;
  // Words of the cleaned title: between whitespace and removed bracket groups.
  let wordCount = 0;
  let inWord = false;
  let wordStart = 0;
  let wordEnd = 0;
  let wordHasLetter = false;
  let wordHasSeparator = false;
  let wordCut = 0; // the key's length before the current word: cutting the word off leaves the key before it
  let mayStateKind = false;
  let kindFrom = 0;
  // The two words before the current one (start, end, cut): enough to cut "- SteelBook" or "Blu-ray" off the end.
  let start1 = -1;
  let end1 = -1;
  let cut1 = -1;
  let start2 = -1;
  let end2 = -1;
  let cut2 = -1;
  for (let i = 0; i < length; i++) {
    const code = input.charCodeAt(i);
    const kind: Class = code < tableEnd ? (CLASSES[code] as Class) : Class.Unknown;
    if (kind === Class.Unknown) return undefined;
    if (kind === Class.Plain) {
      if (!inWord) {
        inWord = true;
        wordCount++;
        start2 = start1;
        end2 = end1;
        cut2 = cut1;
        start1 = wordStart;
        end1 = wordEnd;
        cut1 = wordCut;
        wordStart = i;
        if (!mayStateKind && mayStartKindWord(input, i)) {
          mayStateKind = true;
          kindFrom = keyLength;
        }
        wordCut = keyLength; // before the space that separates the word
        wordHasSeparator = false;
      }
      wordHasLetter = true;
      if (DIACRITIC[code] === 1) {
        hasDiacritics = true;
        if (halfAt >= 0) rightHasDiacritics = true;
      }
      if (pendingSpace) {
        if (keyLength > 0) out[keyLength++] = 0x20;
        pendingSpace = false;
      }
      out[keyLength++] = LOWER[code] as number;
      // The rest of the word's plain letters without diacritics (most of a title) in a tight loop.
      for (; i + 1 < length; i++) {
        const next = input.charCodeAt(i + 1);
        if (next >= tableEnd || PLAIN_WITHOUT_DIACRITIC[next] !== 1) break;
        out[keyLength++] = LOWER[next] as number;
      }
      wordEnd = i + 1;
      continue;
    }
    if (kind === Class.Space) {
      inWord = false;
      pendingSpace = true;
    } else if (kind === Class.Opener) {
      // A group that is a year or a tag becomes a space; any other group (or an unclosed one) is left to the full path.
      const close = groupEnd(input, i, code === OPEN_PAREN ? CLOSE_PAREN : CLOSE_SQUARE);
      if (close < 0) return undefined;
      const groupYear = yearIn(input, i + 1, close);
      if (groupYear !== null) {
        if (year === null) year = groupYear;
      } else {
        const contentKey = plainGroupKey(input, i + 1, close) ?? normalizeKey(input.slice(i + 1, close));
        if (!isTagKey(contentKey)) return undefined;
        if (tagKind === 'film') tagKind = kindOfTag(contentKey, contentKey); // the key's key is itself
      }
      inWord = false;
      pendingSpace = true;
      i = close;
    } else {
      // Letters, removed characters and punctuation inside a word of the title.
      if (!inWord) {
        inWord = true;
        wordCount++;
        start2 = start1;
        end2 = end1;
        cut2 = cut1;
        start1 = wordStart;
        end1 = wordEnd;
        cut1 = wordCut;
        wordStart = i;
        wordCut = keyLength;
        wordHasLetter = false;
        wordHasSeparator = false;
        // A word starting with an umlaut or apostrophe: its key's first letters are not the text's.
        if (!mayStateKind && (kind === Class.Letter || kind === Class.Removed)) {
          mayStateKind = true;
          kindFrom = keyLength;
        }
      }
      wordEnd = i + 1;
      if (kind === Class.Letter) {
        wordHasLetter = true;
        if (DIACRITIC[code] === 1) {
          hasDiacritics = true;
          if (halfAt >= 0) rightHasDiacritics = true;
        }
        if (pendingSpace) {
          if (keyLength > 0) out[keyLength++] = 0x20;
          pendingSpace = false;
        }
        const letters = mapping[code] as string;
        for (let j = 0; j < letters.length; j++) out[keyLength++] = letters.charCodeAt(j);
      } else if (kind !== Class.Removed) {
        wordHasSeparator = true;
        // A letter right after punctuation starts a word of the key inside the text's word ("Spider-Man").
        const next = classAt(input, i + 1);
        if (!mayStateKind && (next === Class.Plain || next === Class.Letter || next === Class.Removed)) {
          mayStateKind = true;
          kindFrom = keyLength;
        }
        pendingSpace = true;
        if (kind === Class.Dash) {
          hasDash = true;
          dashes++;
          const isSpaced =
            wordStart === i && wordCount > 1 && classAt(input, i - 1) === Class.Space && classAt(input, i + 1) === Class.Space;
          // A letter before it (keyLength > 0): words of punctuation alone before it are trimmed away.
          if (isSpaced && dashes === 1 && keyLength > 0) {
            halfAt = keyLength;
            halfWord = wordCount;
            leftHasDiacritics = hasDiacritics;
          }
        } else if (kind === Class.Slash) hasSlash = true;
      }
    }
  }
  let endsInTag = false;
  if (wordCount > 1) {
    // stripTrailingTags would cut a tag word (or a word without letters) at the end. (trimSeparators cuts
    // only words without letters, which add nothing to the key.) Checked by shape first: most titles end in no
    // tag. A last word without separators is the key's last word.
    const lastIsTag =
      !wordHasLetter ||
      (wordHasSeparator ? mayBeTrailingTag(compactWord(input.slice(wordStart, wordEnd))) : codesMayEndInTag(out, keyLength));
    if (lastIsTag) {
      // The shop's common tails, "- SteelBook", "Blu-ray", "- DVD": stripTrailingTagsFully cuts a format word or a
      // word without letters one at a time, so the key is cut before it. Any other tag ("Special Edition",
      // "Director's Cut") or more than two cut words are left to the full path.
      for (let cutWords = 0; ; cutWords++) {
        const compact = compactWord(input.slice(wordStart, wordEnd));
        if (compact !== '' && !TRAILING_FORMAT_WORDS.has(compact)) {
          if (mayBeTrailingTag(compact)) return undefined;
          break;
        }
        keyLength = wordCut;
        endsInTag = true;
        wordCount--;
        // One word left: the full path stops cutting (and trims separators, which leaves the key as it is).
        if (wordCount <= 1) break;
        if (cutWords >= 2) return undefined; // more cut words than the two remembered
        wordStart = cutWords === 0 ? start1 : start2;
        wordEnd = cutWords === 0 ? end1 : end2;
        wordCut = cutWords === 0 ? cut1 : cut2;
      }
    }
  }
  // Halves by the key only for one dash, spaced, with words on both sides (`wordCount > halfWord`).
  if (dashes !== 1 || wordCount <= halfWord) halfAt = -1;
  const scan = SCAN;
  scan.keyLength = keyLength;
  scan.year = year;
  scan.tagKind = tagKind;
  scan.hasDiacritics = hasDiacritics;
  scan.hasSlash = hasSlash;
  scan.hasDash = hasDash;
  scan.halfAt = halfAt;
  scan.leftHasDiacritics = leftHasDiacritics;
  scan.rightHasDiacritics = rightHasDiacritics;
  scan.endsInTag = endsInTag;
  scan.mayStateKind = mayStateKind;
  scan.kindFrom = kindFrom;
  return scan;
}

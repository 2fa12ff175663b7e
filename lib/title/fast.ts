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
import { compactWord, isTagKey, isWhitespace, MAX_TITLE_LENGTH, mayBeTrailingTag, yearOf } from './clean';
import { kindOfTag } from './kind';
import { DASHES, FOLD, KEY, normalizeKey, tableSlot } from './normalize';
import type { TitleKind } from './types';

export interface TitleScan {
  /** `cleanTitle(input).keys[0] ?? ''`. */
  key: string;
  /** `cleanTitle(input).year`. */
  year: number | null;
  /** A series or bundle stated inside a removed tag ("[Complete Season 1]"), else 'film'. */
  tagKind: TitleKind;
  /** `hasDiacritics(cleanTitle(input).title)`. */
  hasDiacritics: boolean;
  /** The cleaned title holds a slash (it may join two titles: `joinsTitlesWithSlash` decides). */
  hasSlash: boolean;
  /** The cleaned title holds a dash (it may have halves: `titleHalves` decides). */
  hasDash: boolean;
}

const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const SLASH = 0x2f;
/** Per table slot: 1 for a letter `foldKey` changes (ä, é: see `hasDiacritics`). */
const DIACRITIC = Uint8Array.from(KEY.mapping, (mapped, slot) => (mapped !== FOLD.mapping[slot] ? 1 : 0));

/** Where the group opened at `open` closes, or -1 when another bracket (or none) comes first. */
function groupEnd(text: string, open: number, closer: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === closer) return i;
    if (code === OPEN_PAREN || code === OPEN_SQUARE || code === CLOSE_PAREN || code === CLOSE_SQUARE) return -1;
  }
  return -1;
}

export function scanTitle(input: string): TitleScan | undefined {
  if (input.length > MAX_TITLE_LENGTH) return undefined;
  const lower = input.toLowerCase();
  const { mapping, plain } = KEY;
  let key = '';
  let runStart = -1; // start of plain characters not yet copied into the key
  let pendingSpace = false;
  let year: number | null = null;
  let tagKind: TitleKind = 'film';
  let hasDiacritics = false;
  let hasSlash = false;
  let hasDash = false;
  // Words of the cleaned title: between whitespace and removed bracket groups.
  let wordCount = 0;
  let inWord = false;
  let wordStart = 0;
  let wordEnd = 0;
  let wordHasLetter = false;
  let wordHasSeparator = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const slot = tableSlot(code);
    if (plain[slot] === 1) {
      if (!inWord) {
        inWord = true;
        wordCount++;
        wordStart = i;
        wordHasLetter = false;
        wordHasSeparator = false;
      }
      wordHasLetter = true;
      wordEnd = i + 1;
      if (DIACRITIC[slot] === 1) hasDiacritics = true;
      if (runStart < 0) {
        if (pendingSpace && key !== '') key += ' ';
        pendingSpace = false;
        runStart = i;
      }
      continue;
    }
    const mapped = slot < 0 ? undefined : mapping[slot];
    if (mapped === undefined) return undefined;
    // A single space between plain characters stays inside the run (and ends the word).
    if (code === 0x20 && runStart >= 0 && plain[tableSlot(input.charCodeAt(i + 1))] === 1) {
      inWord = false;
      continue;
    }
    if (runStart >= 0) {
      key += lower.slice(runStart, i);
      runStart = -1;
    }
    if (code === OPEN_PAREN || code === OPEN_SQUARE) {
      // A group that is a year or a tag becomes a space; any other group (or an unclosed one) is left to the full path.
      const close = groupEnd(input, i, code === OPEN_PAREN ? CLOSE_PAREN : CLOSE_SQUARE);
      if (close < 0) return undefined;
      const content = input.slice(i + 1, close);
      const groupYear = yearOf(content);
      if (groupYear !== null) {
        if (year === null) year = groupYear;
      } else {
        const contentKey = normalizeKey(content);
        if (!isTagKey(contentKey)) return undefined;
        if (tagKind === 'film') tagKind = kindOfTag(content, contentKey);
      }
      inWord = false;
      pendingSpace = true;
      i = close;
      continue;
    }
    if (isWhitespace(code)) {
      inWord = false;
      pendingSpace = true;
      continue;
    }
    if (!inWord) {
      inWord = true;
      wordCount++;
      wordStart = i;
      wordHasLetter = false;
      wordHasSeparator = false;
    }
    wordEnd = i + 1;
    if (mapped === ' ') {
      wordHasSeparator = true;
      pendingSpace = true;
      if (code === SLASH) hasSlash = true;
      else if (DASHES.has(input[i] ?? '')) hasDash = true;
    } else if (mapped !== '') {
      wordHasLetter = true;
      if (DIACRITIC[slot] === 1) hasDiacritics = true;
      if (pendingSpace && key !== '') key += ' ';
      pendingSpace = false;
      key += mapped;
    }
  }
  if (runStart >= 0) key += lower.slice(runStart);
  if (wordCount === 0) return { key: '', year, tagKind, hasDiacritics, hasSlash, hasDash };
  // stripTrailingTags would cut a tag word (or a word without letters) at the end. (trimSeparators cuts only
  // words without letters, which add nothing to the key.)
  if (wordCount > 1) {
    if (!wordHasLetter) return undefined;
    const last = wordHasSeparator ? compactWord(input.slice(wordStart, wordEnd)) : key.slice(key.lastIndexOf(' ') + 1);
    if (mayBeTrailingTag(last)) return undefined;
  }
  return { key, year, tagKind, hasDiacritics, hasSlash, hasDash };
}

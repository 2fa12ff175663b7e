/**
 * What a title's own words say it is: a season of a series, a bundle of films, a trailer or extra,
 * or (by default) a film. Word checks look at most three words ahead, so the scan is linear.
 */
import { splitAtSpacedDashes } from './halves';
import { codesOf } from './hash';
import { normalizeKey } from './normalize';
import type { TitleKind } from './types';
import {
  BUNDLE_WORDS,
  FILM_COUNT_WORDS,
  LABEL_WORDS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  OTHER_WORDS,
} from './vocabulary';

const DIGITS = /^\d{1,3}$/;
const SEASON_CODE = /^s\d{1,2}$/;
const EPISODE_CODE = /^e\d{1,3}$/;
const SEASON_EPISODE_CODE = /^s\d{1,2}e\d{1,3}$/;

/**
 * The kind stated by the words of a title (tags already removed). Order: other, series, bundle, film.
 * `key` is `normalizeKey(text)` when the caller has it already.
 */
export function kindOfText(text: string, key = normalizeKey(text)): TitleKind {
  const kind = kindOfKey(key);
  if (kind !== 'film') return kind;
  return joinsTitlesWithSlash(text) ? 'bundle' : 'film';
}

/**
 * Whether the words of a key state anything but a film: `kindOfKey(key) !== 'film'`, with the words
 * that decide on their own ("staffel", "trailer", "trilogie", "double feature") answered at once.
 */
export function isNotFilmKey(key: string): boolean {
  return isNotFilmCodes(codesOf(key, 0, key.length), key.length);
}

/**
 * `isNotFilmKey` of the key made of the first `length` code units of `codes` (the scan's key: no string
 * is made unless a word's shape fits a kind word). `from` (a word's start, or the space before it): the
 * words before it are known to be no kind words and no season codes (`KeyScan.kindFrom`).
 */
export function isNotFilmCodes(codes: Uint16Array, length: number, from = 0): boolean {
  let start = from < length && codes[from] === 0x20 ? from + 1 : from;
  let needsChecks = false;
  while (start < length) {
    let end = start;
    while (end < length && codes[end] !== 0x20) end++;
    const first = codes[start] as number;
    if (first === 0x73 && end - start > 1 && isDigitCode(codes[start + 1] as number)) needsChecks = true;
    else if (KIND_WORD_SHAPES.mayHoldShape(first, codes[end - 1] as number, end - start)) {
      const word = stringOf(codes, start, end);
      if (DECISIVE_WORDS.has(word)) return true;
      if (word === 'double' || word === 'triple') {
        if (isWordAt(codes, length, end + 1, 'feature') || isWordAt(codes, length, end + 1, 'pack')) return true;
      } else if (word === 'box') {
        if (isWordAt(codes, length, end + 1, 'set')) return true;
      } else if (KIND_WORDS.has(word)) needsChecks = true;
    }
    start = end + 1;
  }
  return needsChecks && kindOfKey(stringOf(codes, 0, length)) !== 'film';
}

/** The code units from `start` to `end` as a string (short words: one code unit at a time). */
function stringOf(codes: Uint16Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(codes[i] as number);
  return text;
}

/** Whether `word` is the whole word of the key (the first `length` code units of `codes`) starting at `start`. */
function isWordAt(codes: Uint16Array, length: number, start: number, word: string): boolean {
  const end = start + word.length;
  if (end > length || (end < length && codes[end] !== 0x20)) return false;
  for (let i = 0; i < word.length; i++) if (codes[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** The kind the words of a key state (other, series, bundle, film): `kindOfText` without the slash rule. */
export function kindOfKey(key: string): TitleKind {
  if (!hasKindWord(key)) return 'film';
  const words = key === '' ? [] : key.split(' ');
  if (isOther(words)) return 'other';
  if (isSeries(words)) return 'series';
  if (isBundle(words)) return 'bundle';
  return 'film';
}

/** The kind stated inside a removed tag ("[Complete Season 1 Blu-ray]", "(Box Set) [DVD]"): series or bundle only. */
export function kindOfTag(text: string, key = normalizeKey(text)): TitleKind {
  if (!hasKindWord(key)) return 'film';
  const words = key === '' ? [] : key.split(' ');
  if (isSeries(words)) return 'series';
  if (isBundle(words)) return 'bundle';
  return 'film';
}

/**
 * Every word that any check below (isOther, isSeries, isBundle) starts from. A key without any of them,
 * and without a season code ("s1", "s01e04"), is a film's: the checks are skipped (most titles).
 * A new check must add its word here; equivalence.test.ts compares with the checks themselves.
 */
const KIND_WORDS: ReadonlySet<string> = new Set([
  ...OTHER_WORDS, 'making', 'behind', 'hinter',
  'staffel', 'staffeln', 'miniserie', 'miniseries', 'webserie', 'season', 'seasons', 'serie', 'series',
  ...BUNDLE_WORDS, 'double', 'triple', 'box', ...FILM_COUNT_WORDS,
]);

/**
 * KIND_WORDS that make a title other than a film wherever they stand: isOther, isSeries or isBundle
 * answers true for any key holding one ("collection" is not among them: "The Collection" is a film).
 */
const DECISIVE_WORDS: ReadonlySet<string> = new Set([
  ...OTHER_WORDS, 'staffel', 'staffeln', 'miniserie', 'miniseries', 'webserie',
  ...[...BUNDLE_WORDS].filter((word) => word !== 'collection'),
]);

/**
 * A word's first letter, last letter and length, as bits in two small tables (per ASCII first letter and
 * per last letter: a bit per length): words of a title are ruled out by their shape, without cutting them
 * out of the key. Two array reads per word (a Set of shapes cost a hash lookup per word, ~30 ns: for a
 * ten-word title a fifth of a lookup).
 */
export class WordShapes {
  private readonly byFirst = new Uint32Array(128);
  private readonly byLast = new Uint32Array(128);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const first = word.charCodeAt(0);
      const last = word.charCodeAt(word.length - 1);
      // A word the tables cannot hold (not short ASCII) would be ruled out wrongly: refuse it.
      if (first >= 128 || last >= 128 || word.length >= 32 || word.length === 0) throw new Error(`WordShapes: ${word}`);
      this.byFirst[first] = (this.byFirst[first] ?? 0) | (1 << word.length);
      this.byLast[last] = (this.byLast[last] ?? 0) | (1 << word.length);
    }
  }

  /** Whether the word of `key` from `start` to `end` may be one of the words (false: it is none of them). */
  mayHold(key: string, start: number, end: number): boolean {
    return this.mayHoldShape(key.charCodeAt(start), key.charCodeAt(end - 1), end - start);
  }

  /** Whether a word of this first and last code and length may be one of the words. */
  mayHoldShape(first: number, last: number, length: number): boolean {
    if (length >= 32 || first >= 128 || last >= 128) return false;
    const bit = 1 << length;
    return ((this.byFirst[first] ?? 0) & bit) !== 0 && ((this.byLast[last] ?? 0) & bit) !== 0;
  }
}

const KIND_WORD_SHAPES = new WordShapes(KIND_WORDS);

/** In KIND_WORD_STARTS: a word of two letters. */
export const KIND_WORD_ENDS = 1 << 27;
const ANY_THIRD = (1 << 27) - 1;

/**
 * The first three letters of KIND_WORDS and season codes ("s1", "s01e04"), for the scan to rule kind
 * words out by them (fast.ts): per pair of ASCII codes (first * 128 + second), a bit per third letter
 * (`kindWordThirdBit`), and KIND_WORD_ENDS when a word ends there. A key none of whose words starts
 * so has no kind word (`hasKindWord` is false).
 */
export const KIND_WORD_STARTS: Uint32Array = (() => {
  const starts = new Uint32Array(128 * 128);
  for (const word of KIND_WORDS) {
    const first = word.charCodeAt(0);
    const second = word.charCodeAt(1);
    // A word the table cannot hold (not ASCII letters and digits, shorter than three) would be ruled out wrongly: refuse it.
    if (!/^[a-z0-9]{3,}$/.test(word)) throw new Error(`KIND_WORD_STARTS: ${word}`);
    starts[first * 128 + second] = (starts[first * 128 + second] as number) | kindWordThirdBit(word.charCodeAt(2));
  }
  for (let digit = 0x30; digit <= 0x39; digit++) starts[0x73 * 128 + digit] = KIND_WORD_ENDS | ANY_THIRD;
  return starts;
})();

/** The bit of a third letter (a lower-case ASCII letter or digit) in KIND_WORD_STARTS. */
export function kindWordThirdBit(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return 1 << (code - 0x61);
  return 1 << 26; // a digit (the only other plain ASCII characters; any other code shares the bit)
}

/** Whether a word of the key is one of KIND_WORDS or starts like a season code ("s1", "s01e04"). */
export function hasKindWord(key: string): boolean {
  let start = 0;
  while (start < key.length) {
    let end = key.indexOf(' ', start);
    if (end < 0) end = key.length;
    if (key.charCodeAt(start) === 0x73 && isDigitCode(key.charCodeAt(start + 1))) return true;
    if (KIND_WORD_SHAPES.mayHold(key, start, end) && KIND_WORDS.has(key.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isOther(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (
      OTHER_WORDS.has(word) ||
      (word === 'making' && words[i + 1] === 'of') ||
      (word === 'behind' && words[i + 1] === 'the' && words[i + 2] === 'scenes') ||
      (word === 'hinter' && words[i + 1] === 'den' && words[i + 2] === 'kulissen')
    ) {
      return true;
    }
  }
  return false;
}

function isSeries(words: string[]): boolean {
  let sawComplete = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    // No negative index: it would look up the property "-1" on the array.
    const previous = i > 0 ? (words[i - 1] ?? '') : '';
    const next = words[i + 1] ?? '';
    if (word === 'complete' || word === 'komplette' || word === 'kompletten' || word === 'komplett') sawComplete = true;
    // German "Staffel" is never part of a film title; English "Season" is ("Season of the Witch", "Open Season").
    if (word === 'staffel' || word === 'staffeln') return true;
    if (word === 'miniserie' || word === 'miniseries' || word === 'webserie') return true;
    const isSeasonWord = word === 'season' || word === 'seasons';
    const isSeriesWord = word === 'serie' || word === 'series';
    if (isSeasonWord && (DIGITS.test(next) || NUMBER_WORDS.has(next))) return true;
    if ((isSeasonWord || isSeriesWord) && (ORDINAL_WORDS.has(previous) || DIGITS.test(previous) || sawComplete)) return true;
    if (isSeriesWord && (previous === 'mini' || previous === 'tv' || previous === 'die')) return true;
    const mayBeCode = word.charCodeAt(0) === 0x73 && isDigitCode(word.charCodeAt(1)); // "s1", "s01e04"
    if (mayBeCode && (SEASON_EPISODE_CODE.test(word) || (SEASON_CODE.test(word) && EPISODE_CODE.test(next)))) return true;
  }
  return false;
}

function isBundle(words: string[]): boolean {
  // "The Collection" (2012) is a film; any other title with "Collection" is a set of films.
  if (words.length === 2 && words[0] === 'the' && words[1] === 'collection') return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const isLabel = word === 'collection' && i > 0 && LABEL_WORDS.has(words[i - 1] ?? '');
    if (
      (BUNDLE_WORDS.has(word) && !isLabel) ||
      ((word === 'double' || word === 'triple') && (next === 'feature' || next === 'pack')) ||
      (word === 'box' && next === 'set') ||
      (isDigitCode(word.charCodeAt(0)) && DIGITS.test(word) && Number(word) >= 2 && FILM_COUNT_WORDS.has(next))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a slash joins two titles ("Plan 9 From Outer Space/Robot Monster", "Alien / Aliens") rather
 * than standing inside one title ("Self/less", "Face/Off", "AC/DC: Let There Be Rock", "Fahrenheit 9/11").
 * Rule: a slash with a space beside it joins titles; an unspaced slash joins titles only when both sides
 * (within the same dash-separated part) have at least two words; digit/digit and a slash with nothing on
 * one side are never a join.
 */
export function joinsTitlesWithSlash(text: string): boolean {
  if (!text.includes('/')) return false;
  for (const part of splitAtSpacedDashes(text)) {
    const pieces = part.split('/');
    for (let i = 0; i + 1 < pieces.length; i++) {
      const left = pieces[i] ?? '';
      const right = pieces[i + 1] ?? '';
      // A stray slash with nothing on one side joins nothing (Disney+ "Cool Runnings / - Dabeisein ist alles").
      if (left.trim() === '' || right.trim() === '') continue;
      if (left.endsWith(' ') || right.startsWith(' ')) return true;
      if (isDigit(left.at(-1)) && isDigit(right.at(0))) continue;
      if (wordCount(left) >= 2 && wordCount(right) >= 2) return true;
    }
  }
  return false;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(' ').length;
}

/**
 * Cleans one raw title string from a streaming or shop page: removes format, edition and version tags,
 * reads a year in parentheses, decides the kind (film, series, bundle, other) and computes the lookup
 * keys. Pure and DOM-free; every step is a single pass, so hostile page text costs linear time.
 */
import { titleHalves } from './halves';
import { kindOfTag, kindOfText } from './kind';
import { normalizeKey } from './normalize';
import type { CleanedTitle, TitleKind } from './types';
import {
  BRACKET_TAG_WORDS,
  CUT_MODIFIERS,
  CUT_WORDS,
  EDITION_MODIFIERS,
  TRAILING_FORMAT_WORDS,
} from './vocabulary';

/** Longer strings are not titles (a description, a whole card's text): they get kind 'other' and no keys. */
export const MAX_TITLE_LENGTH = 300;
const FIRST_FILM_YEAR = 1880;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const LAST_FILM_YEAR = 2100;

export function cleanTitle(input: string): CleanedTitle {
  const text = collapseWhitespace(input);
  if (text.length > MAX_TITLE_LENGTH) {
    return { input, title: text.slice(0, MAX_TITLE_LENGTH), year: null, kind: 'other', keys: [] };
  }
  const { title, year, tagKind } = stripTags(text);
  const whole = normalizeKey(title);
  const textKind = kindOfText(title, whole);
  const kind: TitleKind = textKind !== 'film' ? textKind : tagKind;
  return { input, title, year, kind, keys: keysOf(title, whole) };
}

export interface StrippedTitle {
  /** The display title: tags and year removed. */
  title: string;
  year: number | null;
  /** A series or bundle stated inside a removed tag, else 'film'. */
  tagKind: TitleKind;
}

/**
 * Removes bracketed tags and the year, then unbracketed tags at the end, from whitespace-collapsed text:
 * the part of `cleanTitle` the matcher and the index share. Without brackets there is nothing to remove
 * inside the text (and no need to collapse it again).
 */
export function stripTags(text: string): StrippedTitle {
  if (text.indexOf('(') < 0 && text.indexOf('[') < 0) return { title: stripTrailingTags(text), year: null, tagKind: 'film' };
  const { rest, year, tagKind } = removeBracketGroups(text);
  return { title: stripTrailingTags(collapseWhitespace(rest)), year, tagKind };
}

/** The whole title's key first, then the keys of its halves at spaced dashes; no duplicates, no empty keys. */
function keysOf(title: string, whole: string): string[] {
  if (whole === '') return [];
  const keys = [whole];
  for (const [left, right] of titleHalves(title)) {
    for (const half of [left, right]) {
      const key = normalizeKey(half);
      if (key !== '' && !keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

/** Trims and turns every run of whitespace (also no-break and other Unicode spaces) into one space. */
export function collapseWhitespace(text: string): string {
  let out = '';
  let copiedFrom = 0;
  let spaceStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespace(text.charCodeAt(i))) {
      if (spaceStart < 0) spaceStart = i;
      continue;
    }
    if (spaceStart >= 0) {
      // A run of whitespace ends here: keep the text before it, then one space unless at the start.
      const isSingleSpace = i - spaceStart === 1 && text.charCodeAt(spaceStart) === 0x20;
      if (!isSingleSpace || spaceStart === 0) {
        out += text.slice(copiedFrom, spaceStart);
        if (out !== '') out += ' ';
        copiedFrom = i;
      }
      spaceStart = -1;
    }
  }
  const end = spaceStart >= 0 ? spaceStart : text.length;
  return out + text.slice(copiedFrom, end);
}

/** The characters String.prototype.trim treats as whitespace, by code unit (no iterator, no regex). */
export function isWhitespace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

interface BracketResult {
  rest: string;
  year: number | null;
  /** A series or bundle stated inside a removed tag, else 'film'. */
  tagKind: TitleKind;
}

/**
 * Removes innermost bracket groups that are tags ("[Blu-ray]", "(Special Edition)", "[dt./OV]") or a
 * year ("(2012)"), wherever they stand. Other groups stay: "The Office (U.S.)", "(500) Days of Summer".
 * One pass: an opener remembers its position; the matching closer ends the group; stray brackets stay.
 */
function removeBracketGroups(text: string): BracketResult {
  let rest = '';
  let copiedUpTo = 0;
  let openAt = -1;
  let closer = -1;
  let year: number | null = null;
  let tagKind: TitleKind = 'film';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_PAREN || code === OPEN_SQUARE) {
      openAt = i;
      closer = code === OPEN_PAREN ? CLOSE_PAREN : CLOSE_SQUARE;
    } else if (code === closer && openAt >= 0) {
      const content = text.slice(openAt + 1, i);
      const groupYear = yearOf(content);
      const contentKey = groupYear === null ? normalizeKey(content) : '';
      const isTag = groupYear === null && isTagKey(contentKey);
      if (groupYear !== null || isTag) {
        if (groupYear !== null && year === null) year = groupYear;
        if (isTag && tagKind === 'film') tagKind = kindOfTag(content, contentKey);
        rest += text.slice(copiedUpTo, openAt) + ' ';
        copiedUpTo = i + 1;
      }
      openAt = -1;
      closer = -1;
    }
  }
  rest += text.slice(copiedUpTo);
  return { rest, year, tagKind };
}

export function yearOf(content: string): number | null {
  return yearIn(content, 0, content.length);
}

/**
 * `yearOf(text.slice(from, to))` read in place: trimmed (isWhitespace is trim's set), four ASCII digits,
 * a film year. No slice, no trim, no iterator: the fast path checks every bracket group with it.
 */
export function yearIn(text: string, from: number, to: number): number | null {
  while (from < to && isWhitespace(text.charCodeAt(from))) from++;
  while (to > from && isWhitespace(text.charCodeAt(to - 1))) to--;
  if (to - from !== 4) return null;
  let year = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return null;
    year = year * 10 + code - 0x30;
  }
  return year >= FIRST_FILM_YEAR && year <= LAST_FILM_YEAR ? year : null;
}

/** Per ASCII first letter, a bit per length of the BRACKET_TAG_WORDS starting with it. */
const TAG_WORD_LENGTHS = new Uint32Array(128);
for (const word of BRACKET_TAG_WORDS) {
  const first = word.charCodeAt(0);
  TAG_WORD_LENGTHS[first] = (TAG_WORD_LENGTHS[first] ?? 0) | (1 << word.length);
}

/**
 * Whether a bracket group with this key is a tag: a tag word, or a word ending in "edition". Words are
 * read in place; only one whose first letter and length fit a tag word is cut out and looked up.
 */
export function isTagKey(key: string): boolean {
  let start = 0;
  for (;;) {
    let end = key.indexOf(' ', start);
    if (end < 0) end = key.length;
    const length = end - start;
    if (length > 7 && key.startsWith('edition', end - 7)) return true;
    const first = key.charCodeAt(start);
    const lengths = first < 128 && length < 32 ? (TAG_WORD_LENGTHS[first] ?? 0) : 0;
    if ((lengths & (1 << length)) !== 0 && BRACKET_TAG_WORDS.has(key.slice(start, end))) return true;
    if (end >= key.length) return false;
    start = end + 1;
  }
}

/**
 * Strips unbracketed tags at the end, word by word: "Drive - SteelBook", "Drive Mediabook", "Drive 4K
 * Ultra HD", "Drive - Limited Collector's Edition", "Baywatch - erweiterte Filmversion", "X Director's
 * Cut", and then dashes or commas left dangling. Never strips the title away entirely.
 */
export function stripTrailingTags(title: string): string {
  // Most titles do not end in a tag word: then nothing is stripped (the full loop would stop at once).
  const lastWord = compactWord(title.slice(title.lastIndexOf(' ') + 1));
  if (title.indexOf(' ') < 0 || !mayBeTrailingTag(lastWord)) return trimSeparators(title);
  return stripTrailingTagsFully(title);
}

/** Whether the full loop of `stripTrailingTagsFully` could strip a title ending in this (compact) word. */
export function mayBeTrailingTag(last: string): boolean {
  return last === '' || LAST_TAG_WORDS.has(last) || last.endsWith('edition');
}

/** The last words (compact) the loop of `stripTrailingTagsFully` starts from, besides '' and "…edition". */
export const LAST_TAG_WORDS: ReadonlySet<string> = new Set([...TRAILING_FORMAT_WORDS, ...CUT_WORDS, 'hd', 'cut', 'version']);

/** A word's key without spaces: "Blu-ray" → "bluray", "Collector's" → "collectors". */
export function compactWord(word: string): string {
  const key = normalizeKey(word);
  return key.indexOf(' ') < 0 ? key : key.replaceAll(' ', '');
}

export function stripTrailingTagsFully(title: string): string {
  const words = title === '' ? [] : title.split(' ');
  // Only the last few words are ever looked at: compacted lazily, once each.
  const compact = new Array<string | undefined>(words.length);
  let end = words.length;
  let stripped = true;
  while (end > 1 && stripped) {
    const before = end;
    const last = compactAt(words, compact, end - 1);
    const previous = compactAt(words, compact, end - 2);
    if (last === '') end -= 1; // a dangling dash, comma or plus
    else if (TRAILING_FORMAT_WORDS.has(last)) end -= 1;
    else if (last === 'hd' && previous === 'ultra') end -= 2;
    else if ((last === 'cut' || last === 'version') && CUT_MODIFIERS.has(previous)) end -= 2;
    else if (CUT_WORDS.has(last)) end -= CUT_MODIFIERS.has(previous) ? 2 : 1;
    else if (last.endsWith('edition')) end = editionStart(words, compact, end);
    stripped = end < before && end > 0;
    if (end <= 0) return trimSeparators(words.join(' '));
  }
  return trimSeparators(words.slice(0, end).join(' '));
}

/** The compact form of word `i` ('' before the first word), computed once. */
function compactAt(words: string[], compact: Array<string | undefined>, i: number): string {
  if (i < 0) return '';
  let word = compact[i];
  if (word === undefined) {
    word = compactWord(words[i] ?? '');
    compact[i] = word;
  }
  return word;
}

/** Where an unbracketed "… Edition" phrase ending before `end` starts; `end` itself when it is no tag. */
function editionStart(words: string[], compact: Array<string | undefined>, end: number): number {
  let start = end - 1;
  while (start > 0 && isEditionModifier(compactAt(words, compact, start - 1))) start -= 1;
  const hasModifier = start < end - 1;
  // "Special Edition" or a compound ("Sonderedition"); a bare "Edition" may be part of a title.
  return hasModifier || compactAt(words, compact, end - 1) !== 'edition' ? start : end;
}

function isEditionModifier(word: string): boolean {
  if (EDITION_MODIFIERS.has(word)) return true;
  // "50th", "2disc": anniversaries and disc counts. A bare number is not one: "Fast & Furious 7 Extended Edition".
  let digits = 0;
  while (digits < word.length && isDigit(word[digits])) digits++;
  const suffix = word.slice(digits);
  return digits > 0 && ['st', 'nd', 'rd', 'th', 'disc'].includes(suffix);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Removes dashes, commas, colons and plus signs standing alone at either end. */
export function trimSeparators(title: string): string {
  // A separator word starts (and ends) with a separator: if neither end of the title is one, none stands there.
  if (title === '' || (!SEPARATORS.includes(title[0] ?? '') && !SEPARATORS.includes(title[title.length - 1] ?? ''))) return title;
  return trimSeparatorsFully(title);
}

export const SEPARATORS = '-‐‑‒–—―−,:;+/|&';

export function trimSeparatorsFully(title: string): string {
  const words = title === '' ? [] : title.split(' ');
  let start = 0;
  let end = words.length;
  while (end > start && isSeparatorWord(words[end - 1] ?? '')) end--;
  while (start < end && isSeparatorWord(words[start] ?? '')) start++;
  return words.slice(start, end).join(' ');
}

function isSeparatorWord(word: string): boolean {
  if (word === '') return false;
  for (const char of word) if (!SEPARATORS.includes(char)) return false;
  return true;
}

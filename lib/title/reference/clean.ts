// TEST-ONLY oracle (never imported by the extension): lib/title/clean.ts as of commit edb8b28, before the speed
// work of issue 5. lib/title/equivalence.test.ts checks that the optimised code answers exactly like it.
/**
 * Cleans one raw title string from a streaming or shop page: removes format, edition and version tags,
 * reads a year in parentheses, decides the kind (film, series, bundle, other) and computes the lookup
 * keys. Pure and DOM-free; every step is a single pass, so hostile page text costs linear time.
 */
import { titleHalves } from './halves';
import { kindOfTag, kindOfText } from './kind';
import { normalizeKey } from './normalize';
import type { CleanedTitle, TitleKind } from '../types';
import {
  BRACKET_TAG_WORDS,
  CUT_MODIFIERS,
  CUT_WORDS,
  EDITION_MODIFIERS,
  TRAILING_FORMAT_WORDS,
} from '../vocabulary';

/** Longer strings are not titles (a description, a whole card's text): they get kind 'other' and no keys. */
export const MAX_TITLE_LENGTH = 300;
const FIRST_FILM_YEAR = 1880;
const LAST_FILM_YEAR = 2100;

export function cleanTitle(input: string): CleanedTitle {
  const text = collapseWhitespace(input);
  if (text.length > MAX_TITLE_LENGTH) {
    return { input, title: text.slice(0, MAX_TITLE_LENGTH), year: null, kind: 'other', keys: [] };
  }
  const { rest, year, tagKind } = removeBracketGroups(text);
  const title = stripTrailingTags(collapseWhitespace(rest));
  const whole = normalizeKey(title);
  const textKind = kindOfText(title, whole);
  const kind: TitleKind = textKind !== 'film' ? textKind : tagKind;
  return { input, title, year, kind, keys: keysOf(title, whole) };
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
function isWhitespace(code: number): boolean {
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
  let closer = '';
  let year: number | null = null;
  let tagKind: TitleKind = 'film';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(' || char === '[') {
      openAt = i;
      closer = char === '(' ? ')' : ']';
    } else if (char === closer && openAt >= 0) {
      const content = text.slice(openAt + 1, i);
      const groupYear = yearOf(content);
      const isTag = groupYear === null && isTagGroup(content);
      if (groupYear !== null || isTag) {
        if (groupYear !== null && year === null) year = groupYear;
        if (isTag && tagKind === 'film') tagKind = kindOfTag(content);
        rest += text.slice(copiedUpTo, openAt) + ' ';
        copiedUpTo = i + 1;
      }
      openAt = -1;
      closer = '';
    }
  }
  rest += text.slice(copiedUpTo);
  return { rest, year, tagKind };
}

function yearOf(content: string): number | null {
  const trimmed = content.trim();
  if (trimmed.length !== 4) return null;
  for (const char of trimmed) if (char < '0' || char > '9') return null;
  const year = Number(trimmed);
  return year >= FIRST_FILM_YEAR && year <= LAST_FILM_YEAR ? year : null;
}

function isTagGroup(content: string): boolean {
  return normalizeKey(content)
    .split(' ')
    .some((word) => BRACKET_TAG_WORDS.has(word) || (word.length > 7 && word.endsWith('edition')));
}

/**
 * Strips unbracketed tags at the end, word by word: "Drive - SteelBook", "Drive Mediabook", "Drive 4K
 * Ultra HD", "Drive - Limited Collector's Edition", "Baywatch - erweiterte Filmversion", "X Director's
 * Cut", and then dashes or commas left dangling. Never strips the title away entirely.
 */
function stripTrailingTags(title: string): string {
  const words = title === '' ? [] : title.split(' ');
  // Only the last few words are ever looked at: compact them lazily.
  const compactCache = new Map<number, string>();
  const compactAt = (i: number): string => {
    if (i < 0) return '';
    let word = compactCache.get(i);
    if (word === undefined) {
      word = normalizeKey(words[i] ?? '').replaceAll(' ', '');
      compactCache.set(i, word);
    }
    return word;
  };
  let end = words.length;
  let stripped = true;
  while (end > 1 && stripped) {
    const before = end;
    const last = compactAt(end - 1);
    const previous = compactAt(end - 2);
    if (last === '') end -= 1; // a dangling dash, comma or plus
    else if (TRAILING_FORMAT_WORDS.has(last)) end -= 1;
    else if (last === 'hd' && previous === 'ultra') end -= 2;
    else if ((last === 'cut' || last === 'version') && CUT_MODIFIERS.has(previous)) end -= 2;
    else if (CUT_WORDS.has(last)) end -= CUT_MODIFIERS.has(previous) ? 2 : 1;
    else if (last.endsWith('edition')) end = editionStart(compactAt, end);
    stripped = end < before && end > 0;
    if (end <= 0) return trimSeparators(words.join(' '));
  }
  return trimSeparators(words.slice(0, end).join(' '));
}

/** Where an unbracketed "… Edition" phrase ending before `end` starts; `end` itself when it is no tag. */
function editionStart(compactAt: (i: number) => string, end: number): number {
  let start = end - 1;
  while (start > 0 && isEditionModifier(compactAt(start - 1))) start -= 1;
  const hasModifier = start < end - 1;
  // "Special Edition" or a compound ("Sonderedition"); a bare "Edition" may be part of a title.
  return hasModifier || compactAt(end - 1) !== 'edition' ? start : end;
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
function trimSeparators(title: string): string {
  const words = title === '' ? [] : title.split(' ');
  let start = 0;
  let end = words.length;
  while (end > start && isSeparatorWord(words[end - 1] ?? '')) end--;
  while (start < end && isSeparatorWord(words[start] ?? '')) start++;
  return words.slice(start, end).join(' ');
}

function isSeparatorWord(word: string): boolean {
  if (word === '') return false;
  for (const char of word) if (!'-‐‑‒–—―−,:;+/|&'.includes(char)) return false;
  return true;
}

/**
 * Format, edition and version tags: bracket groups anywhere ("[Blu-ray]", "(Special Edition)",
 * "[dt./OV]", a year "(2012)") and tag phrases at the end of a title or after a dash, colon or comma
 * ("- Limited Collector's Edition", "4K Ultra HD + Blu-ray", "Restaurierte Fassung"). The words are in
 * vocabulary.ts; this file is the grammar that reads them. Every step is one pass over the text.
 */
import { kindOfLabel } from './kind';
import { compactKey, normalizeKey, yearOf } from './normalize';
import type { TitleKind } from './types';
import {
  ADDON_WORDS, BRACKET_ONLY_WORDS, COUNTRY_TAGS, DISC_WORDS, FORMAT_WORDS, JOINER_WORDS, MODIFIER_WORDS, NOUN_WORDS, STATE_WORDS, VERSION_WORDS,
} from './vocabulary';

const FORMATS = new Set(FORMAT_WORDS);
const STATES = new Set(STATE_WORDS);
const NOUNS = new Set(NOUN_WORDS);
const MODIFIERS = new Set(MODIFIER_WORDS);
const DISCS = new Set(DISC_WORDS);
const JOINERS = new Set(JOINER_WORDS);
const ADDONS = new Set(ADDON_WORDS);
const VERSIONS = new Set(VERSION_WORDS);
const COUNTRIES = new Set(COUNTRY_TAGS);

/** Any of these words makes a bracket group a tag ("(Import)", "[4K UHD]", "(Two-Disc 50th Anniversary Edition)"). */
const BRACKET_TAG_WORDS = new Set([
  ...FORMAT_WORDS, ...STATE_WORDS, ...MODIFIER_WORDS, ...VERSION_WORDS, ...DISC_WORDS, ...BRACKET_ONLY_WORDS, 'edition', 'fassung',
]);

/** "50th", "2disc", "3discs": an anniversary or a disc count is a modifier; a bare number is not ("Pusher 3 Special Edition"). */
const COUNTED = /^\d{1,3}(?:st|nd|rd|th|disc|discs|disk)$/;

/** What a word does in a tag phrase (null: it is no tag word, the phrase cannot reach past it). */
type Role = 'head' | 'noun' | 'modifier' | 'addon' | 'joiner';

/**
 * The role of `word` (a compact key) given the word after it: a format, state or version is a head; a
 * noun needs a modifier; a number counts only before a disc word ("2 Discs").
 */
function roleOf(word: string, previous: string | undefined, next: string | undefined): Role | null {
  if (word === 'ray' && previous === 'blu') return 'head'; // "Blu Ray" written apart
  if (FORMATS.has(word) || STATES.has(word) || VERSIONS.has(word)) return 'head';
  if (NOUNS.has(word)) return 'noun';
  if (word.length > 7 && word.endsWith('edition')) return 'head'; // "Sonderedition", "Jubiläumsedition"
  if (MODIFIERS.has(word) || COUNTED.test(word)) return 'modifier';
  if (isNumber(word) && next !== undefined && DISCS.has(next)) return 'modifier';
  if (ADDONS.has(word)) return 'addon';
  if (JOINERS.has(word)) return 'joiner';
  return null;
}

/**
 * Where a tag phrase at the end of `words` starts (`words.length` when there is none). At least one word
 * stays before it: a title is never cut away entirely. `keyAt(i)` is word i's compact key (computed only
 * for the words read: most titles end in a word that is no tag word, and only that one is read).
 */
export function tagPhraseStart(words: readonly string[], keyAt: (i: number) => string | undefined = compactKeys(words)): number {
  let start = words.length;
  let isTag = false;
  for (let i = words.length - 1; i >= 1; i--) {
    const role = roleOf(keyAt(i) as string, keyAt(i - 1), keyAt(i + 1));
    if (role === null) break;
    // A noun is a tag only with a modifier before it ("Special Edition"; a bare "Edition" may be a title's).
    if (role === 'head') isTag = true;
    if (role === 'noun') isTag ||= roleOf(keyAt(i - 1) as string, keyAt(i - 2), keyAt(i)) === 'modifier';
    start = i;
  }
  if (!isTag) return words.length;
  // Leading joiners and dashes belong to the title's end, not to the phrase (the caller trims them).
  while (start < words.length && roleOf(keyAt(start) as string, keyAt(start - 1), keyAt(start + 1)) === 'joiner') start++;
  return start;
}

/** Word i's compact key, each computed once and only when asked for (undefined outside the words). */
export function compactKeys(words: readonly string[]): (i: number) => string | undefined {
  const keys: Array<string | undefined> = [];
  return (i) => {
    if (i < 0 || i >= words.length) return undefined;
    return (keys[i] ??= compactKey(words[i] as string));
  };
}

/** The display title without the tag phrase at its end ("Drive - SteelBook", "Drive Blu-ray + DVD"). */
export function stripTagPhrases(title: string): string {
  // Most titles end in a word that is no tag word: decided by that word alone.
  const last = compactKey(title.slice(title.lastIndexOf(' ') + 1));
  if (last !== 'ray' && roleOf(last, undefined, undefined) === null) return title;
  const words = title.split(' ');
  const start = tagPhraseStart(words);
  return start < words.length ? trimSeparators(words.slice(0, start).join(' ')) : title;
}

export interface WithoutBrackets {
  /** The text with tag and year groups replaced by a space (collapse it again). */
  rest: string;
  /** The first year group's year ("Footloose (2011)"). */
  year: number | null;
  /** A series or bundle stated inside a removed group ("[Complete Season 1]", "(Miniserie)", "(Limited Edition Box Set)"). */
  kind: TitleKind;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']' };

/**
 * Removes innermost bracket groups that are a year, a tag, a country mark or a series label, wherever they stand. Other
 * groups stay: "The Office (U.S.)", "(500) Days of Summer", "Pusher 1-3 (Trilogy)". One pass: an opener
 * remembers its position, the matching closer ends the group, stray brackets stay.
 */
export function removeBracketGroups(text: string): WithoutBrackets {
  let rest = '';
  let copiedUpTo = 0;
  let openAt = -1;
  let closer = '';
  let year: number | null = null;
  let kind: TitleKind = 'film';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char in OPENERS) {
      openAt = i;
      closer = OPENERS[char] as string;
    } else if (char === closer && openAt >= 0) {
      const content = text.slice(openAt + 1, i);
      const groupYear = yearOf(content);
      const groupKind = groupYear === null ? kindOfGroup(content) : null;
      if (groupYear !== null || groupKind !== null) {
        year ??= groupYear;
        if (kind === 'film' && groupKind !== null) kind = groupKind;
        rest += text.slice(copiedUpTo, openAt) + ' ';
        copiedUpTo = i + 1;
      }
      openAt = -1;
      closer = '';
    }
  }
  return { rest: rest + text.slice(copiedUpTo), year, kind };
}

/** What a removable bracket group states: 'film' for a tag or a country mark, 'series' for a season label, 'bundle' for a boxed set; null: it is part of the title. */
function kindOfGroup(content: string): TitleKind | null {
  const key = normalizeKey(content);
  if (COUNTRIES.has(key)) return 'film';
  const words = key.split(' ');
  const kind = kindOfLabel(words);
  if (kind === 'series') return kind;
  // A bundle word alone keeps its group ("Pusher 1-3 (Trilogy)"); beside a tag word it is the tag's ("(Limited Edition Box Set)").
  if (!words.some((word) => BRACKET_TAG_WORDS.has(word))) return null;
  return kind === 'other' ? 'film' : kind;
}

/** Dashes, commas, colons, plus signs and the like at either end of a title: left over where a tag or a label was cut. */
const SEPARATOR_CHARS = '-‐‑‒–—―−,:;+/|& ';

/** Removes separator characters and spaces from both ends ("Drive -" → "Drive", "Breaking Bad:" → "Breaking Bad"). */
export function trimSeparators(title: string): string {
  let start = 0;
  let end = title.length;
  while (start < end && SEPARATOR_CHARS.includes(title[start] as string)) start++;
  while (end > start && SEPARATOR_CHARS.includes(title[end - 1] as string)) end--;
  return start === 0 && end === title.length ? title : title.slice(start, end);
}

function isNumber(word: string): boolean {
  if (word === '' || word.length > 3) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) < 0x30 || word.charCodeAt(i) > 0x39) return false;
  return true;
}

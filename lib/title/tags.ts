/**
 * Format, edition and version tags: bracket groups anywhere ("[Blu-ray]", "(Special Edition)",
 * "[dt./OV]", a year "(2012)") and tag phrases at the end of a title or after a dash, colon or comma
 * ("- Limited Collector's Edition", "4K Ultra HD + Blu-ray", "Restaurierte Fassung"). The words are in
 * vocabulary.ts; this file is the grammar that reads them. Every step is one pass over the text.
 */
import { kindOfLabel, kindOfWords, mayNameSeries } from './kind';
import { compactKey, normalizeKey, yearOf } from './normalize';
import type { TitleKind } from './types';
import {
  ADDON_WORDS, BRACKET_ONLY_WORDS, COUNTRY_TAGS, DISC_WORDS, FORMAT_WORDS, JOINER_WORDS, MODIFIER_WORDS, NOUN_WORDS, STATE_WORDS, VERSION_WORDS,
} from './vocabulary';

const COUNTRIES = new Set(COUNTRY_TAGS);
const DISCS = new Set(DISC_WORDS);

/** Any of these words makes a bracket group a tag ("(Import)", "[4K UHD]", "(Two-Disc 50th Anniversary Edition)"). */
const BRACKET_TAG_WORDS = new Set([
  ...FORMAT_WORDS, ...STATE_WORDS, ...MODIFIER_WORDS, ...VERSION_WORDS, ...DISC_WORDS, ...BRACKET_ONLY_WORDS, 'edition', 'fassung',
]);

/** "50th", "2disc", "3discs": an anniversary or a disc count is a modifier; a bare number is not ("Pusher 3 Special Edition"). */
const COUNTED = /^\d{1,3}(?:st|nd|rd|th|disc|discs|disk)$/;

/** What a word does in a tag phrase (null: it is no tag word, the phrase cannot reach past it). */
type Role = 'head' | 'noun' | 'modifier' | 'addon' | 'joiner';

/** Each tag word's role; a word in two lists keeps the first role given ("steelbook" is a head, also before "Edition"). */
const ROLES = new Map<string, Role>();
for (const [words, role] of [
  [FORMAT_WORDS, 'head'], [STATE_WORDS, 'head'], [VERSION_WORDS, 'head'], [NOUN_WORDS, 'noun'],
  [MODIFIER_WORDS, 'modifier'], [ADDON_WORDS, 'addon'], [JOINER_WORDS, 'joiner'],
] as const) {
  for (const word of words) if (!ROLES.has(word)) ROLES.set(word, role);
}

/**
 * The role of `word` (a compact key) between its neighbours: a format, state or version is a head; a
 * noun needs a modifier; a number counts only before a disc word ("2 Discs").
 */
function roleOf(word: string, previous: string | undefined, next: string | undefined): Role | null {
  if (word === 'ray' && previous === 'blu') return 'head'; // "Blu Ray" written apart
  const role = ROLES.get(word);
  if (role !== undefined) return role;
  if (word.length > 7 && word.endsWith('edition')) return 'head'; // "Sonderedition", "Jubiläumsedition"
  if (COUNTED.test(word)) return 'modifier';
  if (isNumber(word) && next !== undefined && DISCS.has(next)) return 'modifier';
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
function compactKeys(words: readonly string[]): (i: number) => string | undefined {
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

/** An innermost bracket group: "(…)" or "[…]" holding no bracket (a negated class: linear). */
const INNERMOST_GROUP = /\(([^()[\]]*)\)|\[([^()[\]]*)\]/g;

/**
 * Removes innermost bracket groups that are a year, a tag, a country mark or a series label, wherever
 * they stand. Other groups stay: "The Office" keeps no "(U.S.)", but "(500) Days of Summer" and "Pusher
 * 1-3 (Trilogy)" keep theirs. Stray brackets stay.
 */
export function removeBracketGroups(text: string): WithoutBrackets {
  let year: number | null = null;
  let kind: TitleKind = 'film';
  const rest = text.replace(INNERMOST_GROUP, (group: string, round: string | undefined, square: string | undefined) => {
    const content = round ?? square ?? '';
    const groupYear = yearOf(content);
    const groupKind = groupYear === null ? kindOfGroup(content) : null;
    if (groupYear === null && groupKind === null) return group;
    year ??= groupYear;
    if (kind === 'film' && groupKind !== null) kind = groupKind;
    return ' ';
  });
  return { rest, year, kind };
}

/** What a removable bracket group states: 'film' for a tag or a country mark, 'series' for a season label, 'bundle' for a boxed set; null: it is part of the title. */
function kindOfGroup(content: string): TitleKind | null {
  const key = normalizeKey(content);
  if (COUNTRIES.has(key)) return 'film';
  const words = key.split(' ');
  const kind = mayNameSeries(content) ? kindOfLabel(words) : kindOfWords(words);
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

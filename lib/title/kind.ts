/**
 * What a title names besides a film: a series (a season label: "X - Staffel 3", "X: The Complete First
 * Season", "X S01E03"), a bundle ("Trilogie", "Double Feature", "A / B"), or an extra ("Trailer",
 * "Making-of"). A series label is cut from the title (the title of a series is the series' name); bundle
 * and extra words stay in it. Words as vocabulary.ts writes them; every check looks at most three words on.
 */
import { splitAtSpacedDashes } from './halves';
import type { TitleKind } from './types';
import {
  BUNDLE_PHRASES, BUNDLE_WORDS, FILM_COUNT_WORDS, LABEL_WORDS, NUMBER_WORDS, ORDINAL_WORDS, OTHER_PHRASES, OTHER_WORDS,
  SEASON_WORDS, SERIES_LABEL_OPENERS, STAFFEL_WORDS,
} from './vocabulary';

const STAFFEL = new Set(STAFFEL_WORDS);
const SEASON = new Set(SEASON_WORDS);
const OPENERS = new Set(SERIES_LABEL_OPENERS);
const NUMBERS = new Set(NUMBER_WORDS);
const ORDINALS = new Set(ORDINAL_WORDS);
const OTHERS = new Set(OTHER_WORDS);
const BUNDLES = new Set(BUNDLE_WORDS);
const LABELS = new Set(LABEL_WORDS);
const FILM_COUNTS = new Set(FILM_COUNT_WORDS);
const OTHER_PHRASE_WORDS = OTHER_PHRASES.map((phrase) => phrase.split(' '));
const BUNDLE_PHRASE_WORDS = BUNDLE_PHRASES.map((phrase) => phrase.split(' '));

const DIGITS = /^\d{1,3}$/;
/** "s1", "s01e04", "1x04". */
const EPISODE_CODE = /^(?:s\d{1,2}e\d{1,3}|\d{1,2}x\d{1,3})$/;
const SEASON_CODE = /^s\d{1,2}$/;
const EPISODE_NUMBER = /^e\d{1,3}$/;

/** Text that may hold a series label: only such titles are read word by word (plain literals: linear). */
const MAY_NAME_SERIES = /s(?:taffel|eason|erie|\d)|\dx\d/i;

/**
 * Where a series label starts among the words of a title (compact keys), or -1. A label may start at
 * word 0 (a title that is only a label, "Staffel 1"); the caller keeps such a title whole.
 */
export function seriesLabelStart(keys: readonly string[]): number {
  for (let i = 0; i < keys.length; i++) {
    if (!isSeriesWordAt(keys, i)) continue;
    // "Die komplette erste Staffel", "The Complete 2nd Season", "2. Staffel": the words before belong to the label.
    let start = i;
    while (start > 0 && isLabelOpener(keys[start - 1] as string)) start--;
    return start;
  }
  return -1;
}

/** Whether `text` may hold a series label (a cheap test before the words are read). */
export function mayNameSeries(text: string): boolean {
  return MAY_NAME_SERIES.test(text);
}

function isSeriesWordAt(keys: readonly string[], i: number): boolean {
  const word = keys[i] as string;
  const previous = keys[i - 1] ?? '';
  const next = keys[i + 1] ?? '';
  // German "Staffel" is never part of a film title; English "Season" is ("Season of the Witch", "Open Season").
  if (STAFFEL.has(word)) return true;
  if (EPISODE_CODE.test(word) || (SEASON_CODE.test(word) && EPISODE_NUMBER.test(next))) return true;
  if (!SEASON.has(word)) return false;
  const isSeason = word === 'season' || word === 'seasons';
  if (isSeason && (DIGITS.test(next) || NUMBERS.has(next))) return true;
  if (ORDINALS.has(previous) || DIGITS.test(previous) || /^\d+(?:st|nd|rd|th)$/.test(previous)) return true;
  if (previous === 'complete' || previous === 'komplette' || previous === 'kompletten' || previous === 'komplett') return true;
  return !isSeason && (previous === 'mini' || previous === 'tv' || previous === 'die' || previous === 'the');
}

/** "Percy Jackson: Die Serie", "X: The Series": a label that is part of the series' own name (it stays in the title). */
export function isNamingLabel(keys: readonly string[]): boolean {
  return keys.length === 2 && (keys[0] === 'die' || keys[0] === 'the') && (keys[1] === 'serie' || keys[1] === 'series');
}

function isLabelOpener(word: string): boolean {
  return OPENERS.has(word) || ORDINALS.has(word) || DIGITS.test(word) || /^\d+(?:st|nd|rd|th)$/.test(word);
}

/** The kind the words of a bracket group or a cut label state: a series label, a bundle, an extra, else 'film'. */
export function kindOfLabel(words: readonly string[]): TitleKind {
  if (seriesLabelStart(words) >= 0) return 'series';
  return kindOfWords(words);
}

/** Whether a key may state an extra or a bundle: a cheap test before its words are read (literal words: linear). */
export function mayStateKind(key: string): boolean {
  return KIND_TRIGGER.test(key);
}

/** Any word an extra or a bundle is recognised by, or a number (it may count films). */
const KIND_TRIGGER = new RegExp(
  `\\b(?:${[...OTHER_WORDS, ...BUNDLE_WORDS, ...OTHER_PHRASES, ...BUNDLE_PHRASES].map((phrase) => phrase.split(' ')[0]).join('|')}|\\d+)\\b`,
);

/** The kind stated by the words of a title's key (an extra before a bundle), without the series label. One pass. */
export function kindOfWords(words: readonly string[]): TitleKind {
  let isBundle = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (OTHERS.has(word) || startsPhrase(words, i, OTHER_PHRASE_WORDS)) return 'other';
    isBundle ||= statesBundleAt(words, i);
  }
  return isBundle ? 'bundle' : 'film';
}

/** Whether word i makes the title a bundle: a bundle word, a bundle phrase, or "2 Filme". */
function statesBundleAt(words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  if (BUNDLES.has(word)) {
    // "The Collection" (2012) is a film; "The Criterion Collection" a publisher's series of single films.
    if (word !== 'collection') return true;
    return !(words.length === 2 && i === 1 && words[0] === 'the') && !LABELS.has(words[i - 1] ?? '');
  }
  const first = word.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return DIGITS.test(word) && Number(word) >= 2 && FILM_COUNTS.has(words[i + 1] ?? '');
  return startsPhrase(words, i, BUNDLE_PHRASE_WORDS);
}

/** Whether one of the phrases starts at word i. */
function startsPhrase(words: readonly string[], i: number, phrases: ReadonlyArray<readonly string[]>): boolean {
  for (const phrase of phrases) {
    if (phrase[0] !== words[i]) continue;
    if (phrase.every((part, j) => words[i + j] === part)) return true;
  }
  return false;
}

/**
 * Whether a slash joins two titles ("Plan 9 From Outer Space/Robot Monster", "Alien / Aliens") rather
 * than standing inside one ("Self/less", "Face/Off", "AC/DC: Let There Be Rock", "Fahrenheit 9/11").
 * A slash with a space beside it joins titles; an unspaced one only when both sides (within the same
 * dash-separated part) have two words or more; digit/digit and a slash with nothing on one side never do.
 */
export function joinsTitlesWithSlash(text: string): boolean {
  if (!text.includes('/')) return false;
  for (const part of splitAtSpacedDashes(text)) {
    const pieces = part.split('/');
    for (let i = 0; i + 1 < pieces.length; i++) {
      const left = pieces[i] as string;
      const right = pieces[i + 1] as string;
      // A stray slash with nothing on one side joins nothing (Disney+ "Cool Runnings / - Dabeisein ist alles").
      if (left.trim() === '' || right.trim() === '') continue;
      if (left.endsWith(' ') || right.startsWith(' ')) return true;
      if (/\d$/.test(left) && /^\d/.test(right)) continue;
      if (wordCount(left) >= 2 && wordCount(right) >= 2) return true;
    }
  }
  return false;
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(' ').length;
}

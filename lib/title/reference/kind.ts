// TEST-ONLY oracle (never imported by the extension): lib/title/kind.ts as of commit edb8b28, before the speed
// work of issue 5. lib/title/equivalence.test.ts checks that the optimised code answers exactly like it.
/**
 * What a title's own words say it is: a season of a series, a bundle of films, a trailer or extra,
 * or (by default) a film. Word checks look at most three words ahead, so the scan is linear.
 */
import { splitAtSpacedDashes } from './halves';
import { normalizeKey } from './normalize';
import type { TitleKind } from '../types';
import {
  BUNDLE_WORDS,
  FILM_COUNT_WORDS,
  LABEL_WORDS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  OTHER_WORDS,
} from '../vocabulary';

const DIGITS = /^\d{1,3}$/;
const SEASON_CODE = /^s\d{1,2}$/;
const EPISODE_CODE = /^e\d{1,3}$/;
const SEASON_EPISODE_CODE = /^s\d{1,2}e\d{1,3}$/;

/**
 * The kind stated by the words of a title (tags already removed). Order: other, series, bundle, film.
 * `key` is `normalizeKey(text)` when the caller has it already.
 */
export function kindOfText(text: string, key = normalizeKey(text)): TitleKind {
  const words = key === '' ? [] : key.split(' ');
  if (isOther(words)) return 'other';
  if (isSeries(words)) return 'series';
  if (isBundle(words) || joinsTitlesWithSlash(text)) return 'bundle';
  return 'film';
}

/** The kind stated inside a removed tag ("[Complete Season 1 Blu-ray]", "(Box Set) [DVD]"): series or bundle only. */
export function kindOfTag(text: string): TitleKind {
  const words = wordsOf(text);
  if (isSeries(words)) return 'series';
  if (isBundle(words)) return 'bundle';
  return 'film';
}

function wordsOf(text: string): string[] {
  const key = normalizeKey(text);
  return key === '' ? [] : key.split(' ');
}

function isOther(words: string[]): boolean {
  return words.some(
    (word, i) =>
      OTHER_WORDS.has(word) ||
      (word === 'making' && words[i + 1] === 'of') ||
      (word === 'behind' && words[i + 1] === 'the' && words[i + 2] === 'scenes') ||
      (word === 'hinter' && words[i + 1] === 'den' && words[i + 2] === 'kulissen'),
  );
}

function isSeries(words: string[]): boolean {
  let sawComplete = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const previous = words[i - 1] ?? '';
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
    if (SEASON_EPISODE_CODE.test(word) || (SEASON_CODE.test(word) && EPISODE_CODE.test(next))) return true;
  }
  return false;
}

function isBundle(words: string[]): boolean {
  // "The Collection" (2012) is a film; any other title with "Collection" is a set of films.
  if (words.length === 2 && words[0] === 'the' && words[1] === 'collection') return false;
  return words.some((word, i) => {
    const next = words[i + 1] ?? '';
    const isLabel = word === 'collection' && LABEL_WORDS.has(words[i - 1] ?? '');
    return (
      (BUNDLE_WORDS.has(word) && !isLabel) ||
      ((word === 'double' || word === 'triple') && (next === 'feature' || next === 'pack')) ||
      (word === 'box' && next === 'set') ||
      (DIGITS.test(word) && Number(word) >= 2 && FILM_COUNT_WORDS.has(next))
    );
  });
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

/**
 * Cleans one raw title string from a streaming or shop page, in five steps:
 *   1. whitespace collapsed; over 300 characters is not a title;
 *   2. bracket groups that are a year, a tag or a series label removed (tags.ts);
 *   3. a tag phrase at the end cut ("- SteelBook", "4K Ultra HD + Blu-ray"), then a series label
 *      ("- Staffel 3", ": The Complete First Season"), then a tag phrase again (kind.ts, tags.ts);
 *   4. the kind: stated by a removed group or label, else by the remaining words (bundle, extra), else film;
 *   5. the keys: the whole title's, then the halves' of "EN title - DE title" (halves.ts).
 * Pure and DOM-free; each step is one pass, so hostile page text costs linear time.
 */
import { titleHalves } from './halves';
import { isNamingLabel, joinsTitlesWithSlash, kindOfWords, mayNameSeries, mayStateKind, seriesLabelStart } from './kind';
import { collapseWhitespace, compactKey, normalizeKey } from './normalize';
import { removeBracketGroups, stripTagPhrases, tagPhraseStart, trimSeparators } from './tags';
import type { CleanedTitle, TitleKind } from './types';
import { ARTICLES } from './vocabulary';

/** Longer strings are not titles (a description, a whole tile's text): they get kind 'other' and no keys. */
export const MAX_TITLE_LENGTH = 300;

export function cleanTitle(input: string): CleanedTitle {
  const { title, year, kind, key } = readTitle(input);
  return { input, title, year, kind, keys: keysOf(title, key) };
}

/** `cleanTitle` without the halves' keys (the matcher works them out only when the whole title names no film). */
export function readTitle(input: string): StrippedTitle & { key: string } {
  const text = collapseWhitespace(input);
  if (text.length > MAX_TITLE_LENGTH) return { title: text.slice(0, MAX_TITLE_LENGTH), year: null, kind: 'other', key: '' };
  const { title, year, kind: statedKind } = stripTags(text);
  const key = normalizeKey(title);
  return { title, year, kind: statedKind !== 'film' ? statedKind : kindOfTitle(title, key), key };
}

export interface StrippedTitle {
  /** The display title: tags, year and series label removed. */
  title: string;
  year: number | null;
  /** 'series' where a label was cut, a series or bundle stated in a removed group, else 'film'. */
  kind: TitleKind;
}

/** Steps 2 and 3 of the header, on whitespace-collapsed text: what the index build and `cleanTitle` share. */
export function stripTags(text: string): StrippedTitle {
  const hasBrackets = text.includes('(') || text.includes('[');
  const { rest, year, kind } = hasBrackets ? removeBracketGroups(text) : { rest: text, year: null, kind: 'film' as TitleKind };
  const title = stripTagPhrases(trimSeparators(tidy(hasBrackets ? collapseWhitespace(rest) : rest)));
  if (!mayNameSeries(title)) return { title, year, kind };
  const words = title.split(' ');
  const keys = words.map(compactKey);
  const label = seriesLabelStart(keys);
  if (label < 0) return { title, year, kind };
  if (label === 0 || isNamingLabel(keys.slice(label))) return { title, year, kind: 'series' };
  // What stands before the label is the series' name, perhaps with a tag phrase of its own ("X Blu-ray - Staffel 1").
  const name = words.slice(0, label);
  const end = tagPhraseStart(name);
  // "Young Sherlock - Season 1: Teaser Trailer": an extra of the series.
  const labelKind = kindOfWords(keys.slice(label)) === 'other' ? 'other' : 'series';
  return { title: trimSeparators(name.slice(0, end).join(' ')), year, kind: labelKind };
}

/**
 * Undoes two ways pages garble a title: an article put last, library style ("Help, The" → "The Help"),
 * and separators left side by side where the site dropped something ("Cool Runnings / - Dabeisein ist alles").
 */
function tidy(text: string): string {
  const comma = text.lastIndexOf(', ');
  if (comma > 0 && ARTICLE_SET.has(text.slice(comma + 2).toLowerCase())) text = `${text.slice(comma + 2)} ${text.slice(0, comma)}`;
  return text.includes(' / ') ? text.replace(STRAY_SLASH, '') : text;
}

const ARTICLE_SET = new Set(ARTICLES);
/** A slash standing beside a dash, with nothing between them: it separates nothing. */
const STRAY_SLASH = / \/(?= [-\u2010-\u2015\u2212] )/g;

/** The kind the title's own words state: an extra, a bundle (also "A / B"), else a film. */
function kindOfTitle(title: string, whole: string): TitleKind {
  const kind = mayStateKind(whole) ? kindOfWords(whole.split(' ')) : 'film';
  if (kind !== 'film') return kind;
  return joinsTitlesWithSlash(title) ? 'bundle' : 'film';
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

/**
 * The kind of a title on a page, from its text and the site's word (Prime's entity type, a Disney+
 * label): an extra is the most specific (a series' trailer, a podcast with episodes), then what the site
 * says is no film, then the text.
 */
export function kindOnPage(textKind: TitleKind, siteKind: TitleKind | null | undefined): TitleKind {
  if (textKind === 'other') return 'other';
  return siteKind && siteKind !== 'film' ? siteKind : textKind;
}

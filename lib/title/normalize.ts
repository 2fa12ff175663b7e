/**
 * Lookup keys for titles, and the whitespace and year helpers every step shares. Two keys per string:
 * - `normalizeKey`: the primary key. Case, ß, umlauts, dashes, colons, apostrophes and other punctuation
 *   are unified; no letter is ever deleted (ä becomes "ae", so "Wüste" and "Wueste" agree).
 * - `foldKey`: the primary key with every diacritic dropped (ü → u, é → e). Only a second lookup, for
 *   pages that dropped umlauts or accents ("Abenteuer In Der Wuste", "Les Miserables").
 * Both are one pass over the text (no regular expression that can backtrack).
 */

/**
 * Dashes of every width (hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus). In keys
 * they and the colon become a space like all punctuation: "Mission: Impossible" = "Mission – Impossible".
 */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

/** Apostrophe look-alikes, removed so "Schindler's", "Schindler’s" and "Schindlers" agree (before NFKC, which splits ´). */
const APOSTROPHES = /['\u2019\u2018`\u00b4\u02bc\u02b9\uff07]/g;

/** Spelled out, never dropped: "mußten" = "mussten", "Wüste" = "Wueste". */
const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/u;
const COMBINING_MARKS = /\p{M}/gu;
const INVISIBLE = /\p{Cf}/u;

/** The primary key: see the file's header. "Spider-Man: Into the Spider-Verse" → "spider man into the spider verse". */
export function normalizeKey(text: string): string {
  const plain = text.replace(APOSTROPHES, '');
  // ASCII text (most titles) needs no NFKC and no letter mapping: every run of other characters is a space.
  if (ASCII.test(plain)) return plain.toLowerCase().replace(NOT_LETTER_OR_DIGIT_RUN, ' ').trim();
  return keyOf(plain.normalize('NFKC').toLowerCase(), KEY_LETTERS);
}

/** The folded key: like `normalizeKey`, but letters lose their diacritics (ü → u, é → e; ß still → ss). */
export function foldKey(text: string): string {
  const plain = text.replace(APOSTROPHES, '');
  if (ASCII.test(plain)) return normalizeKey(plain);
  return keyOf(plain.normalize('NFKC').toLowerCase(), FOLDED_LETTERS);
}

/** Whether the text holds letters that `foldKey` changes (umlauts, accents; not ß, which both keys spell "ss"). */
export function hasDiacritics(text: string): boolean {
  if (ASCII.test(text)) return false;
  for (const char of text.normalize('NFKC').toLowerCase()) if (KEY_LETTERS.of(char) !== FOLDED_LETTERS.of(char)) return true;
  return false;
}

const ASCII = /^[\x00-\x7f]*$/;
const NOT_LETTER_OR_DIGIT_RUN = /[^a-z0-9]+/g;

/**
 * What each (lower-case) character becomes in a key: its letters, ' ' for a separator, '' for an invisible
 * character. Worked out once per character from its Unicode class and kept (titles repeat few characters).
 */
class LetterMapping {
  /** By code unit, for characters of one code unit (nearly all); others are worked out every time. */
  private readonly known: Array<string | undefined> = [];

  constructor(private readonly mapLetter: (char: string) => string) {}

  of(char: string): string {
    if (char.length > 1) return this.workOut(char);
    return (this.known[char.charCodeAt(0)] ??= this.workOut(char));
  }

  private workOut(char: string): string {
    if (INVISIBLE.test(char)) return '';
    if (LETTER_OR_DIGIT.test(char) || COMBINING_MARK.test(char)) return this.mapLetter(char);
    return ' ';
  }
}

const KEY_LETTERS = new LetterMapping((char) => SPELLED_OUT[char] ?? char);
const FOLDED_LETTERS = new LetterMapping((char) => (char === 'ß' ? 'ss' : char.normalize('NFD').replace(COMBINING_MARKS, '')));

/** One pass: letters and digits are mapped and kept, everything else separates words, invisible characters vanish. */
function keyOf(lower: string, letters: LetterMapping): string {
  let key = '';
  let pendingSpace = false;
  for (const char of lower) {
    const mapped = letters.of(char);
    if (mapped === '') continue;
    if (mapped === ' ') {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && key !== '') key += ' ';
    pendingSpace = false;
    key += mapped;
  }
  return key;
}

/** A word's key without spaces, as the vocabulary writes it: "Blu-ray" → "bluray", "Collector's" → "collectors". */
export function compactKey(word: string): string {
  if (PLAIN_WORD.test(word)) return word.toLowerCase();
  return normalizeKey(word).replaceAll(' ', '');
}

const PLAIN_WORD = /^[A-Za-z0-9]*$/;

/** Trims and turns every run of whitespace (also no-break and other Unicode spaces) into one space. */
export function collapseWhitespace(text: string): string {
  if (!NEEDS_COLLAPSING.test(text)) return text;
  return text.split(WHITESPACE_RUN).filter((part) => part !== '').join(' ');
}

/** The characters `String.prototype.trim` removes, as one class: a run of them is matched in linear time. */
const WHITESPACE_RUN = /[\s\ufeff]+/;
/** Whitespace other than a single space between words (most titles have none: they are returned as they are). */
const NEEDS_COLLAPSING = /[^\S ]|\ufeff| {2}|^ | $/;

const FIRST_FILM_YEAR = 1880;
const LAST_FILM_YEAR = 2100;

/** A film year written alone ("2012", " 1978 "), else null. */
export function yearOf(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed.length !== 4) return null;
  for (let i = 0; i < 4; i++) {
    const code = trimmed.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return null;
  }
  const year = Number(trimmed);
  return year >= FIRST_FILM_YEAR && year <= LAST_FILM_YEAR ? year : null;
}

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
/** Invisible format characters (zero-width space, soft hyphen): removed, they join what they stand between. */
const INVISIBLE = /\p{Cf}/gu;
/** Spelled out, never dropped: "mußten" = "mussten", "Wüste" = "Wueste". */
const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const UMLAUT_OR_SHARP_S = /[äöüß]/g;
const COMBINING_MARKS = /\p{M}/gu;
/** Every run of characters that are no letter, digit or mark is one space (a character class: linear). */
const SEPARATOR_RUN = /[^\p{L}\p{N}\p{M}]+/gu;
/** ASCII text (most titles) needs no Unicode step: every run of characters but letters and digits is a space. */
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_SEPARATOR_RUN = /[^a-z0-9]+/g;
const ASCII_APOSTROPHES = /['`]/g;

/** The primary key: see the file's header. "Spider-Man: Into the Spider-Verse" → "spider man into the spider verse". */
export function normalizeKey(text: string): string {
  if (ASCII.test(text)) return asciiKey(text.toLowerCase());
  const lower = text.replace(APOSTROPHES, '').normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
  return lower.replace(UMLAUT_OR_SHARP_S, (char) => SPELLED_OUT[char] as string).replace(SEPARATOR_RUN, ' ').trim();
}

/**
 * The key of lower-case ASCII text. Most titles' lower case is already their key ("the dark knight"):
 * it is returned as it is, for the index keeps 80,000 keys and each new string costs memory and time.
 */
function asciiKey(lower: string): string {
  const plain = lower.includes("'") || lower.includes('`') ? lower.replace(ASCII_APOSTROPHES, '') : lower;
  return ASCII_NOT_KEY.test(plain) ? plain.replace(ASCII_SEPARATOR_RUN, ' ').trim() : plain;
}

/** Anything in lower-case ASCII text that a key does not keep: a character but a-z, 0-9 and space, two spaces, a space at an end. */
const ASCII_NOT_KEY = /[^a-z0-9 ]| {2}|^ | $/;

/** The folded key: like `normalizeKey`, but letters lose their diacritics (ü → u, é → e; ß still → ss). */
export function foldKey(text: string): string {
  const plain = text.replace(APOSTROPHES, '');
  if (ASCII.test(plain)) return normalizeKey(plain);
  const bare = plain.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').normalize('NFD').replace(COMBINING_MARKS, '');
  return bare.replaceAll('ß', 'ss').replace(SEPARATOR_RUN, ' ').trim().normalize('NFC');
}

/** Whether the text holds letters that `foldKey` changes (umlauts, accents: marks once decomposed; ß is "ss" in both keys). */
export function hasDiacritics(text: string): boolean {
  return !ASCII.test(text) && MARK.test(text.normalize('NFKD'));
}

const MARK = /\p{M}/u;

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
/** Whitespace other than a single space between words (most titles have none: they are returned as they are); `\s` holds U+FEFF. */
const NEEDS_COLLAPSING = /[^\S ]| {2}|^ | $/;

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

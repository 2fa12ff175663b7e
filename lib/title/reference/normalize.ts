// TEST-ONLY oracle (never imported by the extension): lib/title/normalize.ts as of commit edb8b28, before the speed
// work of issue 5. lib/title/equivalence.test.ts checks that the optimised code answers exactly like it.
/**
 * Lookup keys for titles. Two keys per string:
 * - `normalizeKey`: the primary key. Case, ß, umlauts, dashes, colons, apostrophes and other punctuation
 *   are unified; no letter is ever deleted (ä becomes "ae", so "Wüste" and "Wueste" agree).
 * - `foldKey`: the primary key with every diacritic dropped (ü → u, é → e). Only used as a second
 *   lookup for pages that dropped umlauts or accents ("Abenteuer In Der Wuste", "Les Miserables").
 *
 * Both run in one pass over the text (no regular expression over the whole string), so hostile page
 * text costs linear time.
 */

/**
 * Dashes of every width (hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus). In keys
 * they and the colon become a space like all punctuation: "Mission: Impossible" = "Mission – Impossible".
 */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

/**
 * Apostrophe look-alikes, removed so "Schindler's", "Schindler’s" and "Schindlers" agree. Removed before
 * NFKC, which turns the acute accent ´ into a space plus a combining mark. A plain character class: linear.
 */
const APOSTROPHES = /['\u2019\u2018`\u00b4\u02bc\u02b9\uff07]/g;

/** Spelled out, never dropped: "mußten" = "mussten", "Wüste" = "Wueste". */
const TRANSLITERATIONS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/u;
const INVISIBLE_FORMAT = /\p{Cf}/u;

/**
 * The primary key: NFKC, German lower case, ß → ss, ä/ö/ü → ae/oe/ue, dashes, colons and all other
 * punctuation → a single space (so dash and colon variants unify), apostrophes removed, invisible
 * format characters (zero-width space, soft hyphen) removed, whitespace collapsed and trimmed.
 */
export function normalizeKey(text: string): string {
  const lower = text.replace(APOSTROPHES, '').normalize('NFKC').toLocaleLowerCase('de-DE');
  return collapse(lower, (char) => TRANSLITERATIONS[char] ?? char);
}

/**
 * The folded key: like `normalizeKey`, but letters lose their diacritics instead (ü → u, é → e,
 * ß still → ss). Equal to `normalizeKey` for text without diacritics.
 */
export function foldKey(text: string): string {
  const decomposed = text.replace(APOSTROPHES, '').normalize('NFKC').toLocaleLowerCase('de-DE').normalize('NFD');
  return collapse(decomposed, (char) => (char === 'ß' ? 'ss' : COMBINING_MARK.test(char) ? '' : char)).normalize('NFC');
}

/** Whether the text holds letters that `foldKey` changes (umlauts, accents, ß). */
export function hasDiacritics(text: string): boolean {
  return normalizeKey(text) !== foldKey(text);
}

/** One pass: letters and digits are mapped and kept, separators become one space, invisible characters vanish. */
function collapse(text: string, mapLetter: (char: string) => string): string {
  let out = '';
  let pendingSpace = false;
  for (const char of text) {
    const code = char.charCodeAt(0);
    let mapped: string;
    if (code < 0x80) {
      // ASCII fast path (most titles): lower-case letters and digits stay, everything else separates.
      const isWordChar = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
      mapped = isWordChar ? char : ' ';
    } else if (INVISIBLE_FORMAT.test(char)) {
      continue;
    } else if (LETTER_OR_DIGIT.test(char) || COMBINING_MARK.test(char)) {
      mapped = mapLetter(char);
      if (mapped === '') continue;
    } else {
      // Dashes, colons and every other punctuation mark or space separate words.
      mapped = ' ';
    }
    if (mapped === ' ') {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out !== '') out += ' ';
    pendingSpace = false;
    out += mapped;
  }
  return out;
}

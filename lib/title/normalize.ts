/**
 * Lookup keys for titles. Two keys per string:
 * - `normalizeKey`: the primary key. Case, ß, umlauts, dashes, colons, apostrophes and other punctuation
 *   are unified; no letter is ever deleted (ä becomes "ae", so "Wüste" and "Wueste" agree).
 * - `foldKey`: the primary key with every diacritic dropped (ü → u, é → e). Only used as a second
 *   lookup for pages that dropped umlauts or accents ("Abenteuer In Der Wuste", "Les Miserables").
 *
 * Each key has a full path (NFKC, German lower case, Unicode classes: right for any text) and a fast path
 * for the text of nearly every title: Latin-1 letters and General Punctuation (’ – „ …), one loop over
 * the characters with a table. The table is computed once from the full path itself, so both always
 * agree (normalize.test.ts checks it character by character). Both are linear in the text.
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
  return fastKey(text, KEY) ?? fullNormalizeKey(text);
}

/**
 * The folded key: like `normalizeKey`, but letters lose their diacritics instead (ü → u, é → e,
 * ß still → ss). Equal to `normalizeKey` for text without diacritics.
 */
export function foldKey(text: string): string {
  return fastKey(text, FOLD) ?? fullFoldKey(text);
}

/** Whether the text holds letters that `foldKey` changes (umlauts, accents, ß). */
export function hasDiacritics(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const key = code < TABLE_END ? KEY.mapping[code] : undefined;
    const folded = code < TABLE_END ? FOLD.mapping[code] : undefined;
    if (key === undefined || folded === undefined) return fullHasDiacritics(text);
    if (key !== folded) return true;
  }
  return false;
}

export function fullNormalizeKey(text: string): string {
  const lower = text.replace(APOSTROPHES, '').normalize('NFKC').toLocaleLowerCase('de-DE');
  return collapse(lower, (char) => TRANSLITERATIONS[char] ?? char);
}

export function fullFoldKey(text: string): string {
  const decomposed = text.replace(APOSTROPHES, '').normalize('NFKC').toLocaleLowerCase('de-DE').normalize('NFD');
  return collapse(decomposed, (char) => (char === 'ß' ? 'ss' : COMBINING_MARK.test(char) ? '' : char)).normalize('NFC');
}

export function fullHasDiacritics(text: string): boolean {
  return fullNormalizeKey(text) !== fullFoldKey(text);
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

// ---- Fast path -------------------------------------------------------------------------------------

/**
 * The tables cover Latin-1 (U+0000–U+00FF) and General Punctuation (U+2000–U+206F), indexed by the
 * character code itself; codes between the two blocks have no entry (`undefined`, not plain).
 */
export const TABLE_END = 0x2070;
const TABLE_CODES = [...Array.from({ length: 0x100 }, (_, code) => code), ...Array.from({ length: TABLE_END - 0x2000 }, (_, i) => 0x2000 + i)];

/**
 * What the full path makes of one (lower-case) character, read off the full path itself: ' ' for a
 * separator, '' for a removed character, else the letters it becomes. `undefined` when the answer
 * depends on more than the character (NFKC turns "¼" into "1⁄4", "¨" into a space and a combining mark):
 * text with such a character takes the full path.
 */
function mappingOf(char: string, full: (text: string) => string): string | undefined {
  const alone = full(char);
  const between = full(`a${char}b`);
  if (alone === '' && between === 'a b') return ' ';
  if (alone === '' && between === 'ab') return '';
  if (alone !== '' && !alone.includes(' ') && between === `a${alone}b`) return alone;
  return undefined;
}

export interface KeyTable {
  /** Per character code below TABLE_END: what the character becomes (see `mappingOf`). */
  mapping: Array<string | undefined>;
  /** Per character code below TABLE_END: 1 when it becomes just its own lower case ("D" → "d", "é" → "é" in keys). */
  plain: Uint8Array;
}

function buildTable(full: (text: string) => string): KeyTable {
  const mapping = new Array<string | undefined>(TABLE_END).fill(undefined);
  const plain = new Uint8Array(TABLE_END);
  for (const code of TABLE_CODES) {
    const char = String.fromCharCode(code);
    const mapped = mappingOf(char, full);
    mapping[code] = mapped;
    plain[code] = mapped === char.toLowerCase() && mapped.length === 1 && mapped !== ' ' ? 1 : 0;
  }
  return { mapping, plain };
}

export const KEY = buildTable(fullNormalizeKey);
export const FOLD = buildTable(fullFoldKey);

/**
 * The key by table, or `undefined` when the text holds a character outside the table (the caller then
 * takes the full path). Runs of plain characters (see `KeyTable.plain`) and the single spaces between
 * them are copied from `toLowerCase()` in one slice: a title that only needs lower case ("Der lange
 * Nacht") is not copied at all.
 */
function fastKey(text: string, table: KeyTable): string | undefined {
  const lower = text.toLowerCase();
  const { mapping, plain } = table;
  let out = '';
  let runStart = -1;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= TABLE_END) return undefined;
    if (plain[code] === 1) {
      if (runStart < 0) {
        if (pendingSpace && out !== '') out += ' ';
        pendingSpace = false;
        runStart = i;
      }
      continue;
    }
    const mapped = mapping[code];
    if (mapped === undefined) return undefined;
    // A single space between plain characters stays inside the run.
    if (code === 0x20 && runStart >= 0 && i + 1 < text.length && plain[text.charCodeAt(i + 1)] === 1) continue;
    if (runStart >= 0) {
      out += lower.slice(runStart, i);
      runStart = -1;
    }
    if (mapped === ' ') pendingSpace = true;
    else if (mapped !== '') {
      if (pendingSpace && out !== '') out += ' ';
      pendingSpace = false;
      out += mapped;
    }
  }
  return runStart >= 0 ? out + lower.slice(runStart) : out;
}

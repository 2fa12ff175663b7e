/**
 * The words the cleaner recognises, as `normalizeKey` writes them (lower case, umlauts spelled out,
 * punctuation gone: "Blu-ray" is the two words "blu ray", "Collector's" is "collectors").
 * Gathered from German shop and streaming titles (see docs/sites.md of the team, 2026).
 */

/** A bracket group holding any of these words is a format, edition or version tag: "[Blu-ray]", "(Special Edition)", "[dt./OV]". */
export const BRACKET_TAG_WORDS: ReadonlySet<string> = new Set([
  // formats
  'blu', 'bluray', 'dvd', 'dvds', 'uhd', '4k', '3d', 'hd', 'vhs', 'steelbook', 'mediabook', 'digipak', 'digibook',
  'disc', 'discs', 'import', 'schuber', 'slipcase', 'exklusiv', 'exclusive', 'amazon', 'fsk', 'pal',
  // editions and cuts
  'edition', 'limited', 'limitiert', 'limitierte', 'special', 'collectors', 'anniversary', 'deluxe', 'remastered',
  'restauriert', 'uncut', 'directors', 'extended', 'kinofassung', 'filmversion', 'fassung', 'neuauflage',
  // publishers' film series of single films: "(The Criterion Collection)", "(Arthaus Collection)"
  'criterion', 'arthaus', 'studiocanal',
  // versions and extras
  'ov', 'omu', 'omeu', 'omdu', 'dt', 'ut', 'subbed', 'dubbed', 'untertitel', 'untertitelt', 'original', 'originalversion',
  'originalfassung', 'deutsch', 'german', 'englisch', 'english', 'inkl', 'bonusmaterial',
]);

/** Format words stripped when they stand unbracketed at the end: "Drive - SteelBook", "Drive Mediabook". Compact form (no spaces). */
export const TRAILING_FORMAT_WORDS: ReadonlySet<string> = new Set([
  'bluray', 'dvd', 'uhd', '4k', '4kuhd', 'steelbook', 'mediabook', 'digipak', 'uncut',
]);

/** Words that may stand before an unbracketed "Edition": "Limited Collector's Edition", "Two-Disc 50th Anniversary Edition". Compact form. */
export const EDITION_MODIFIERS: ReadonlySet<string> = new Set([
  'special', 'limited', 'limitiert', 'limitierte', 'collectors', 'collector', 'anniversary', 'jubilaeums', 'deluxe',
  'extended', 'ultimate', 'premium', 'remastered', 'steelbook', 'mediabook', 'uncut', 'directors', 'definitive',
  'twodisc', 'disc', 'bluray', 'dvd', 'uhd', '4k', 'sammler', 'kinofassung',
]);

/** "erweiterte Filmversion", "Extended Version": a cut of the same film. Compact form. */
export const CUT_WORDS: ReadonlySet<string> = new Set(['filmversion', 'kinofassung', 'kinoversion']);
export const CUT_MODIFIERS: ReadonlySet<string> = new Set(['erweiterte', 'extended', 'ungekuerzte', 'directors']);

/** Counted seasons: "Staffel 1", "Season zwei". */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'eins', 'zwei', 'drei', 'vier', 'fuenf', 'sechs', 'sieben', 'acht', 'neun', 'zehn',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/** "Die komplette erste Staffel", "The Complete First Season". English "final" is left out: "The Final Season" is a film (2007). */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'erste', 'zweite', 'dritte', 'vierte', 'fuenfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte', 'letzte', 'finale',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
]);

/** Words that make a title a trailer or an extra rather than a film. */
export const OTHER_WORDS: ReadonlySet<string> = new Set(['trailer', 'teaser', 'featurette', 'bonus', 'outtakes']);

/** Publishers' film series: "The Criterion Collection" holds one film, not a bundle. */
export const LABEL_WORDS: ReadonlySet<string> = new Set(['criterion', 'arthaus', 'studiocanal', 'archive']);

/** Words that make a title a bundle of films. */
export const BUNDLE_WORDS: ReadonlySet<string> = new Set([
  'trilogy', 'trilogie', 'quadrilogy', 'quadrilogie', 'tetralogie', 'doppelpack', 'boxset', 'komplettbox',
  'collection', 'kollektion',
]);

/** "2 Filme", "3 Movies", "4-Film-Set". */
export const FILM_COUNT_WORDS: ReadonlySet<string> = new Set(['film', 'filme', 'films', 'movie', 'movies']);

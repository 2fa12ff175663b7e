/**
 * Every word the cleaner knows, written once. Words are compact keys: `normalizeKey` without spaces
 * ("Blu-ray" → "bluray", "Collector's" → "collectors", "2-Disc" → "2disc"). To teach the cleaner a new
 * edition or format word, add it to one list here; `npm run -s lookup` shows the effect at once.
 * Gathered from German shop and streaming titles (docs/sites.md, "Shop title noise", 2026; the real-page corpus in corpus/).
 *
 * How the lists combine (tags.ts reads them): a *tag phrase* is a run of tag words at the end of a
 * title, or after a dash, colon or comma: "- Limited Collector's Edition", "4K Ultra HD + Blu-ray",
 * "Restaurierte Fassung". It is cut only when it holds a FORMAT word, a STATE word, or a NOUN with a
 * MODIFIER before it; ADDON words count only beside one of those ("Bonus Blu-ray", "Edition Box").
 */

/** Disc and file formats and packagings: a tag on their own ("Drive Blu-ray", "Drive - SteelBook"). */
export const FORMAT_WORDS = ['bluray', 'dvd', 'dvds', 'uhd', '4k', '4kuhd', 'vhs', 'steelbook', 'mediabook', 'digipak', 'digibook', 'hd'];

/** A state of the film's copy, a tag on its own: "Metropolis Remastered", "Drive Uncut". */
export const STATE_WORDS = ['remastered', 'uncut', 'ungeschnitten', 'kinofassung', 'kinoversion', 'filmversion'];

/** Nouns that are a tag only after a modifier: "Special Edition", "Director's Cut", "Restaurierte Fassung". */
export const NOUN_WORDS = ['edition', 'fassung', 'version', 'cut', 'ausgabe'];

/** Words that stand before a noun or a format: "Limited Steelbook", "Ultimate Collector's Edition". */
export const MODIFIER_WORDS = [
  'special', 'limited', 'limitiert', 'limitierte', 'collectors', 'collector', 'anniversary', 'jubilaeums', 'deluxe',
  'extended', 'ultimate', 'premium', 'directors', 'definitive', 'sammler', 'erweiterte', 'ungekuerzte',
  'restaurierte', 'restauriert', 'digitally', 'digital', 'remastered', 'uncut', 'ultra', 'blu', 'steelbook', 'mediabook',
  'bluray', 'dvd', 'uhd', '4k', 'hd', 'neue', 'kinofassung',
];

/** Count words of discs: "2-Disc", "Two-Disc", "3 Disc". A bare number is never a tag word ("Pusher 3 Special Edition"). */
export const DISC_WORDS = ['disc', 'discs', 'twodisc', 'disk'];

/** Words that join a tag phrase without a meaning of their own: "Blu-ray + DVD", "4K und Blu-ray". */
export const JOINER_WORDS = ['', 'und', 'and', 'plus', 'inkl', 'mit', 'with'];

/** Words that belong to a tag phrase only beside a format, state or noun: "Bonus Blu-ray", "Edition Box", "3D Blu-ray". */
export const ADDON_WORDS = ['bonus', 'box', '3d', 'digital', 'copy', 'ray', 'disc', 'discs'];

/** Version and language tags (Amazon, Prime Video): "[dt./OV]", "[OmU]", "Drive OV". */
export const VERSION_WORDS = ['ov', 'omu', 'omeu', 'omdu'];

/**
 * Words that make a bracket group a tag, beside the format, state, modifier, version and disc words and
 * "edition" and "fassung": "(Import)", "[Exklusiv bei Amazon.de]",
 * "(Originalversion mit Untertitel)". Only inside brackets: at the end of a title they may be its words.
 */
export const BRACKET_ONLY_WORDS = [
  'import', 'schuber', 'slipcase', 'exklusiv', 'exclusive', 'amazon', 'fsk', 'pal', 'dt', 'ut', 'subbed', 'dubbed',
  'untertitel', 'untertitelt', 'original', 'originalversion', 'originalfassung', 'deutsch', 'german', 'englisch',
  'english', 'inkl', 'bonusmaterial', '3d', 'digital',
  // Publishers' film series of single films: "(The Criterion Collection)", "(Arthaus Collection)".
  'criterion', 'arthaus', 'studiocanal',
];

/** "Staffel" never stands in a film's title; English "Season" does ("Season of the Witch"): see SEASON_WORDS. */
export const STAFFEL_WORDS = ['staffel', 'staffeln', 'miniserie', 'miniseries', 'webserie', 'episodenserie'];

/** Season and series words that state a series only in a label: "Season 2", "The Complete First Season", "Die komplette Serie". */
export const SEASON_WORDS = ['season', 'seasons', 'serie', 'series'];

/** Words that open a series label: "Die komplette erste Staffel", "The Complete Series". */
export const SERIES_LABEL_OPENERS = ['die', 'the', 'complete', 'komplette', 'kompletten', 'komplett', 'gesamte', 'alle', 'all'];

/** Counted seasons: "Staffel 1", "Season zwei". */
export const NUMBER_WORDS = [
  'eins', 'zwei', 'drei', 'vier', 'fuenf', 'sechs', 'sieben', 'acht', 'neun', 'zehn',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
];

/** "Die komplette erste Staffel", "The Complete First Season". English "final" is left out: "The Final Season" is a film (2007). */
export const ORDINAL_WORDS = [
  'erste', 'zweite', 'dritte', 'vierte', 'fuenfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte', 'letzte', 'finale',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
];

/** Words that make a title a trailer or an extra rather than a film. Phrases: see OTHER_PHRASES. */
export const OTHER_WORDS = ['trailer', 'teaser', 'featurette', 'bonus', 'outtakes', 'podcast'];
export const OTHER_PHRASES = ['making of', 'behind the scenes', 'hinter den kulissen'];

/** Words that make a title a bundle of films. "Collection" is one, but not in "The Collection" (2012) nor after a publisher (LABEL_WORDS). */
export const BUNDLE_WORDS = ['trilogy', 'trilogie', 'quadrilogy', 'quadrilogie', 'tetralogie', 'doppelpack', 'boxset', 'komplettbox', 'collection', 'kollektion'];
export const BUNDLE_PHRASES = ['double feature', 'triple feature', 'double pack', 'triple pack', 'box set'];

/** Publishers' film series: "The Criterion Collection" holds one film, not a bundle. */
export const LABEL_WORDS = ['criterion', 'arthaus', 'studiocanal', 'archive'];

/** "2 Filme", "3 Movies", "4-Film-Set". */
export const FILM_COUNT_WORDS = ['film', 'filme', 'films', 'movie', 'movies'];

/** Country marks that tell apart a series or film of the same name: "The Office (U.S.)". Removed like a year. Group keys. */
export const COUNTRY_TAGS = ['us', 'u s', 'usa', 'u s a', 'uk', 'u k'];

/** Articles a catalogue may put last ("Help, The"): put back in front. */
export const ARTICLES = ['the', 'a', 'an', 'der', 'die', 'das', 'le', 'la', 'les', 'el'];

/**
 * Small German words that mark the other half of "EN title - DE title" as a German release title ("The
 * Lucky One - Für immer der Deine"): with one half naming a film, the pair is asked about (a question).
 * Keys: "für" is "fuer". A half with an umlaut or ß counts too.
 */
export const GERMAN_WORDS = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'im', 'ins', 'am', 'mit',
  'fuer', 'zum', 'zur', 'von', 'vom', 'nach', 'aus', 'auf', 'bei', 'ueber', 'unter', 'ist', 'nicht', 'wie', 'wenn', 'ich', 'mir',
];

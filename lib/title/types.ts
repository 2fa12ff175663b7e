/** What a title on a page names, as far as its text (and the site's hints) tell. */
export type TitleKind = 'film' | 'series' | 'bundle' | 'other';

/** The result of cleaning one raw title string from a page. */
export interface CleanedTitle {
  /** The raw input. */
  input: string;
  /** The title with format, version, edition and year tags removed, for display ("Drive"). */
  title: string;
  /** The year the string states ("Footloose (2011)"), else null. */
  year: number | null;
  kind: TitleKind;
  /**
   * Normalised lookup keys: the whole cleaned title first, then the halves of "EN title - DE subtitle"
   * (and the reverse). Never partial words.
   */
  keys: string[];
}

/** A film the matcher can find: the catalogue's titles reduced to what matching needs. */
export interface MatchableFilm {
  id: string;
  year: number;
  /** German title, original title and aliases. */
  titles: string[];
}

export interface FilmMatch {
  id: string;
  /** The catalogue's German title. */
  title: string;
  year: number;
}

/** Facts a site shows beside the title, used to reject wrong matches. */
export interface TitleHints {
  year?: number | null;
  kind?: TitleKind | null;
}

/** What the fast path's scan (`scanKey`, fast.ts) reads; the key itself is in `KEY_CODES` (see `keyLength`). */
export interface KeyScan {
  /** `cleanTitle(input).keys[0] ?? ''` is `KEY_CODES` up to here (its code units). */
  keyLength: number;
  /** `cleanTitle(input).year`. */
  year: number | null;
  /** A series or bundle stated inside a removed tag ("[Complete Season 1]"), else 'film'. */
  tagKind: TitleKind;
  /** `hasDiacritics(cleanTitle(input).title)`. */
  hasDiacritics: boolean;
  /** The cleaned title holds a slash (it may join two titles: `joinsTitlesWithSlash` decides). */
  hasSlash: boolean;
  /** The cleaned title holds a dash (it may have halves: `titleHalves` decides). */
  hasDash: boolean;
  /**
   * When the title's only dash is one spaced dash between words ("A - B", the common EN/DE pair): where
   * the key splits into the halves' keys (`key.slice(0, halfAt)`, the rest after a space), else -1.
   * Both halves have letters: a half of punctuation alone would be trimmed from the title.
   */
  halfAt: number;
  /** With `halfAt`: `hasDiacritics` of each half. */
  leftHasDiacritics: boolean;
  rightHasDiacritics: boolean;
  /** Unbracketed tag words were cut from the end ("Drive - SteelBook"): the key is shorter than the text's. */
  endsInTag: boolean;
  /**
   * Whether a word of the key may be a kind word ("Staffel", "Trailer", "s01e04"). False: `hasKindWord(key)`
   * is false (so is `isNotFilmKey(key)`), read off the first three letters of each word during the scan.
   */
  mayStateKind: boolean;
  /**
   * With `mayStateKind`: where in the key the scan's first doubt arose. The words of the key before it were
   * ruled out one by one (none is a kind word or a season code): `isNotFilmCodes` reads from here on.
   */
  kindFrom: number;
}

/** `scanKey` with the key as a string: what the index build and the tests read. */
export interface TitleScan extends Omit<KeyScan, 'keyLength'> {
  /** `cleanTitle(input).keys[0] ?? ''`. */
  key: string;
}

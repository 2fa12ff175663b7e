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
  /** A curated film (data/films): a match is sure by its title alone (evidence.ts). Absent: not curated. */
  curated?: boolean;
}

export interface FilmMatch {
  id: string;
  /** The catalogue's German title. */
  title: string;
  year: number;
  /**
   * Set on what `matchTitle` answers: false where the title names the film without evidence
   * (evidence.ts), to be shown as a question, never as a fact. Absent on lists and search results.
   */
  sure?: boolean;
  /** The user has seen the film (their own data, lib/userdata): set by the background, for dimming its tiles. */
  seen?: boolean;
}

/** Facts a site shows beside the title, used to reject wrong matches. */
export interface TitleHints {
  year?: number | null;
  kind?: TitleKind | null;
}

/**
 * The user's own film data: what they rated, saw, want to see and wrote, per catalogue film. Kept in
 * IndexedDB (store.ts), imported from Letterboxd and IMDb exports (import.ts), exported back
 * (export.ts, backup.ts). See README.md for the decisions (scales, which source wins).
 */

/** Where an entry's facts came from. `filmlupe`: the user's own action in Filmlupe (watchlist, seen). */
export type UserDataSource = 'letterboxd' | 'imdb' | 'filmlupe';

/**
 * A rating on the scale the user gave it: Letterboxd 0.5–5 in half stars (`scale: 5`), IMDb 1–10
 * (`scale: 10`). Kept, not converted: the export gives it back to Letterboxd exactly as given
 * (`Rating` or `Rating10`), and the card shows it on its own scale. `ratingOutOfTen` reads both on one
 * scale to compare them (which rating wins, model.ts).
 */
export interface UserRating {
  value: number;
  scale: 5 | 10;
  /** ISO date (YYYY-MM-DD) when rated, if the source says. */
  date: string | null;
  source: UserDataSource;
}

/** The user's own review of a film (Letterboxd's reviews.csv). */
export interface UserReview {
  /** As written: plain text, never HTML to be rendered. */
  text: string;
  /** ISO date of the viewing the review is about (else of the review), if known. */
  date: string | null;
  /** The review gives away the plot (Letterboxd's spoiler flag, where the export has it). */
  spoiler: boolean;
  source: UserDataSource;
}

/** Everything the user has on one film. Keyed by the catalogue's film id, which stays stable across catalogue versions. */
export interface UserFilm {
  filmId: string;
  /** The catalogue's title and year when stored: the export still names the film should a later catalogue lose it. */
  title: string;
  year: number | null;
  rating: UserRating | null;
  /** Seen at all (a rating or diary entry counts: Letterboxd marks a rated film as watched). */
  seen: boolean;
  /** ISO dates of the viewings known, ascending, each once. */
  seenDates: string[];
  /** ISO date the film went onto the watchlist ('' if unknown); absent when it is not on it (sparse index in store.ts). */
  watchlistSince?: string;
  reviews: UserReview[];
  /** Letterboxd tags, each once, in the order first met. */
  tags: string[];
  /** Every source that contributed, each once, sorted. */
  sources: UserDataSource[];
  /** Letterboxd's short link (https://boxd.it/…), handed back to Letterboxd's importer so it need not guess. */
  letterboxdUri?: string;
  /** IMDb's id (tt0780504), likewise. */
  imdbId?: string;
}

/** Progress of a long step, for the settings page's indicator. */
export type ProgressCallback = (done: number, total: number) => void;

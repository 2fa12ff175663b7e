/**
 * The bundled catalogue: what `scripts/build-catalogue.ts` emits from the curated sources in `data/`
 * and what the background stores in IndexedDB. Shared by the build step, the matcher, the background
 * and the popover, so every field is documented here once.
 */

export interface CastMember {
  /** Correctly spelled name ("Ryan Gosling"), even where a source misspells it. */
  name: string;
  /** The role as the source names it ("Driver"), when a source gives one. */
  role?: string;
}

/** A sentence of a review that mentions a film which has no review of its own. */
export interface Mention {
  reviewId: string;
  /** The film the review is about (for "erwähnt in der Kritik zu …"). */
  reviewFilmId: string;
  sentence: string;
}

export interface Film {
  /** Slug of the original title + year: `drive-2011`, `the-driver-1978`. */
  id: string;
  germanTitle: string;
  originalTitle: string;
  /** Other established titles (German release titles, spelling variants): `Driver`, `Walhalla Rising`. */
  aliases: string[];
  year: number;
  directors: string[];
  cast: CastMember[];
  genres: string[];
  /** Filled by the build step from the reviews' `mentions`. */
  mentions: Mention[];
  /**
   * Where the facts come from. `curated`: a data/films/*.yaml file; its values win, an empty cast or
   * genre list there is filled from its Wikipedia entry. `wikipedia`: data/base/films.jsonl only, so
   * germanTitle = originalTitle = the English title, no aliases, no directors (the dataset has none).
   * The build always sets it; optional only so that hand-made films in tests need not (absent = curated).
   */
  source?: 'curated' | 'wikipedia';
  /** The English Wikipedia article key of the film's base entry (`Drive_(2011_film)`); absent when it has none. */
  wikipedia?: string;
}

export type ReviewKind = 'Kritik' | 'Inhaltsangabe';
export type Verdict = 'positiv' | 'gemischt' | 'negativ';

export interface Score {
  /** As the text gives it: 9 of 10. */
  value: number;
  max: number;
  /** value / max on a 0–100 scale, rounded. */
  normalized: number;
}

export interface Review {
  /** The file name of the source without extension, e.g. `drive-2011-kritik-a`. */
  id: string;
  filmId: string;
  kind: ReviewKind;
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) when the source states one. */
  date: string | null;
  /** The text starts or ends mid-argument (the source is a fragment of a longer piece). */
  excerpt: boolean;
  score: Score | null;
  verdict: Verdict | null;
  /** The sentence of the text that supports the verdict (verbatim from `paragraphs`). */
  verdictSentence: string | null;
  /** The text reveals the plot or its ending. */
  spoiler: boolean;
  /** Cleaned text, one string per paragraph. Plain text, never HTML. */
  paragraphs: string[];
}

export interface Catalogue {
  /** Changes whenever the emitted content changes (a hash): names the data a build ships. */
  dataVersion: string;
  films: Film[];
  reviews: Review[];
}

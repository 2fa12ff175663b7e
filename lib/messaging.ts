/**
 * The one typed message protocol between the content script, the popup, the options page and the
 * background. Names say the direction: content→background, popup→background, background→content.
 * @webext-core/messaging is used instead of raw runtime.onMessage because it round-trips promises the
 * same way in Chromium, Firefox and WXT's fake browser. The background checks every message to it
 * against its schema (lib/messaging-schema.ts, checked against these types by the compiler).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Film, Review } from './catalogue/types';
import type { FilmMatch, TitleKind } from './title/types';
import type { UserFilm } from './userdata/types';

/** A title the content script found, sent for matching. */
export interface TitleCandidate {
  text: string;
  year?: number | null;
  kind?: TitleKind | null;
}

/**
 * Titles on their way to the matcher: the texts as one string, joined by line breaks. Chromium copies
 * a message by converting each of its objects, so a slice of 1,000 titles as objects cost the page
 * far more than one string (bench/results.md). Year and kind travel beside it, for the few titles
 * whose page states them.
 */
export interface TitleBatch {
  count: number;
  texts: string;
  hints: Array<{ index: number; year: number | null; kind: TitleKind | null }>;
}

/** A title of a batch that names a film: its index in the batch and the film. Other titles are left out. */
export interface TitleBatchMatch {
  index: number;
  film: FilmMatch;
}

/**
 * Titles in one matchTitles message, and film ids in one getUserFilms question (lib/messaging-schema.ts
 * refuses more): the content script sends at most 2,500 (SLICE_TILES, lib/content/scanner.ts); a larger
 * batch is no page of ours.
 */
export const MAX_BATCH_TITLES = 10_000;

/** A text's own line breaks are sent as spaces: the matcher reads any run of whitespace as one space. */
export function encodeTitles(titles: readonly TitleCandidate[]): TitleBatch {
  const texts: string[] = [];
  const hints: TitleBatch['hints'] = [];
  for (let index = 0; index < titles.length; index++) {
    const title = titles[index]!;
    texts.push(title.text.includes('\n') ? title.text.replaceAll('\n', ' ') : title.text);
    if (title.year != null || title.kind != null) hints.push({ index, year: title.year ?? null, kind: title.kind ?? null });
  }
  return { count: titles.length, texts: texts.join('\n'), hints };
}

/** The titles of a batch; throws on a batch whose texts do not add up to its count. */
export function decodeTitles(batch: TitleBatch): TitleCandidate[] {
  if (batch.count === 0) return [];
  const titles: TitleCandidate[] = batch.texts.split('\n').map((text) => ({ text }));
  if (titles.length !== batch.count) throw new Error(`title batch: ${titles.length} texts for ${batch.count} titles`);
  for (const { index, year, kind } of batch.hints) {
    const title = titles[index];
    if (title) Object.assign(title, { year, kind });
  }
  return titles;
}

/** The answers for a batch as sent back: only the titles that name a film. */
export function batchMatches(answers: ReadonlyArray<FilmMatch | null>): TitleBatchMatch[] {
  const matches: TitleBatchMatch[] = [];
  answers.forEach((film, index) => film && matches.push({ index, film }));
  return matches;
}

/** The user's answer about one title on a page: "Nicht dieser Film" (a correction) or "Ja" (a confirmation). */
export interface TitleAnswer {
  /** The title as the page shows it (its key is what the answer is stored under). */
  text: string;
  filmId: string;
}

/** Everything the popover shows about one film. */
export interface FilmDetails {
  film: Film;
  reviews: Review[];
  /** For films without a review: German titles of the films whose reviews mention them, by film id. */
  mentionedIn: Array<{ filmId: string; title: string; year: number; sentence: string }>;
  /** The user's own entry (rating, viewings, watchlist, reviews: lib/userdata), null when there is none or it could not be read in time. */
  user: UserFilm | null;
}

/** What the content script found on a tab, for the popup and the toolbar badge. */
export interface DetectionReport {
  /** Adapter id, or null on a page no adapter handles. */
  siteId: string | null;
  siteName: string | null;
  /**
   * Distinct title texts in the page (matched or not), worked out only when the popup asks the page
   * while no film is marked: the popup shows it only then, and counting walks the whole page
   * (lib/content/scanner.ts). Null when films are marked and in the reports the page sends on its own.
   */
  candidateCount: number | null;
  /** Matched films in page order, deduplicated. */
  films: FilmMatch[];
  /** Filmlupe is switched off for this site. */
  disabled: boolean;
}

/**
 * `browser.storage.local` key the settings page sets to Date.now() after it changed the user's film
 * data itself (import, restore, delete all): the background and the pages read what they keep anew.
 */
export const USER_DATA_CHANGED_KEY = 'userDataChangedAt';

export interface ProtocolMap {
  /** content→background: match a batch of titles; answers the ones that name a film. */
  matchTitles(data: { titles: TitleBatch; siteId: string }): TitleBatchMatch[];
  /** content/popup→background: the popover's data. */
  getFilmDetails(data: { id: string }): FilmDetails | null;
  /** popup→background: catalogue search (German, original titles, aliases, cast, director). */
  searchCatalogue(data: { query: string }): FilmMatch[];
  /** content→background: this tab's current detection (sender tab is used). */
  reportDetection(data: DetectionReport): void;
  /** popup→background: the report for one tab (the tab's own current one where it answers). */
  getDetection(data: { tabId: number }): DetectionReport | null;
  /** background→content: this tab's report as of now (null where Filmlupe is not running on the page). */
  currentDetection(): DetectionReport | null;
  /** content/popup→background: "Nicht dieser Film": hide `filmId` for this title text from now on. */
  addCorrection(data: TitleAnswer): void;
  /** content→background: "Ja" to "Ist das …?": the match of this title text to `filmId` is sure from now on. */
  confirmMatch(data: TitleAnswer): void;
  /** options→background: remove every correction. */
  clearCorrections(): void;
  /** options→background: how many corrections are stored (for "Korrekturen löschen (N)"). */
  countCorrections(): number;
  /** content/popup→background: put a catalogue film on the watchlist or take it off; answers the entry as stored now. */
  setWatchlist(data: { filmId: string; onList: boolean }): UserFilm | null;
  /** content/popup→background: mark a catalogue film as seen or not; answers the entry as stored now. */
  setSeen(data: { filmId: string; seen: boolean }): UserFilm | null;
  /** popup→background: every film on the watchlist, the most recently added first. */
  getWatchlist(): UserFilm[];
  /** popup→background: the user's entries for these films (those that have one). */
  getUserFilms(data: { ids: string[] }): UserFilm[];
  /** content→background: open the settings page (content scripts cannot call openOptionsPage). */
  openOptions(): void;
  /** popup→content: open the popover of a film found on the page; false when it is not on the page. */
  showFilm(data: { id: string }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

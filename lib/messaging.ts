/**
 * The one typed message protocol between the content script, the popup, the options page and the
 * background. Names say the direction: content→background, popup→background, background→content.
 * @webext-core/messaging is used instead of raw runtime.onMessage because it round-trips promises the
 * same way in Chromium, Firefox and WXT's fake browser.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Film, Review } from './catalogue/types';
import type { FilmMatch, TitleKind } from './title/types';

/** A title the content script found, sent for matching. */
export interface TitleCandidate {
  text: string;
  year?: number | null;
  kind?: TitleKind | null;
}

/** Everything the popover shows about one film. */
export interface FilmDetails {
  film: Film;
  reviews: Review[];
  /** For films without a review: German titles of the films whose reviews mention them, by film id. */
  mentionedIn: Array<{ filmId: string; title: string; year: number; sentence: string }>;
}

/** What the content script found on a tab, for the popup and the toolbar badge. */
export interface DetectionReport {
  /** Adapter id, or null on a page no adapter handles. */
  siteId: string | null;
  siteName: string | null;
  /** Title candidates the adapter found (matched or not). */
  candidateCount: number;
  /** Matched films in page order, deduplicated. */
  films: FilmMatch[];
  /** Filmlupe is switched off for this site. */
  disabled: boolean;
}

export interface ProtocolMap {
  /** content→background: match a batch of titles; answers one entry per candidate, in order. */
  matchTitles(data: { candidates: TitleCandidate[]; siteId: string }): Array<FilmMatch | null>;
  /** content/popup→background: the popover's data. */
  getFilmDetails(data: { id: string }): FilmDetails | null;
  /** popup→background: catalogue search (German, original titles, aliases, cast, director). */
  searchCatalogue(data: { query: string }): FilmMatch[];
  /** content→background: this tab's current detection (sender tab is used). */
  reportDetection(data: DetectionReport): void;
  /** popup→background: the report for one tab. */
  getDetection(data: { tabId: number }): DetectionReport | null;
  /** content/popup→background: "Nicht dieser Film": hide `filmId` for this title text from now on. */
  addCorrection(data: { text: string; filmId: string }): void;
  /** options→background: remove every correction. */
  clearCorrections(): void;
  /** options→background: how many corrections are stored (for "Korrekturen löschen (N)"). */
  countCorrections(): number;
  /** content→background: open the settings page (content scripts cannot call openOptionsPage). */
  openOptions(): void;
  /** popup→content: open the popover of a film found on the page; false when it is not on the page. */
  showFilm(data: { id: string }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

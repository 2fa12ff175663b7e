/**
 * Filmlupe on one site, while it is switched on there: observer → scanner → marker, plus the
 * detection report for the popup and the toolbar badge. `stop()` takes every mark away again
 * (site switched off, extension updated).
 *
 * The background counts the films its answers name for the tab itself (lib/background/detections.ts),
 * so a batch of new tiles sends no report: the report timer, working out the page's films and the
 * message cost the page ~0.6 ms a 500-tile batch, a quarter of it (hard bench page, 2026-12-05). The
 * page reports in full only what the answers cannot tell: at its start and after navigation, when
 * films may be gone (a mark taken away, tiles removed, an answer that marked nothing), when a film
 * turns sure, and when its first titles appear.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { encodeTitles, sendMessage, type DetectionReport } from '../messaging';
import type { FoundTitle, SiteAdapter } from '../sites/types';
import type { FilmMatch } from '../title/types';
import { BADGE_ANCHOR_CLASS } from './badge';
import { warnOnce } from './log';
import { createMarker, type Mark, type Marker } from './marker';
import { createPageObserver } from './observer';
import { withRetry } from './retry';
import { createScanner } from './scanner';
import { createPageTimers } from './timers';

/** Merges the reports of batches that arrive close together (infinite scroll) into one message. */
export const REPORT_DELAY_MS = 300;

/** A film as the toolbar badge and the popup's first look tell it apart: "?" for an unsure match. */
export function filmToken(film: FilmMatch): string {
  return film.sure === false ? `${film.id}?` : film.id;
}

/** The page's films as tokens (see `filmToken`), each once. */
export function filmTokens(films: readonly FilmMatch[]): Set<string> {
  return new Set(films.map(filmToken));
}

/**
 * Whether the page's films (`tokens`) differ from what the background counts (`counted`: the films of
 * the last report, and every film its answers named since). The popup asks for the exact report, in
 * page order, when it opens (`currentDetection`); the count is what must be right meanwhile.
 */
export function filmsDiffer(tokens: ReadonlySet<string>, counted: ReadonlySet<string>): boolean {
  return tokens.size !== counted.size || [...tokens].some((token) => !counted.has(token));
}

export interface SiteSession {
  readonly adapter: SiteAdapter;
  readonly marker: Marker;
  /** SPA navigation: look at the whole page again and report anew. */
  navigated(): void;
  /** The detection as of now, for the popup. */
  report(): DetectionReport;
  /** A "Nicht dieser Film" correction was stored for this mark's text. */
  corrected(mark: Mark): { removeMarks(): void };
  /** A "Ja" was stored for this mark's text: its marks of the film are sure now. */
  confirmed(mark: Mark): void;
  /** The user marked a film as seen or not (in the card): its marks follow, dimmed or not. */
  seenChanged(filmId: string, seen: boolean): void;
  /** "Gesehene Filme abdunkeln" was switched: dim the marks of seen films, or undo it. */
  dimmingChanged(): void;
  /** The user's film data changed elsewhere (import on the settings page): ask which marked films are seen now. */
  userDataChanged(): Promise<void>;
  stop(): void;
}

export interface SessionDeps {
  findTitles(root: ParentNode, url: URL): FoundTitle[];
  /** Our own elements in the page, never scanned (the popover host). */
  isOwn(element: Element): boolean;
  /** "Gesehene Filme abdunkeln" is on. */
  dimSeen?: () => boolean;
}

export function startSiteSession(ctx: ContentScriptContext, adapter: SiteAdapter, deps: SessionDeps): SiteSession {
  let running = true;
  let reportTimer: number | null = null;
  /** What the background counts for this page (see `filmsDiffer`); null until it has a report of it. */
  let counted: Set<string> | null = null;
  let reportedHasTitles = false;
  let answersOnTheirWay = 0;
  /**
   * A report went out while answers were on their way: the background may have counted their films
   * before the report came and then replaced them with it. Once they are in, the page reports again.
   */
  let reportAgain = false;
  const marker = createMarker({ useBadge: adapter.badge === true, dimSeen: deps.dimSeen });
  const timers = createPageTimers(ctx);

  const scanner = createScanner({
    findTitles: deps.findTitles,
    url: () => new URL(location.href),
    match: async (titles) => {
      const batch = { titles: encodeTitles(titles), siteId: adapter.id };
      answersOnTheirWay++;
      try {
        // A worker stopped while it worked on the batch loses the answer: ask again (lib/content/retry.ts).
        const matches = await withRetry(() => sendMessage('matchTitles', batch), {
          wait: (ms) => new Promise((resolve) => timers.setTimeout(resolve, ms)),
          mayRetry: () => running && ctx.isValid,
        });
        for (const { film } of matches) counted?.add(filmToken(film));
        return matches;
      } finally {
        if (--answersOnTheirWay === 0 && reportAgain) scheduleReport();
      }
    },
    marker,
    onBatchDone: (filmsMayBeGone) => {
      // `counted` null: no report of this page reached the background yet (a failed one is sent again).
      if (filmsMayBeGone || counted === null || scanner.hasTitles() !== reportedHasTitles) scheduleReport();
    },
    yieldToPage: () => new Promise((resolve) => inOwnTask(resolve)),
  });

  const observer = createPageObserver({
    root: document,
    // The mutations of one task are handled together once it is done (a microtask after the observer's
    // callback); in a hidden tab they wait for its next frame, which comes only when it is shown. Not
    // in a task or frame callback of their own: each callback into the content script costs the page
    // ~0.2-0.3 ms of script (bench page, 2026-11-21), a third of what a batch of 500 tiles takes.
    requestFrame: (callback) => (document.visibilityState === 'visible' ? queueMicrotask(callback) : timers.requestAnimationFrame(callback)),
    process: (changes) => void scanner.scan(changes.added, changes).catch((error) => warnOnce('matching failed', error)),
    // The tag first: it is read for every added node anyway, a classList is made anew for each.
    isOwn: (element) => (element.tagName === 'SPAN' && element.classList.contains(BADGE_ANCHOR_CLASS)) || deps.isOwn(element),
    // A badge's label changes when the user confirms its match: that is no change of the page's titles.
    isInsideOwn: (element) => element.closest(`.${BADGE_ANCHOR_CLASS}`) !== null,
  });

  /** The next slice of a large batch: in a task of its own, and only while the tab is visible. */
  function inOwnTask(callback: () => void): void {
    if (document.visibilityState === 'visible') timers.setTimeout(callback, 0);
    else timers.requestAnimationFrame(() => timers.setTimeout(callback, 0));
  }

  function scheduleReport(): void {
    if (reportTimer === null && running) reportTimer = timers.setTimeout(sendReport, REPORT_DELAY_MS);
  }

  /** Reports the page's films, unless the background counts just these already. */
  function sendReport(): void {
    reportTimer = null;
    if (!running) return;
    const films = marker.filmsInPageOrder();
    const tokens = filmTokens(films);
    const hasTitles = scanner.hasTitles();
    if (counted && !reportAgain && hasTitles === reportedHasTitles && !filmsDiffer(tokens, counted)) return;
    counted = tokens;
    reportedHasTitles = hasTitles;
    reportAgain = answersOnTheirWay > 0;
    void sendMessage('reportDetection', reportOf(films)).catch((error) => {
      counted = null;
      warnOnce('report failed', error);
    });
  }

  /** The report as of now, for the popup: with the count of titles when no film is marked. */
  function report(): DetectionReport {
    const films = marker.filmsInPageOrder();
    return { ...reportOf(films), candidateCount: films.length > 0 ? null : scanner.candidateCount() };
  }

  /**
   * A report the page sends on its own: without the count of titles, which walks the whole page in one
   * task (~20-35 ms on a 50,000-card page). The popup asks the page for it (`report`).
   */
  function reportOf(films: DetectionReport['films']): DetectionReport {
    return { siteId: adapter.id, siteName: adapter.name, candidateCount: null, films, disabled: false };
  }

  observer.start();
  observer.rescanAll();
  // Also report a page where nothing was found: the popup's "Netflix erkannt, 0 Titel gefunden".
  scheduleReport();

  return {
    adapter,
    marker,
    navigated() {
      scanner.reset();
      observer.rescanAll();
      // The background forgot the old page's report (lib/background/detections.ts): report this one.
      counted = null;
      scheduleReport();
    },
    report,
    corrected(mark) {
      scanner.forgetText(mark.text);
      return {
        removeMarks() {
          for (const other of marker.marksOfFilm(mark.film.id)) if (other.text === mark.text) marker.unmark(other);
          scheduleReport();
        },
      };
    },
    confirmed(mark) {
      for (const other of marker.marksOfFilm(mark.film.id)) if (other.text === mark.text) marker.markSure(other);
      marker.markSure(mark);
      scheduleReport();
    },
    seenChanged: (filmId, seen) => marker.setSeen(filmId, seen),
    dimmingChanged: () => marker.updateDimming(),
    async userDataChanged() {
      const films = marker.filmsInPageOrder();
      if (films.length === 0) return;
      const seen = new Set((await sendMessage('getUserFilms', { ids: films.map((film) => film.id) })).filter((entry) => entry.seen).map((entry) => entry.filmId));
      if (!running) return;
      for (const film of films) if ((film.seen === true) !== seen.has(film.id)) marker.setSeen(film.id, seen.has(film.id));
    },
    stop() {
      running = false;
      observer.stop();
      scanner.reset();
      marker.unmarkAll();
      // The report, a retry's wait, the next slice of a batch: nothing of this session runs any more.
      timers.dispose();
      reportTimer = null;
    },
  };
}

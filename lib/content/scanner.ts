/**
 * Turns added page subtrees into marked films: find titles (site adapter + generic detector), ask the
 * background about them in one message per slice, mark the matches its reply names.
 *
 *   roots ─▶ findTitles ─▶ slice (≤ SLICE_TILES tiles, ≤ SLICE_BYTES) ─▶ one matchTitles message ─▶ its reply marks the matches
 *   changed elements ─▶ the marked title around them, or the nearest small subtree with one (changes.ts) ─┘
 *
 * A title whose element is already marked for the same text (and year and kind) is not asked again; one
 * marked for another text loses the mark at once and is asked about the new one (a tile the site
 * relabels, a heading an SPA keeps across navigation: issue 13). Only what was added or changed is sent,
 * however large the batch; a scan of the whole page (start, SPA navigation) also takes away the marks
 * it no longer finds.
 *
 * Cost: the content script keeps no answer per text and no text either, so a tile costs the page an
 * array push here and its share of a string join. A cache of every text asked, and a list of every
 * text found, each cost a large share of a 500-tile batch (bench/decisions.md, "The content script on
 * the 5,000-card page" and "A batch without a report"): the background answers a text asked again in
 * its own thread, off the page, and the popup's count of titles walks the page when asked. A large
 * batch (the first scan of a 5,000-tile page) is cut into slices with `yieldToPage` between them, so
 * no task grows long.
 */
import type { FoundTitle } from '../sites/types';
import type { TitleBatchMatch, TitleCandidate } from '../messaging';
import { showsSameTitle, type Mark, type Marker } from './marker';
import { findAroundChange, groupSiblings, isInsideAny } from './changes';

/**
 * Tiles per slice: one matchTitles message, and one task, each. Each slice is a reply of its own (~0.3 ms
 * each just for coming back into the content script): 2,500 took ~2 ms less at load than 1,000 on the
 * 5,000-tile bench page and keep each task's share a few ms (2026-11-21).
 */
export const SLICE_TILES = 2500;

/**
 * The longest text the matcher reads (`MAX_TITLE_LENGTH` in lib/title/clean.ts; longer is no title):
 * a longer one never leaves the page. Not imported: that module's word lists would come into the
 * content script with it (~6 KB); scanner.test.ts checks that the two agree.
 */
export const MAX_SENT_TITLE_LENGTH = 300;

/**
 * A slice's message stays under 1 MB (issue 13.8): each title is counted at six bytes a character, what
 * JSON makes of a control character at worst (a CJK character is three in UTF-8), plus its line break
 * and a year/kind hint. Titles of an ordinary length fill SLICE_TILES long before this.
 */
export const SLICE_BYTES = 900_000;
const HINT_BYTES = 64;

/**
 * A batch of many added subtrees (a row of 1,000 tiles swapped in) is cut by time as well: after this
 * long in one task the page gets its turn, so no task of ours grows long (issue 13.8: no long task).
 */
export const SLICE_MS = 8;

/**
 * A batch of more subtrees than this starts in a task of its own: the first part of a batch runs in
 * the page's task that made the mutations (see session.ts), and the page's own work there (a 1,000-tile
 * swap, ~20-40 ms) plus ours would be one long task.
 */
export const OWN_TASK_ABOVE_JOBS = 50;

/** Page changes beside the added subtrees (lib/content/observer.ts `PageChanges`). */
export interface Changes {
  changed: readonly Element[];
  restructured: readonly Element[];
  /** The page took elements out (marked tiles may be gone with them). */
  removed?: boolean;
}

export interface ScannerOptions {
  findTitles(root: ParentNode, url: URL): FoundTitle[];
  url(): URL;
  /** The titles that name a film, by their place in `titles` (the background's `matchTitles`). */
  match(titles: readonly TitleCandidate[]): Promise<readonly TitleBatchMatch[]>;
  marker: Marker;
  /**
   * A scan that found titles or may have lost marks has its answers in. `filmsMayBeGone`: a mark was
   * taken away, the page removed elements, or an answer named a film that marked nothing; otherwise
   * the page shows at least every film the answers named (the background counts those itself).
   */
  onBatchDone(filmsMayBeGone: boolean): void;
  /** Resolves when the page had its turn (a new task); between slices of a large batch. */
  yieldToPage?(): Promise<void>;
  /** Milliseconds, for the time slices (tests pass a clock of their own). */
  now?(): number;
}

export interface Scanner {
  /**
   * Added subtrees (`[document]`: the whole page, after which marks not found any more are taken
   * away), and elements whose title may read differently now.
   */
  scan(roots: readonly ParentNode[], changes?: Changes): Promise<void>;
  /** After SPA navigation: count titles anew, and drop the answers still on their way. */
  reset(): void;
  /** The user corrected this page text away ("Nicht dieser Film"): an answer on its way does not mark it. */
  forgetText(text: string): void;
  /**
   * Distinct titles in the page now, matched or not: a walk over the whole page, only when the popup
   * asks on a page without films (lib/content/session.ts), never after a batch.
   */
  candidateCount(): number;
  /** Whether any title was found since the last reset. */
  hasTitles(): boolean;
}

/** A title's identity for "did it change": its text with the year and kind the page states. */
function titleKey(found: FoundTitle): string {
  return `${found.text}\n${found.year ?? ''}\n${found.kind ?? ''}`;
}

/** The bytes a title adds to a message at most (see SLICE_BYTES). */
function titleBytes(found: FoundTitle): number {
  return found.text.length * 6 + 2 + (found.year != null || found.kind != null ? HINT_BYTES : 0);
}

/** The slice a scan is filling. */
interface SliceState {
  slice: FoundTitle[];
  bytes: number;
  /** A mark was taken away: the report may have changed even if no title was found. */
  unmarked: boolean;
}

const NO_CHANGES: Changes = { changed: [], restructured: [] };

export function createScanner(options: ScannerOptions): Scanner {
  const marker = options.marker;
  const now = options.now ?? (() => performance.now());
  /** Grows with every reset: a reply for an older generation belongs to a page that is gone. */
  let generation = 0;
  /**
   * Orders scans and marks: a mark is stamped when made and when a scan finds it showing the same
   * title, so a scan can take away what it did not find (see `sweep`).
   */
  let stamp = 0;
  let titlesFound = false;
  /** Texts corrected away: few, and looked up only for a tile whose answer names a film. */
  const correctedTexts = new Set<string>();
  /**
   * The title last asked about for an element whose title changed (made on a change, then kept up to
   * date whenever the element is asked about; never made for an added tile): an answer for an older
   * title of it marks nothing, and after a change an unchanged one is not asked again. Forgotten on reset.
   */
  let askedAfterChange = new WeakMap<Element, string>();

  /**
   * Asks about a slice; its reply marks the tiles whose text names a film, while the page is the same.
   * The reply lists only those (a few of 2,500 tiles) with their places, and only they are read.
   * Resolves to whether every film the reply named was marked.
   */
  async function ask(slice: FoundTitle[], startedIn: number): Promise<boolean> {
    const matches = await options.match(slice);
    // A navigation or a switch-off while we waited: the tiles belong to a page that is gone.
    if (startedIn !== generation) return false;
    let allMarked = true;
    for (const { index, film } of matches) {
      const found = slice[index];
      const asked = found ? askedAfterChange.get(found.element) : undefined;
      // Not marked: a place the slice does not have, a text corrected away, or an element relabelled
      // while we waited (this answer is about a title it no longer shows).
      const made = !found || correctedTexts.has(found.text) || (asked !== undefined && asked !== titleKey(found)) ? null : marker.mark(found, film);
      if (made) made.checked = ++stamp;
      else allMarked = false;
    }
    return allMarked;
  }

  /**
   * The per-tile work of a scan, outside the async `scan` so that the engine optimises this loop on its
   * own: takes the tiles of `found` from `from` on into the slice until it is full (tiles or bytes), and
   * returns where it stopped. A tile already marked for the same title is not asked again; one marked
   * for another title loses that mark at once and is asked about the new one. The WeakMap look-ups per
   * tile find nothing for a tile never marked or changed without touching it (no identity hash yet).
   * A full slice ends before a tile changes anything (its mark, what was asked about it): the next
   * slice starts with that tile as if it were the first.
   */
  function takeInto(state: SliceState, found: FoundTitle[], from: number, afterChange: boolean, scanStamp: number): number {
    let index = from;
    for (; index < found.length && state.slice.length < SLICE_TILES; index++) {
      const item = found[index]!;
      // The matcher reads no more (lib/title/clean.ts): such a text never leaves the page.
      if (item.text.length > MAX_SENT_TITLE_LENGTH) continue;
      const mark = marker.markOfSource(item.element);
      if (mark && showsSameTitle(mark, item)) {
        mark.checked = scanStamp;
        continue;
      }
      const bytes = titleBytes(item);
      if (state.slice.length > 0 && state.bytes + bytes > SLICE_BYTES) break;
      if (mark) {
        marker.unmark(mark);
        state.unmarked = true;
      }
      // What was last asked about an element whose title changed: kept up to date whenever it exists, so
      // that an answer for what the element shows now is never taken for one about an older title.
      const asked = askedAfterChange.get(item.element);
      if (afterChange || mark || asked !== undefined) {
        const key = titleKey(item);
        // Asked already after an earlier change (a sibling found again, a clock ticking in a card).
        if (afterChange && !mark && asked === key) continue;
        askedAfterChange.set(item.element, key);
      }
      state.slice.push(item);
      state.bytes += bytes;
    }
    return index;
  }

  async function scan(roots: readonly ParentNode[], changes: Changes = NO_CHANGES): Promise<void> {
    const startedIn = generation;
    const url = options.url();
    const scanStamp = ++stamp;
    const replies: Promise<boolean>[] = [];
    const state: SliceState = { slice: [], bytes: 0, unmarked: false };
    let sliceStarted = now();
    let took = false;
    const whole = roots.some((root) => (root as Node).nodeType === 9);

    const send = (): void => {
      if (state.slice.length === 0) return;
      const reply = ask(state.slice, startedIn);
      // Awaited below; a scan that stops early (navigation) must not leave an unhandled rejection in
      // the page's console.
      reply.catch(() => {});
      replies.push(reply);
      state.slice = [];
      state.bytes = 0;
    };
    // Sends what was taken, then gives the page its turn; false when the scan's page is gone meanwhile.
    const sendAndYield = async (): Promise<boolean> => {
      send();
      if (options.yieldToPage) await options.yieldToPage();
      sliceStarted = now();
      return startedIn === generation;
    };

    const takeTiles = (found: FoundTitle[], from: number, afterChange: boolean): number => takeInto(state, found, from, afterChange, scanStamp);

    // What to take, in order: changed titles first (their old marks go at once, within this batch),
    // then the added subtrees. Each job finds its titles only when its turn comes.
    const rechecked = new Set<Mark>();
    const jobs: Array<() => { found: FoundTitle[]; afterChange: boolean }> = [];
    const recheck = (element: Element, textChanged: boolean) => () => {
      const mark = marker.markContaining(element);
      if (mark) {
        if (rechecked.has(mark)) return { found: [], afterChange: true };
        rechecked.add(mark);
        return { found: options.findTitles(mark.source, url), afterChange: true };
      }
      // Children added or removed with no mark around: the added ones are scanned as added subtrees.
      if (!textChanged) return { found: [], afterChange: true };
      return { found: findAroundChange(element, (root) => options.findTitles(root, url)), afterChange: true };
    };
    if (!whole) {
      for (const element of changes.changed) jobs.push(recheck(element, true));
      for (const element of changes.restructured) jobs.push(recheck(element, false));
    }
    for (const { root, only } of groupSiblings(roots)) {
      jobs.push(() => {
        const found = options.findTitles(root, url);
        return { found: only ? found.filter((item) => isInsideAny(item.element, only, root)) : found, afterChange: false };
      });
    }

    // No await unless the batch is large, a slice is full or the time is up: a small batch is sent in the
    // task that found it.
    if (jobs.length > OWN_TASK_ABOVE_JOBS && !(await sendAndYield())) return;
    for (const job of jobs) {
      const { found, afterChange } = job();
      took ||= found.length > 0;
      titlesFound ||= took;
      // The adapter's pass over a large root (the whole page) is one slice of its own.
      if (found.length >= SLICE_TILES && !(await sendAndYield())) return;
      let next = takeTiles(found, 0, afterChange);
      while (next < found.length) {
        if (!(await sendAndYield())) return;
        next = takeTiles(found, next, afterChange);
      }
      if (now() - sliceStarted > SLICE_MS && !(await sendAndYield())) return;
    }
    send();
    // A changed title that reads as no title any more, and after a scan of the whole page every mark
    // it did not find: their marks go (marks made meanwhile are stamped later than this scan).
    for (const mark of whole ? marker.allMarks() : rechecked) {
      if (mark.checked < scanStamp && marker.markOfSource(mark.source) === mark) {
        marker.unmark(mark);
        state.unmarked = true;
      }
    }
    const allMarked = (await Promise.all(replies)).every(Boolean);
    const filmsMayBeGone = state.unmarked || changes.removed === true || !allMarked;
    if (startedIn === generation && (took || filmsMayBeGone)) options.onBatchDone(filmsMayBeGone);
  }

  return {
    scan,
    reset() {
      generation += 1;
      askedAfterChange = new WeakMap();
      titlesFound = false;
    },
    forgetText(text) {
      correctedTexts.add(text);
    },
    candidateCount() {
      const texts = new Set<string>();
      for (const found of options.findTitles(document, options.url())) if (found.text.length <= MAX_SENT_TITLE_LENGTH) texts.add(found.text);
      return texts.size;
    },
    hasTitles: () => titlesFound,
  };
}

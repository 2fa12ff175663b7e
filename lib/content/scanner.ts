/**
 * Turns added page subtrees into marked films: find titles (site adapter + generic detector), ask the
 * background about them in one message per slice, mark the matches its reply names.
 *
 *   roots ─▶ findTitles ─▶ slice (≤ SLICE_TILES tiles) ─▶ one matchTitles message ─▶ its reply marks the matches
 *
 * Cost (bench/results.md): the content script keeps no answer per text, so a tile costs the page two
 * array pushes here and its share of a string join. A cache of every text asked (thousands, nearly
 * all naming no film) was looked up, filled and updated for every new tile: ~0.7 ms of the page's
 * main thread per 500-tile batch (bench page, Chromium 156, 2026-11-21; its table grows with the page,
 * and a Map lookup of a text the page just created costs far more than one in a small table), more
 * than a third of the batch. The background answers a text asked again in its own thread, off the
 * page (~2 million lookups a second): clones of a tile, a re-rendered row, a rescan after SPA
 * navigation are simply asked again. A large batch (the first scan of a 5,000-tile page) is cut into
 * slices with `yieldToPage` between them, so no task grows long.
 */
import type { FoundTitle } from '../sites/types';
import type { TitleCandidate } from '../messaging';
import type { FilmMatch } from '../title/types';
import type { Marker } from './marker';

/**
 * Tiles per slice: one matchTitles message, and one task, each. Each slice is a reply of its own (~0.3 ms
 * each just for coming back into the content script): 2,500 took ~2 ms less at load than 1,000 on the
 * 5,000-tile bench page and keep each task's share a few ms (2026-11-21).
 */
export const SLICE_TILES = 2500;

export interface ScannerOptions {
  findTitles(root: ParentNode, url: URL): FoundTitle[];
  url(): URL;
  /** One answer per title, in order (the background's `matchTitles`). */
  match(titles: readonly TitleCandidate[]): Promise<Array<FilmMatch | null>>;
  marker: Marker;
  /** A scan that found titles has its answers in (the session decides whether the report changed). */
  onBatchDone(): void;
  /** Resolves when the page had its turn (a new task); between slices of a large batch. */
  yieldToPage?(): Promise<void>;
}

export interface Scanner {
  scan(roots: ParentNode[]): Promise<void>;
  /** After SPA navigation: count titles anew, and drop the answers still on their way. */
  reset(): void;
  /** The user corrected this page text away ("Nicht dieser Film"): an answer on its way does not mark it. */
  forgetText(text: string): void;
  /** Distinct titles found since the last reset, matched or not (counted when asked). */
  candidateCount(): number;
  /** Whether any title was found since the last reset. */
  hasTitles(): boolean;
}

export function createScanner(options: ScannerOptions): Scanner {
  /** Grows with every reset: a reply for an older generation belongs to a page that is gone. */
  let generation = 0;
  /**
   * Texts found since the last reset, counted into `distinctTexts` only when someone asks (the popup, a
   * report): a Set lookup per tile would cost what the answer cache did.
   */
  let uncountedTexts: string[] = [];
  let distinctTexts = new Set<string>();
  /** Texts corrected away: few, and looked up only for a tile whose answer names a film. */
  const correctedTexts = new Set<string>();

  /** Asks about a slice; its reply marks the tiles whose text names a film, while the page is the same. */
  async function ask(slice: FoundTitle[], startedIn: number): Promise<void> {
    const films = await options.match(slice);
    // A navigation or a switch-off while we waited: the tiles belong to a page that is gone.
    if (startedIn !== generation) return;
    for (let index = 0; index < slice.length; index++) {
      const film = films[index];
      const found = slice[index]!;
      if (film && !correctedTexts.has(found.text)) options.marker.mark(found, film);
    }
  }

  /**
   * The per-tile work of a scan, outside the async `scan` so that the engine optimises this loop on its
   * own: takes the tiles of `found` from `from` on into `slice`, up to SLICE_TILES, and returns where it
   * stopped.
   */
  function takeTiles(found: FoundTitle[], from: number, slice: FoundTitle[]): number {
    let index = from;
    for (; index < found.length && slice.length < SLICE_TILES; index++) {
      const item = found[index]!;
      slice.push(item);
      uncountedTexts.push(item.text);
    }
    return index;
  }

  async function scan(roots: ParentNode[]): Promise<void> {
    const startedIn = generation;
    const url = options.url();
    const replies: Promise<void>[] = [];
    let slice: FoundTitle[] = [];
    let took = false;
    const send = (): void => {
      if (slice.length === 0) return;
      const reply = ask(slice, startedIn);
      // Awaited below; a scan that stops early (navigation) must not leave an unhandled rejection in
      // the page's console.
      reply.catch(() => {});
      replies.push(reply);
      slice = [];
    };
    // Sends what was taken, then gives the page its turn; false when the scan's page is gone meanwhile.
    const sendAndYield = async (): Promise<boolean> => {
      send();
      if (options.yieldToPage) await options.yieldToPage();
      return startedIn === generation;
    };
    for (const root of roots) {
      const found = options.findTitles(root, url);
      took ||= found.length > 0;
      // The adapter's pass over a large root (the whole page) is one slice of its own.
      if (found.length >= SLICE_TILES && !(await sendAndYield())) return;
      for (let next = 0; next < found.length; ) {
        next = takeTiles(found, next, slice);
        if (slice.length >= SLICE_TILES && !(await sendAndYield())) return;
      }
    }
    send();
    await Promise.all(replies);
    if (startedIn === generation && took) options.onBatchDone();
  }

  return {
    scan,
    reset() {
      generation += 1;
      uncountedTexts = [];
      distinctTexts = new Set();
    },
    forgetText(text) {
      correctedTexts.add(text);
    },
    candidateCount() {
      for (const text of uncountedTexts) distinctTexts.add(text);
      uncountedTexts = [];
      return distinctTexts.size;
    },
    hasTitles: () => uncountedTexts.length > 0 || distinctTexts.size > 0,
  };
}

/**
 * Turns added page subtrees into marked films: find titles (site adapter + generic detector), skip
 * what was already handled, ask the background once per distinct title text, mark the matches.
 *
 *   roots ─▶ findTitles ─▶ new elements only ─▶ slices of ≤ SLICE_CARDS ─▶ unknown texts only
 *         ─▶ one matchTitles message per slice ─▶ marker.mark(...) ─▶ onBatchDone (debounced report)
 *
 * Cost (bench/results.md): every element costs a WeakSet check and a Map lookup; every distinct text
 * is sent once per page life (answers are cached per text, also across SPA navigations), because
 * each candidate is converted and copied by the extension messaging. A large batch (the first scan
 * of a 5,000-card page) is cut into slices with `yieldToPage` between them, so no task grows long.
 */
import type { FoundTitle } from '../sites/types';
import type { TitleCandidate } from '../messaging';
import type { FilmMatch } from '../title/types';
import type { Marker } from './marker';

/** Found titles per slice: a few ms of work each (bench page, 2026-11-21), far from a 50 ms long task. */
export const SLICE_CARDS = 1000;

export interface ScannerOptions {
  findTitles(root: ParentNode, url: URL): FoundTitle[];
  url(): URL;
  /** One answer per candidate, in order (the background's `matchTitles`). */
  match(candidates: TitleCandidate[]): Promise<Array<FilmMatch | null>>;
  marker: Marker;
  onBatchDone(): void;
  /** Resolves when the page had its turn (a new task); between slices of a large batch. */
  yieldToPage?(): Promise<void>;
}

export interface Scanner {
  scan(roots: ParentNode[]): Promise<void>;
  /** After SPA navigation: look at every element again (known answers stay cached). */
  reset(): void;
  /** Forget the match for this page text ("Nicht dieser Film"): it will not be marked again. */
  forgetText(text: string): void;
  /** Distinct titles found since the last reset, matched or not. */
  candidateCount(): number;
}

/**
 * The cache key of one question to the matcher: the text alone in the common case (no allocation),
 * text + year + kind when the page states them (the answer depends on all three).
 */
function answerKey(found: FoundTitle): string {
  if (found.year == null && found.kind == null) return found.text;
  return `${found.text}\u0000${found.year ?? ''}\u0000${found.kind ?? ''}`;
}

/** Only the fields the page stated: fewer properties to convert and copy per candidate. */
function candidateOf(found: FoundTitle): TitleCandidate {
  if (found.year == null && found.kind == null) return { text: found.text };
  return { text: found.text, year: found.year ?? null, kind: found.kind ?? null };
}

const PENDING = Symbol('pending');

export function createScanner(options: ScannerOptions): Scanner {
  let seen = new WeakSet<Element>();
  let generation = 0;
  /** Per text: the film, null (no film), or PENDING while a question about it is on its way. */
  const answers = new Map<string, FilmMatch | null | typeof PENDING>();
  /** Questions on their way; a slice that meets a PENDING text waits for them. */
  const asking = new Set<Promise<unknown>>();
  const textOfKey = new Map<string, string>();
  // "Distinct titles" by the text asked about (clones of a card share it): the same strings as the
  // keys of `answers`, so counting keeps no strings of its own alive (heap per tab, bench/results.md).
  const candidateKeys = new Set<string>();

  /** Matches one slice of new titles and marks it. */
  async function matchAndMark(slice: FoundTitle[], startedIn: number): Promise<void> {
    const groups = new Map<string, FoundTitle[]>();
    const unknownKeys: string[] = [];
    const unknown: TitleCandidate[] = [];
    let waitForOthers = false;
    for (const found of slice) {
      const key = answerKey(found);
      const group = groups.get(key);
      if (group) {
        group.push(found);
        continue;
      }
      groups.set(key, [found]);
      const known = answers.get(key);
      if (known === PENDING) waitForOthers = true;
      else if (known === undefined) {
        answers.set(key, PENDING);
        unknownKeys.push(key);
        unknown.push(candidateOf(found));
      }
    }
    const waits = waitForOthers ? [...asking] : [];
    if (unknown.length > 0) {
      const asked = options.match(unknown).then(
        (results) => unknownKeys.forEach((key, index) => answers.set(key, results[index] ?? null)),
        (error: unknown) => {
          // Not answered: ask again when the text shows up next time.
          for (const key of unknownKeys) if (answers.get(key) === PENDING) answers.delete(key);
          throw error;
        },
      );
      asking.add(asked);
      void asked.then(() => asking.delete(asked), () => asking.delete(asked));
      waits.push(asked);
    }
    if (waits.length > 0) await Promise.all(waits);
    // A navigation or a switch-off while we waited: these results belong to a page that is gone.
    if (startedIn !== generation) return;
    for (const [key, group] of groups) {
      const film = answers.get(key);
      if (!film || film === PENDING) continue;
      textOfKey.set(key, group[0]!.text); // only matches can be corrected: keep the map small
      for (const found of group) options.marker.mark(found, film);
    }
  }

  async function scan(roots: ParentNode[]): Promise<void> {
    const startedIn = generation;
    const url = options.url();
    const slices: Promise<void>[] = [];
    let slice: FoundTitle[] = [];
    const pageTurn = async (): Promise<boolean> => {
      if (options.yieldToPage) await options.yieldToPage();
      return startedIn === generation;
    };
    const flush = (): Promise<boolean> => {
      slices.push(matchAndMark(slice, startedIn));
      slice = [];
      return pageTurn();
    };
    for (const root of roots) {
      const foundInRoot = options.findTitles(root, url);
      // The adapter's pass over a large root (the whole page) is one slice of its own.
      if (foundInRoot.length >= SLICE_CARDS && !(await pageTurn())) return;
      for (const found of foundInRoot) {
        if (seen.has(found.element)) continue;
        seen.add(found.element);
        candidateKeys.add(answerKey(found));
        // Still marked from before an SPA navigation: counts for the report, needs no new match.
        if (options.marker.isMarked(found.element)) continue;
        slice.push(found);
        if (slice.length >= SLICE_CARDS && !(await flush())) return;
      }
    }
    if (slice.length > 0) slices.push(matchAndMark(slice, startedIn));
    if (slices.length === 0) return;
    await Promise.all(slices);
    if (startedIn !== generation) return;
    options.onBatchDone();
  }

  return {
    scan,
    reset() {
      generation += 1;
      seen = new WeakSet();
      candidateKeys.clear();
    },
    forgetText(text) {
      for (const [key, keyText] of textOfKey) if (keyText === text) answers.set(key, null);
    },
    candidateCount: () => candidateKeys.size,
  };
}

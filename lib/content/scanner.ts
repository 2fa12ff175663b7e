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

/** Found titles per slice: one slice is well under 10 ms of work (about 1 µs per card). */
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

export function createScanner(options: ScannerOptions): Scanner {
  let seen = new WeakSet<Element>();
  let generation = 0;
  const answers = new Map<string, FilmMatch | null>();
  /** Texts asked in an earlier slice whose answer is still on its way. */
  const inFlight = new Map<string, Promise<unknown>>();
  const textOfKey = new Map<string, string>();
  // "Distinct titles" by the text asked about (clones of a card share it): the same strings as the
  // keys of `answers`, so counting keeps no strings of its own alive (heap per tab, bench/results.md).
  const candidateKeys = new Set<string>();

  /** Matches one slice of new titles and marks it; true when it held any title. */
  async function matchAndMark(slice: FoundTitle[], startedIn: number): Promise<void> {
    const groups = new Map<string, FoundTitle[]>();
    const unknownKeys: string[] = [];
    const unknown: TitleCandidate[] = [];
    const waits = new Set<Promise<unknown>>();
    for (const found of slice) {
      const key = answerKey(found);
      const group = groups.get(key);
      if (group) {
        group.push(found);
        continue;
      }
      groups.set(key, [found]);
      if (answers.has(key)) continue;
      const pending = inFlight.get(key);
      if (pending) waits.add(pending);
      else {
        unknownKeys.push(key);
        unknown.push(candidateOf(found));
      }
    }
    if (unknown.length > 0) {
      const asked = options.match(unknown).then(
        (results) => unknownKeys.forEach((key, index) => answers.set(key, results[index] ?? null)),
      ).finally(() => {
        for (const key of unknownKeys) inFlight.delete(key);
      });
      for (const key of unknownKeys) inFlight.set(key, asked);
      waits.add(asked);
    }
    if (waits.size > 0) await Promise.all(waits);
    // A navigation or a switch-off while we waited: these results belong to a page that is gone.
    if (startedIn !== generation) return;
    for (const [key, group] of groups) {
      const film = answers.get(key);
      if (!film) continue;
      textOfKey.set(key, group[0]!.text); // only matches can be corrected: keep the map small
      for (const found of group) options.marker.mark(found, film);
    }
  }

  async function scan(roots: ParentNode[]): Promise<void> {
    const startedIn = generation;
    const url = options.url();
    const slices: Promise<void>[] = [];
    let slice: FoundTitle[] = [];
    const flush = async (): Promise<boolean> => {
      slices.push(matchAndMark(slice, startedIn));
      slice = [];
      if (options.yieldToPage) await options.yieldToPage();
      return startedIn === generation;
    };
    for (const root of roots) {
      for (const found of options.findTitles(root, url)) {
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

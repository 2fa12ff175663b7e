/**
 * Turns added page subtrees into marked films: find titles (site adapter + generic detector), skip
 * texts already known to name no film, ask the background once per distinct title text, mark the matches.
 *
 *   roots ─▶ findTitles ─▶ cache lookup per card ─┬─ new text ─▶ question (≤ SLICE_CARDS texts) ─▶ one
 *                                                 │   matchTitles message ─▶ its reply marks the matches
 *                                                 └─ known film, or text already asked ─▶ slice ─▶
 *                                                    marked once its answer is in ─▶ onBatchDone (report)
 *
 * Cost (bench/results.md): this loop runs once per card of a 5,000-card page, mostly as code the
 * engine has not optimised yet, so each card costs one Map lookup and nothing else (no allocation)
 * when its text is known to name no film (nearly all of them); a card with a
 * new text is gone through once more, when its answer comes (the slice holds only the few others,
 * so no card is gone through three times: bench page, 2026-11-21). Every distinct
 * text is asked once per page life (answers are cached per text, also across SPA navigations). A large
 * batch (the first scan of a 5,000-card page) is cut into slices with `yieldToPage` between them, so no
 * task grows long.
 */
import type { FoundTitle } from '../sites/types';
import type { TitleCandidate } from '../messaging';
import type { FilmMatch } from '../title/types';
import type { Marker } from './marker';

/**
 * New texts per question (one matchTitles message each) or cards per slice. Each slice is a task and a
 * reply of its own (~0.3 ms each just for coming back into the content script): 2,500 took ~2 ms less
 * at load than 1,000 on the 5,000-card bench page and keep each task's share a few ms (2026-11-21).
 */
export const SLICE_CARDS = 2500;

export interface ScannerOptions {
  findTitles(root: ParentNode, url: URL): FoundTitle[];
  url(): URL;
  /** One answer per title, in order (the background's `matchTitles`). */
  match(titles: readonly TitleCandidate[]): Promise<Array<FilmMatch | null>>;
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
 * A text known to name a film (`film` null once the user corrected it away), or, rarely, a text asked
 * before an SPA navigation whose answer is still on its way (`film` undefined, `question` set).
 */
interface Answer {
  film: FilmMatch | null | undefined;
  question: Question | null;
  /** The scan generation that last counted this text among the distinct titles. */
  countedIn: number;
}

/**
 * One matchTitles message: the first card of each new text; once sent, its reply. Until the reply is
 * in, the cache holds the question itself for each of its texts (counted in `startedIn`).
 */
interface Question {
  titles: FoundTitle[];
  /** The scan generation it was asked in: its reply marks cards only while that page is still shown. */
  startedIn: number;
  reply: Promise<void> | null;
}

/**
 * What the scanner knows about a text. Nearly every text names no film: those are a bare number (the
 * scan generation that last counted it), so a 5,000-card page allocates nothing per card for them.
 */
type Known = number | Question | Answer;

const isQuestion = (known: Question | Answer): known is Question => 'titles' in known;

/** The Answer object a cache entry holds, or null (a bare number, a question, no entry). */
const answerIn = (known: Known | undefined): Answer | null => (typeof known === 'object' && !isQuestion(known) ? known : null);

/** The titles a running scan has taken and not yet sent or marked. */
interface Batch {
  question: Question;
  /** Cards whose text is a known film, or asked already by an earlier card (then waiting for that answer). */
  slice: FoundTitle[];
  /** The questions the slice's cards wait for. */
  awaited: Question[];
  /** Marks from before an SPA navigation may exist: look each card up (none on a first scan). */
  checkMarks: boolean;
}

/** A question or a slice reached SLICE_CARDS: time to send it and give the page its turn. */
const isFull = (batch: Batch): boolean => batch.slice.length >= SLICE_CARDS || batch.question.titles.length >= SLICE_CARDS;

/**
 * The cache key of one question to the matcher: the text alone in the common case (no allocation),
 * text + year + kind when the page states them (the answer depends on all three).
 */
function answerKey(found: FoundTitle): string {
  if (found.year == null && found.kind == null) return found.text;
  return `${found.text}\u0000${found.year ?? ''}\u0000${found.kind ?? ''}`;
}

export function createScanner(options: ScannerOptions): Scanner {
  let generation = 0;
  let distinctTitles = 0;
  /** Grows with every newly counted title and every new mark: a scan that changed neither reports nothing. */
  let changes = 0;
  const answers = new Map<string, Known>();
  /** The texts of matched answers, for forgetText (only matches can be corrected: the map stays small). */
  const textOfKey = new Map<string, string>();

  const newQuestion = (): Question => ({ titles: [], startedIn: generation, reply: null });

  /**
   * Sends a question; its reply records every answer and marks the question's own cards that name a
   * film, in one pass over the question (on a page's first scan that is nearly every card, so no
   * other pass over them). Once answered, nothing keeps the question's cards: the cache of answers
   * must not keep cards the page has removed alive (heap per tab, bench/results.md).
   */
  function send(question: Question): void {
    const titles = question.titles;
    question.titles = [];
    question.reply = options.match(titles).then(
      (films) => {
        // A navigation or a switch-off while we waited: the cards belong to a page that is gone.
        const current = question.startedIn === generation;
        for (let index = 0; index < titles.length; index++) {
          const found = titles[index]!;
          const key = answerKey(found);
          const film = films[index] ?? null;
          const known = answers.get(key);
          const answer = answerIn(known);
          if (known === question) {
            answers.set(key, film ? { film, question: null, countedIn: question.startedIn } : question.startedIn);
          } else if (answer?.question === question) {
            answer.film = film;
            answer.question = null;
          } else continue;
          if (film && current) markFound(found, film);
        }
      },
      (error: unknown) => {
        // Not answered: ask again when the text shows up next time.
        for (const found of titles) {
          const key = answerKey(found);
          const known = answers.get(key);
          if (known === question || answerIn(known)?.question === question) answers.delete(key);
        }
        throw error;
      },
    );
    // Awaited by the scan that sent it; a scan that stopped early (navigation) must not leave an
    // unhandled rejection in the page's console.
    question.reply.catch(() => {});
  }

  /** Waits for the answers a slice needs (usually none or one question), then marks its films. */
  async function markSlice(slice: FoundTitle[], awaited: Question[], startedIn: number): Promise<void> {
    if (awaited.length > 0) await Promise.all(awaited.map((question) => question.reply));
    // A navigation or a switch-off while we waited: these results belong to a page that is gone.
    if (startedIn !== generation) return;
    for (const found of slice) {
      const film = answerIn(answers.get(answerKey(found)))?.film;
      if (film) markFound(found, film);
    }
  }

  function markFound(found: FoundTitle, film: FilmMatch): void {
    textOfKey.set(answerKey(found), found.text);
    if (options.marker.mark(found, film)) changes++;
  }

  function countTitle(): void {
    distinctTitles++;
    changes++;
  }

  /**
   * The per-card work of a scan, outside the async `scan` so that the engine optimises this loop on
   * its own (bench page, 2026-11-21): takes the cards of `found` from `from` on into `batch` and
   * returns where it stopped, early when the batch is full. One Map lookup per card; a card whose
   * text is known to name no film (nearly all of them) is done there.
   */
  function takeCards(found: FoundTitle[], from: number, batch: Batch): number {
    for (let index = from; index < found.length; index++) {
      const item = found[index]!;
      const key = answerKey(item);
      const known = answers.get(key);
      if (known === undefined) {
        // A new text: asked in this batch's question, whose reply marks this card.
        answers.set(key, batch.question);
        batch.question.titles.push(item);
        countTitle();
        if (isFull(batch)) return index + 1;
        continue;
      }
      if (typeof known === 'number') {
        if (known !== generation) {
          answers.set(key, generation);
          countTitle();
        }
        continue;
      }
      let asked: Question | null;
      if (isQuestion(known)) {
        asked = known;
        // Asked before an SPA navigation and still on its way (rare): counted per text from now on.
        if (known.startedIn !== generation) {
          answers.set(key, { film: undefined, question: known, countedIn: generation });
          countTitle();
        }
      } else {
        if (known.countedIn !== generation) {
          known.countedIn = generation;
          countTitle();
        }
        if (known.film === null) continue;
        asked = known.film === undefined ? known.question : null;
      }
      if (asked && !batch.awaited.includes(asked)) batch.awaited.push(asked);
      // Still marked from before an SPA navigation: nothing to do.
      if (batch.checkMarks && options.marker.isMarked(item.element)) continue;
      batch.slice.push(item);
      if (isFull(batch)) return index + 1;
    }
    return found.length;
  }

  async function scan(roots: ParentNode[]): Promise<void> {
    const startedIn = generation;
    const changesBefore = changes;
    const url = options.url();
    const marking: Promise<void>[] = [];
    const batch: Batch = { question: newQuestion(), slice: [], awaited: [], checkMarks: options.marker.hasMarks() };
    const flush = (): void => {
      if (batch.question.titles.length > 0) {
        send(batch.question);
        marking.push(batch.question.reply!);
        batch.question = newQuestion();
      }
      if (batch.slice.length > 0) marking.push(markSlice(batch.slice, batch.awaited, startedIn));
      batch.slice = [];
      batch.awaited = [];
    };
    // Sends what was taken, then gives the page its turn; false when the scan's page is gone meanwhile.
    // Every wait comes after a flush: a question another scan may meet is always on its way.
    const flushAndYield = async (): Promise<boolean> => {
      flush();
      if (options.yieldToPage) await options.yieldToPage();
      return startedIn === generation;
    };
    for (const root of roots) {
      const found = options.findTitles(root, url);
      // The adapter's pass over a large root (the whole page) is one slice of its own.
      if (found.length >= SLICE_CARDS && !(await flushAndYield())) return;
      for (let next = 0; next < found.length; ) {
        next = takeCards(found, next, batch);
        if (isFull(batch) && !(await flushAndYield())) return;
      }
    }
    flush();
    await Promise.all(marking);
    if (startedIn !== generation || changes === changesBefore) return;
    options.onBatchDone();
  }

  return {
    scan,
    reset() {
      generation += 1;
      distinctTitles = 0;
    },
    forgetText(text) {
      for (const [key, keyText] of textOfKey) {
        const answer = answerIn(answers.get(key));
        if (keyText === text && answer?.film) answer.film = null;
      }
    },
    candidateCount: () => distinctTitles,
  };
}

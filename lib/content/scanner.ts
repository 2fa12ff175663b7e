/**
 * Turns added page subtrees into marked films: find titles (site adapter + generic detector), skip
 * what was already handled, ask the background once per distinct title text, mark the matches.
 *
 *   roots ─▶ findTitles ─▶ new elements only ─▶ slices of ≤ SLICE_CARDS ─▶ unknown texts only
 *         ─▶ one matchTitles message per slice ─▶ marker.mark(...) ─▶ onBatchDone (debounced report)
 *
 * Cost (bench/results.md): this loop runs once per card of a 5,000-card page, mostly as code the
 * engine has not optimised yet, so each card costs one WeakSet check and one Map lookup and nothing
 * else; a card whose text is known to name no film (nearly all of them) is done there. Every distinct
 * text is asked once per page life (answers are cached per text, also across SPA navigations). A large
 * batch (the first scan of a 5,000-card page) is cut into slices with `yieldToPage` between them, so no
 * task grows long.
 */
import type { FoundTitle } from '../sites/types';
import type { TitleCandidate } from '../messaging';
import type { FilmMatch } from '../title/types';
import type { Marker } from './marker';

/** Found titles per slice (one matchTitles message each): well under a ms of work each (bench page, 2026-11-21). */
export const SLICE_CARDS = 1000;

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

/** What the background said about one text: `film` is undefined while its question is on the way. */
interface Answer {
  film: FilmMatch | null | undefined;
  /** The question while it is on its way; let go once answered (it holds the cards it asked for). */
  question: Question | null;
  /** The scan generation that last counted this text among the distinct titles. */
  countedIn: number;
}

/** One matchTitles message: the titles it asks about and, once sent, its reply. */
interface Question {
  titles: FoundTitle[];
  answers: Answer[];
  reply: Promise<void> | null;
}

/** The titles a running scan has taken and not yet sent or marked. */
interface Batch {
  question: Question;
  slice: FoundTitle[];
  sliceAnswers: Answer[];
  newElements: number;
  /** Marks from before an SPA navigation may exist: look each card up (none on a first scan). */
  checkMarks: boolean;
}

const newQuestion = (): Question => ({ titles: [], answers: [], reply: null });

/** A slice or its question reached SLICE_CARDS: time to send it and give the page its turn. */
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
  let seen = new WeakSet<Element>();
  let generation = 0;
  let distinctTitles = 0;
  const answers = new Map<string, Answer>();
  /** The texts of matched answers, for forgetText (only matches can be corrected: the map stays small). */
  const textOfKey = new Map<string, string>();

  function send(question: Question): void {
    // Once answered, the question lets go of its cards: the cache of answers must not keep cards the
    // page has removed alive (heap per tab, bench/results.md).
    const release = () => {
      for (const answer of question.answers) answer.question = null;
      question.titles = [];
      question.answers = [];
    };
    question.reply = options.match(question.titles).then(
      (films) => {
        question.answers.forEach((answer, index) => (answer.film = films[index] ?? null));
        release();
      },
      (error: unknown) => {
        // Not answered: ask again when the text shows up next time.
        for (const found of question.titles) {
          const key = answerKey(found);
          if (answers.get(key)?.question === question) answers.delete(key);
        }
        release();
        throw error;
      },
    );
  }

  /** Waits for the answers a slice needs (its own question and any earlier one still on its way), then marks. */
  async function markSlice(slice: FoundTitle[], sliceAnswers: Answer[], startedIn: number): Promise<void> {
    const waits = repliesAwaited(sliceAnswers);
    if (waits.length > 0) await Promise.all(waits);
    // A navigation or a switch-off while we waited: these results belong to a page that is gone.
    if (startedIn !== generation) return;
    markFilms(slice, sliceAnswers);
  }

  /** The replies a slice waits for: usually its own question's only (a slice holds thousands of cards). */
  function repliesAwaited(sliceAnswers: Answer[]): Promise<void>[] {
    const replies: Promise<void>[] = [];
    for (let index = 0; index < sliceAnswers.length; index++) {
      const answer = sliceAnswers[index]!;
      const reply = answer.film === undefined ? answer.question?.reply : undefined;
      if (reply && !replies.includes(reply)) replies.push(reply);
    }
    return replies;
  }

  function markFilms(slice: FoundTitle[], sliceAnswers: Answer[]): void {
    for (let index = 0; index < slice.length; index++) {
      const film = sliceAnswers[index]!.film;
      if (!film) continue;
      const found = slice[index]!;
      textOfKey.set(answerKey(found), found.text);
      options.marker.mark(found, film);
    }
  }

  /**
   * The per-card work of a scan, outside the async `scan` so that the engine optimises this loop on
   * its own (bench page, 2026-11-21): takes the new cards of `found` from `from` on into `batch` and
   * returns where it stopped, early when the batch is full.
   */
  function takeNewCards(found: FoundTitle[], from: number, batch: Batch): number {
    for (let index = from; index < found.length; index++) {
      const item = found[index]!;
      if (seen.has(item.element)) continue;
      seen.add(item.element);
      batch.newElements++;
      const key = answerKey(item);
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = { film: undefined, question: batch.question, countedIn: -1 };
        answers.set(key, answer);
        batch.question.titles.push(item);
        batch.question.answers.push(answer);
      }
      if (answer.countedIn !== generation) {
        answer.countedIn = generation;
        distinctTitles++;
      }
      // Known to name no film, or still marked from before an SPA navigation: nothing to do.
      if (answer.film === null || (batch.checkMarks && options.marker.isMarked(item.element))) continue;
      batch.slice.push(item);
      batch.sliceAnswers.push(answer);
      if (isFull(batch)) return index + 1;
    }
    return found.length;
  }

  async function scan(roots: ParentNode[]): Promise<void> {
    const startedIn = generation;
    const url = options.url();
    const marking: Promise<void>[] = [];
    const batch: Batch = { question: newQuestion(), slice: [], sliceAnswers: [], newElements: 0, checkMarks: options.marker.hasMarks() };
    const flush = (): void => {
      if (batch.question.titles.length > 0) {
        send(batch.question);
        batch.question = newQuestion();
      }
      if (batch.slice.length > 0) marking.push(markSlice(batch.slice, batch.sliceAnswers, startedIn));
      batch.slice = [];
      batch.sliceAnswers = [];
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
        next = takeNewCards(found, next, batch);
        if (isFull(batch) && !(await flushAndYield())) return;
      }
    }
    flush();
    if (batch.newElements === 0) return;
    await Promise.all(marking);
    if (startedIn !== generation) return;
    options.onBatchDone();
  }

  return {
    scan,
    reset() {
      generation += 1;
      seen = new WeakSet();
      distinctTitles = 0;
    },
    forgetText(text) {
      for (const [key, keyText] of textOfKey) {
        const answer = answers.get(key);
        if (keyText === text && answer) answer.film = null;
      }
    },
    candidateCount: () => distinctTitles,
  };
}

/**
 * The matcher index's table: a title key → the films it names (like a `Map<string, FilmMatch |
 * FilmMatch[]>`), laid out for the lookup's speed:
 *
 * - A key is looked up as a range of a longer string (a half of "EN - DE" is a range of the whole key)
 *   without slicing it out, with a hash the caller computed once for several lookups.
 * - One `Int32Array` of slots holds per slot the key's 32-bit hash, where its characters are in one
 *   string of all keys (`pool`), its length and its answer. A key the table does not hold is ruled out
 *   by comparing numbers in one cache line; for a key it holds, the characters (to compare) and the
 *   answer (id, title, year) are read from two places whose addresses the slot gives at once.
 *
 * Why not a `Map`: looking up a fresh string in an 82,000-key `Map` hashed it and then read the
 * bucket, the entry, the key string and the answer object one after the other, each a likely cache
 * miss: a third of `matchTitle`'s time in the profile. The hash only finds candidates: a key is found
 * only when it equals the stored key code unit for code unit, so a collision costs time, never an answer.
 */
import { codesOf, hashRange, textOfCodes } from './hash';
import type { FilmMatch } from './types';

/** The films a key names: the one film itself (nearly every key), or the films sharing it (remakes), in catalogue order. */
export type Named = FilmMatch | FilmMatch[];

/** Numbers per slot: hash, the key's start in `pool`, its length, its answer + 1 (0: the slot is empty). */
export const SLOT = 4;
/** Values per film's answer: id, title, year. */
export const ANSWER = 3;


/** Whether the pool from `start` on equals `codes` from `from` on, for `length` code units. */
function poolHolds(pool: Uint8Array | Uint16Array, start: number, codes: Uint16Array, from: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (pool[start + i] !== codes[from + i]) return false;
  return true;
}

export class TitleTable {
  /** The number of films: the first answer of a shared key. */
  private readonly filmCount: number;

  /** @internal Made by `TitleTableBuilder.build` (title-table-builder.ts). */
  constructor(
    /** Per slot of the primary keys SLOT numbers (see SLOT). */
    private readonly slots: Int32Array,
    /** The same for the folded keys (few: only where a title's folded key differs from its key). */
    private readonly foldedSlots: Int32Array,
    /** Every key's code units, one key after the other (in bytes when all are below 256). */
    private readonly pool: Uint8Array | Uint16Array,
    /** Per film (answers 0 to films - 1): id, title, year (ANSWER values). */
    private readonly answers: ReadonlyArray<string | number>,
    /**
     * Per key several films share (remakes; answers from the films' count on): the films, in catalogue
     * order. `sharedBy` tells the answers apart by their number alone: nothing read from memory.
     */
    private readonly shared: ReadonlyArray<FilmMatch[]>,
    /** The number of primary keys. */
    readonly size: number,
    /** For tests only: `0` gives every key the same hash and slot, so every lookup compares keys code unit by code unit. */
    private readonly hashMask: number,
  ) {
    this.filmCount = answers.length / ANSWER;
  }

  /**
   * The answer for the key `text.slice(from, to)` (whose `hashRange` is `hash`), or -1: a primary key,
   * else (if `mayFold`: the text has no diacritics of its own) a folded key. The same film always has
   * the same answer.
   */
  find(text: string, from: number, to: number, hash: number, mayFold: boolean): number {
    return this.findCodes(codesOf(text, from, to), 0, to - from, hash, mayFold);
  }

  /** `find` for the key made of the code units `codes[from]` to `codes[to - 1]` (whose `hashCodes` is `hash`). */
  findCodes(codes: Uint16Array, from: number, to: number, hash: number, mayFold: boolean): number {
    hash &= this.hashMask;
    const answer = this.findIn(this.slots, codes, from, to, hash);
    return answer >= 0 || !mayFold ? answer : this.findIn(this.foldedSlots, codes, from, to, hash);
  }

  /** The films of a key several films share (remakes), or undefined for the answer of one film. */
  sharedBy(answer: number): FilmMatch[] | undefined {
    return answer >= this.filmCount ? this.shared[answer - this.filmCount] : undefined;
  }

  /** For the answer of one film (`sharedBy` undefined): its id, title, year. */
  idOf(answer: number): string {
    return this.answers[ANSWER * answer] as string;
  }

  titleOf(answer: number): string {
    return this.answers[ANSWER * answer + 1] as string;
  }

  yearOf(answer: number): number {
    return this.answers[ANSWER * answer + 2] as number;
  }

  /** For the answer of one film: a new answer object (the caller may keep or change it). */
  filmAt(answer: number): FilmMatch {
    return { id: this.idOf(answer), title: this.titleOf(answer), year: this.yearOf(answer) };
  }

  /** The films the key names (answers in catalogue order), or undefined: `find` for callers with a key string. */
  get(key: string, mayFold: boolean): Named | undefined {
    if (key === '') return undefined;
    const answer = this.find(key, 0, key.length, hashRange(key, 0, key.length), mayFold);
    return answer < 0 ? undefined : this.namedAt(answer);
  }

  /** Every primary (or folded) key with the films it names (in no particular order). */
  *keysAndFilms(folded = false): IterableIterator<[string, Named]> {
    const slots = folded ? this.foldedSlots : this.slots;
    for (let slot = 0; slot < slots.length; slot += SLOT) {
      const answerPlusOne = slots[slot + 3] as number;
      if (answerPlusOne === 0) continue;
      const start = slots[slot + 1] as number;
      yield [textOfCodes(this.pool, start, start + (slots[slot + 2] as number)), this.namedAt(answerPlusOne - 1)];
    }
  }

  private findIn(slots: Int32Array, codes: Uint16Array, from: number, to: number, hash: number): number {
    const mask = (slots.length >> 2) - 1; // slots.length / SLOT - 1
    const length = to - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const answerPlusOne = slots[at + 3] as number;
      if (answerPlusOne === 0) return -1;
      if (slots[at] === hash && slots[at + 2] === length && poolHolds(this.pool, slots[at + 1] as number, codes, from, length)) {
        return answerPlusOne - 1;
      }
    }
  }

  private namedAt(answer: number): Named {
    return this.sharedBy(answer) ?? this.filmAt(answer);
  }
}

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
import type { FilmMatch } from './types';

/** The films a key names: the one film itself (nearly every key), or the films sharing it (remakes), in catalogue order. */
export type Named = FilmMatch | FilmMatch[];

/** The hash of `text.slice(from, to)` (FNV-1a over UTF-16 code units, then mixed): what the table stores. */
export function hashRange(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return finishHash(hash);
}

/** FNV-1a's start and step: `hash = Math.imul(hash ^ code, FNV_PRIME)` per code unit, from FNV_OFFSET. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** Mixes the running FNV-1a value (murmur3's finaliser): its low bits pick the slot, and FNV's are weak. */
export function finishHash(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** At most this share of slots is used (linear probing stays short: a miss reads one or two cache lines). */
const MAX_LOAD = 0.75;

/** Numbers per slot: hash, the key's start in `pool`, its length, its answer + 1 (0: the slot is empty). */
const SLOT = 4;
/** Values per answer: id (or the films of a key several films share), title, year (or SHARED). */
const ANSWER = 3;
/**
 * The year of an answer for a key several films share. Not a number: `sharedBy` tells the answers apart
 * by the year (a small integer, read without following a pointer), not by the id (a string elsewhere in
 * memory: `typeof id` reads it).
 */
const SHARED = null;

/**
 * Collects the films and their keys (`addFilm`, `addKey`), then lays the table out (`build`). While
 * building, a slot names its key by its number in `keys` (the pool is made at the end) and its films
 * by their answer + 1, or by -(list + 1) for a key several films share.
 */
export class TitleTableBuilder {
  private readonly answers: Array<string | number | FilmMatch[] | typeof SHARED> = [];
  private readonly keys: string[] = [];
  private readonly lists: number[][] = [];
  private slots: Int32Array;
  private foldedSlots = emptySlots(0);
  private primaryCount = 0;
  /** `build` rewrites the slots in place: the builder serves one table. */
  private built = false;

  /**
   * `expectedKeys` (at most) sizes the table once: no doubling while adding. `hashMask` is for tests
   * only: `0` gives every key the same hash and slot, so every lookup compares keys code unit by code unit.
   */
  constructor(expectedKeys = 0, private readonly hashMask = -1) {
    this.slots = emptySlots(expectedKeys);
  }

  /** Adds a film; its titles' keys then name it by the number returned. */
  addFilm(film: FilmMatch): number {
    this.answers.push(film.id, film.title, film.year);
    return this.answers.length / ANSWER - 1;
  }

  /** The key (or, with `folded`, the folded key) names the film numbered `film`: each film once per key, in the order added. */
  addKey(key: string, film: number, folded = false): void {
    if (this.built) throw new Error('TitleTableBuilder: the table is built already');
    const hash = hashRange(key, 0, key.length) & this.hashMask;
    let slots = folded ? this.foldedSlots : this.slots;
    const mask = (slots.length >> 2) - 1;
    let slot = hash & mask;
    for (; slots[SLOT * slot + 3] !== 0; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      if (slots[at] !== hash || this.keys[slots[at + 1] as number] !== key) continue;
      const films = slots[at + 3] as number;
      const list = films < 0 ? (this.lists[-films - 1] as number[]) : [films - 1];
      if (list.some((other) => this.answers[ANSWER * other] === this.answers[ANSWER * film])) return;
      list.push(film);
      if (films > 0) {
        this.lists.push(list);
        slots[at + 3] = -this.lists.length;
      }
      return;
    }
    const count = folded ? this.keys.length - this.primaryCount : this.primaryCount;
    if (count + 1 > (slots.length / SLOT) * MAX_LOAD) {
      slots = grown(slots);
      if (folded) this.foldedSlots = slots;
      else this.slots = slots;
      return this.addKey(key, film, folded);
    }
    const at = SLOT * slot;
    slots[at] = hash;
    slots[at + 1] = this.keys.length;
    slots[at + 2] = key.length;
    slots[at + 3] = film + 1;
    this.keys.push(key);
    if (!folded) this.primaryCount++;
  }

  build(): TitleTable {
    if (this.built) throw new Error('TitleTableBuilder: the table is built already');
    this.built = true;
    const { answers, keys } = this;
    // Each key's start in the pool of all keys, in the order added.
    const starts = new Int32Array(keys.length);
    for (let i = 1; i < keys.length; i++) starts[i] = (starts[i - 1] as number) + (keys[i - 1] as string).length;
    // A key several films share gets an answer of its own: the films, in catalogue order.
    const listAnswers = this.lists.map((list) => {
      answers.push(list.map((film) => ({ id: answers[ANSWER * film] as string, title: answers[ANSWER * film + 1] as string, year: answers[ANSWER * film + 2] as number })), '', SHARED);
      return answers.length / ANSWER - 1;
    });
    for (const slots of [this.slots, this.foldedSlots]) {
      for (let at = 0; at < slots.length; at += SLOT) {
        const films = slots[at + 3] as number;
        if (films === 0) continue;
        slots[at + 1] = starts[slots[at + 1] as number] as number;
        if (films < 0) slots[at + 3] = (listAnswers[-films - 1] as number) + 1;
      }
    }
    return new TitleTable(this.slots, this.foldedSlots, keys.join(''), answers, this.primaryCount, this.hashMask);
  }
}

/** Slots for this many keys, at most MAX_LOAD full (a power of two of them). */
function emptySlots(keys: number): Int32Array {
  let slotCount = 8;
  while (slotCount * MAX_LOAD < keys) slotCount *= 2;
  return new Int32Array(slotCount * SLOT);
}

/** The slots, twice as many, holding the same keys (each hash's first free slot from its own on). */
function grown(old: Int32Array): Int32Array {
  const slots = new Int32Array(old.length * 2);
  const mask = (slots.length >> 2) - 1;
  for (let from = 0; from < old.length; from += SLOT) {
    if (old[from + 3] === 0) continue;
    let slot = (old[from] as number) & mask;
    while (slots[SLOT * slot + 3] !== 0) slot = (slot + 1) & mask;
    slots.set(old.subarray(from, from + SLOT), SLOT * slot);
  }
  return slots;
}

export class TitleTable {
  /** @internal Made by `TitleTableBuilder.build`. */
  constructor(
    /** Per slot of the primary keys SLOT numbers (see SLOT). */
    private readonly slots: Int32Array,
    /** The same for the folded keys (few: only where a title's folded key differs from its key). */
    private readonly foldedSlots: Int32Array,
    /** Every key's characters, one after the other. */
    private readonly pool: string,
    /** Per answer: id, title, year of a film; for a key several films share: the films (FilmMatch[]), '', SHARED. */
    private readonly answers: ReadonlyArray<string | number | FilmMatch[] | typeof SHARED>,
    /** The number of primary keys. */
    readonly size: number,
    /** For tests only: `0` gives every key the same hash and slot, so every lookup compares keys code unit by code unit. */
    private readonly hashMask: number,
  ) {}

  /**
   * The answer for the key `text.slice(from, to)` (whose `hashRange` is `hash`), or -1: a primary key,
   * else (if `mayFold`: the text has no diacritics of its own) a folded key. The same film always has
   * the same answer.
   */
  find(text: string, from: number, to: number, hash: number, mayFold: boolean): number {
    hash &= this.hashMask;
    const answer = this.findIn(this.slots, text, from, to, hash);
    return answer >= 0 || !mayFold ? answer : this.findIn(this.foldedSlots, text, from, to, hash);
  }

  /** The films of a key several films share (remakes), or undefined for the answer of one film. */
  sharedBy(answer: number): FilmMatch[] | undefined {
    return this.answers[ANSWER * answer + 2] === SHARED ? (this.answers[ANSWER * answer] as FilmMatch[]) : undefined;
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
      yield [this.pool.slice(start, start + (slots[slot + 2] as number)), this.namedAt(answerPlusOne - 1)];
    }
  }

  private findIn(slots: Int32Array, text: string, from: number, to: number, hash: number): number {
    const mask = (slots.length >> 2) - 1; // slots.length / SLOT - 1
    const length = to - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const answerPlusOne = slots[at + 3] as number;
      if (answerPlusOne === 0) return -1;
      if (slots[at] === hash && slots[at + 2] === length && this.sameCodes(slots[at + 1] as number, text, from, length)) {
        return answerPlusOne - 1;
      }
    }
  }

  /** Whether the pool from `start` on equals `text` from `from` on, for `length` code units. */
  private sameCodes(start: number, text: string, from: number, length: number): boolean {
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (pool.charCodeAt(start + i) !== text.charCodeAt(from + i)) return false;
    return true;
  }

  private namedAt(answer: number): Named {
    return this.sharedBy(answer) ?? this.filmAt(answer);
  }
}

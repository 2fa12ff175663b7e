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
import { hashCodes, hashRange } from './hash';
import type { FilmMatch } from './types';

/** The films a key names: the one film itself (nearly every key), or the films sharing it (remakes), in catalogue order. */
export type Named = FilmMatch | FilmMatch[];

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
 * Collects the films and their keys (`addFilm`, `addKey`, `addCodes`), then lays the table out (`build`).
 * Each new key's code units are appended to the pool at once; a slot names its films by their answer + 1,
 * or by -(list + 1) for a key several films share while building.
 */
export class TitleTableBuilder {
  private readonly answers: Array<string | number | FilmMatch[] | typeof SHARED> = [];
  private readonly lists: number[][] = [];
  private slots: Int32Array;
  private foldedSlots = emptySlots(0);
  private primaryCount = 0;
  private foldedCount = 0;
  private pool: Uint16Array;
  private poolLength = 0;
  /** All code units of the pool ORed: below 0x100 when every key is Latin-1. */
  private codeBits = 0;
  /** `build` rewrites the slots in place: the builder serves one table. */
  private built = false;

  /**
   * `expectedKeys` (at most) sizes the table once: no doubling while adding. `hashMask` is for tests
   * only: `0` gives every key the same hash and slot, so every lookup compares keys code unit by code unit.
   */
  constructor(expectedKeys = 0, private readonly hashMask = -1) {
    this.slots = emptySlots(expectedKeys);
    this.pool = new Uint16Array(Math.max(64, expectedKeys * 24));
  }

  /** Adds a film; its titles' keys then name it by the number returned. */
  addFilm(film: FilmMatch): number {
    this.answers.push(film.id, film.title, film.year);
    return this.answers.length / ANSWER - 1;
  }

  /** The key (or, with `folded`, the folded key) names the film numbered `film`: each film once per key, in the order added. */
  addKey(key: string, film: number, folded = false): void {
    this.addCodes(codesOf(key, 0, key.length), key.length, film, folded);
  }

  /** `addKey` for the key made of the first `length` code units of `codes`. */
  addCodes(codes: Uint16Array, length: number, film: number, folded = false): void {
    if (this.built) throw new Error('TitleTableBuilder: the table is built already');
    const hash = hashCodes(codes, 0, length) & this.hashMask;
    let slots = folded ? this.foldedSlots : this.slots;
    const mask = (slots.length >> 2) - 1;
    let slot = hash & mask;
    for (; slots[SLOT * slot + 3] !== 0; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      if (slots[at] !== hash || slots[at + 2] !== length || !sameCodes(this.pool, slots[at + 1] as number, codes, 0, length)) continue;
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
    const count = folded ? this.foldedCount : this.primaryCount;
    if (count + 1 > (slots.length / SLOT) * MAX_LOAD) {
      slots = grown(slots);
      if (folded) this.foldedSlots = slots;
      else this.slots = slots;
      return this.addCodes(codes, length, film, folded);
    }
    if (this.poolLength + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(2 * this.pool.length, this.poolLength + length));
      pool.set(this.pool);
      this.pool = pool;
    }
    const pool = this.pool;
    let bits = this.codeBits;
    for (let i = 0; i < length; i++) {
      const code = codes[i] as number;
      pool[this.poolLength + i] = code;
      bits |= code;
    }
    this.codeBits = bits;
    const at = SLOT * slot;
    slots[at] = hash;
    slots[at + 1] = this.poolLength;
    slots[at + 2] = length;
    slots[at + 3] = film + 1;
    this.poolLength += length;
    if (folded) this.foldedCount++;
    else this.primaryCount++;
  }

  build(): TitleTable {
    if (this.built) throw new Error('TitleTableBuilder: the table is built already');
    this.built = true;
    const { answers } = this;
    // A key several films share gets an answer of its own: the films, in catalogue order.
    const listAnswers = this.lists.map((list) => {
      answers.push(list.map((film) => ({ id: answers[ANSWER * film] as string, title: answers[ANSWER * film + 1] as string, year: answers[ANSWER * film + 2] as number })), '', SHARED);
      return answers.length / ANSWER - 1;
    });
    for (const slots of [this.slots, this.foldedSlots]) {
      for (let at = 0; at < slots.length; at += SLOT) {
        const films = slots[at + 3] as number;
        if (films < 0) slots[at + 3] = (listAnswers[-films - 1] as number) + 1;
      }
    }
    // Keys are nearly always Latin-1 (lower-case titles): then a byte per code unit, half the memory a
    // lookup's comparison walks (fewer cache misses: mix ×1.05–1.1).
    const codes = this.pool.subarray(0, this.poolLength);
    const pool = this.codeBits < 0x100 ? new Uint8Array(codes) : codes.slice();
    return new TitleTable(this.slots, this.foldedSlots, pool, answers, this.primaryCount, this.hashMask);
  }
}

/** Scratch space for `codesOf` (grown when a longer text comes). */
let scratch = new Uint16Array(256);

/** The code units of `text.slice(from, to)` in a scratch array (valid until the next call). */
function codesOf(text: string, from: number, to: number): Uint16Array {
  if (to - from > scratch.length) scratch = new Uint16Array(2 * (to - from));
  for (let i = from; i < to; i++) scratch[i - from] = text.charCodeAt(i);
  return scratch;
}

/** Whether the pool from `start` on equals `codes` from `from` on, for `length` code units. */
function sameCodes(pool: Uint16Array, start: number, codes: Uint16Array, from: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (pool[start + i] !== codes[from + i]) return false;
  return true;
}

/** `sameCodes` for a table's pool (its own function: the builder's pool is always a Uint16Array). */
function poolHolds(pool: Uint8Array | Uint16Array, start: number, codes: Uint16Array, from: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (pool[start + i] !== codes[from + i]) return false;
  return true;
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
    /** Every key's code units, one key after the other (in bytes when all are below 256). */
    private readonly pool: Uint8Array | Uint16Array,
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
      const codes = this.pool.subarray(start, start + (slots[slot + 2] as number));
      yield [String.fromCharCode.apply(null, codes as unknown as number[]), this.namedAt(answerPlusOne - 1)];
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

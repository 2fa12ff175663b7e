/**
 * Builds the matcher's `TitleTable` (title-table.ts) in two steps, for the speed of the build:
 *
 * 1. `addFilm`, `addKey`, `addCodes` append: each key's code units to the pool, one record per key
 *    (hash, start in the pool, length, film + 1: the slot it will become) to a list. All writes are
 *    sequential.
 * 2. `build` sorts the records by the region of the table their slot is in (a counting sort, stable:
 *    keys keep the order added) and inserts them region by region, so the table is written nearly
 *    sequentially. Inserting each key when added wrote a random slot of the 2 MB table: a cache miss
 *    per key, a third of the build in the profile.
 *
 * Linear probing gives a valid table for any order of insertion (no key is ever removed), and the
 * records of one key (one hash: one region) stay in the order added, so a key several films share
 * names them in catalogue order, as before.
 */
import { codesOf, finishHash, FNV_OFFSET, FNV_PRIME } from './hash';
import { ANSWER, SLOT, TitleTable } from './title-table';
import type { FilmMatch } from './types';

/** At most this share of slots is used (linear probing stays short: a miss reads one or two cache lines). */
const MAX_LOAD = 0.75;

/** Slots per region of the sort (2^6 slots: 1 KB of the table, which the region's keys then fill in the cache). */
const REGION_BITS = 6;

/** Numbers per record: the slot's numbers (see SLOT). */
const RECORD = SLOT;

/** Keys added and not yet in a table: their records, SLOT numbers each. */
class Records {
  numbers: Int32Array;
  count = 0;
  constructor(expected: number) {
    this.numbers = new Int32Array(Math.max(16, expected) * RECORD);
  }

  push(hash: number, start: number, length: number, answerPlusOne: number): void {
    let numbers = this.numbers;
    if ((this.count + 1) * RECORD > numbers.length) {
      numbers = new Int32Array(2 * numbers.length);
      numbers.set(this.numbers);
      this.numbers = numbers;
    }
    const at = this.count++ * RECORD;
    numbers[at] = hash;
    numbers[at + 1] = start;
    numbers[at + 2] = length;
    numbers[at + 3] = answerPlusOne;
  }
}

/**
 * Collects the films and their keys (`addFilm`, `addKey`, `addCodes`), then lays the table out (`build`).
 * A slot names its films by their answer + 1 (see `addFilmTo` for a key several films share).
 */
export class TitleTableBuilder {
  /** Per film its answer (id, title, year), made at full size when the number of films is known. */
  private readonly answers: Array<string | number>;
  private filmCount = 0;
  private readonly lists: number[][] = [];
  private readonly primary: Records;
  private readonly folded = new Records(0);
  /** Bytes while every key is Latin-1 (nearly always: lower-case titles), else code units. */
  private pool: Uint8Array | Uint16Array;
  private poolLength = 0;
  /** `build` can run once: the builder serves one table. */
  private built = false;

  /**
   * `expectedKeys` (about) sizes the records and the pool once, `films` (if known) the answers: no
   * doubling while adding. `hashMask` is for tests only: `0` gives every key the same hash and slot, so
   * every lookup compares keys code unit by code unit.
   */
  constructor(expectedKeys = 0, private readonly hashMask = -1, films = 0) {
    // (Pushing 150,000 values grew the array again and again: a tenth of the build in the profile.)
    this.answers = new Array<string | number>(ANSWER * films);
    this.primary = new Records(expectedKeys);
    this.pool = new Uint8Array(Math.max(64, expectedKeys * 24));
  }

  /** Adds a film; its titles' keys then name it by the number returned. */
  addFilm(film: FilmMatch): number {
    const { answers } = this;
    const at = ANSWER * this.filmCount;
    if (at < answers.length) {
      answers[at] = film.id;
      answers[at + 1] = film.title;
      answers[at + 2] = film.year;
    } else answers.push(film.id, film.title, film.year);
    return this.filmCount++;
  }

  /** The key (or, with `folded`, the folded key) names the film numbered `film`: each film once per key, in the order added. */
  addKey(key: string, film: number, folded = false): void {
    this.addCodes(codesOf(key, 0, key.length), key.length, film, folded);
  }

  /** `addKey` for the key made of the first `length` code units of `codes`. */
  addCodes(codes: Uint16Array, length: number, film: number, folded = false): void {
    if (this.built) throw new Error('TitleTableBuilder: the table is built already');
    const start = this.poolLength;
    if (start + length > this.pool.length) this.pool = copied(this.pool, Math.max(2 * this.pool.length, start + length), this.pool);
    let pool = this.pool;
    // One pass over the key's code units: copied, ORed (Latin-1?) and hashed (`hashCodes`, inlined).
    let bits = 0;
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) {
      const code = codes[i] as number;
      pool[start + i] = code;
      bits |= code;
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    if (bits > 0xff && pool instanceof Uint8Array) {
      // The first key beyond Latin-1: code units from now on (this key's are written again).
      pool = this.pool = copied(pool, pool.length, new Uint16Array(0));
      for (let i = 0; i < length; i++) pool[start + i] = codes[i] as number;
    }
    this.poolLength = start + length;
    (folded ? this.folded : this.primary).push(finishHash(hash) & this.hashMask, start, length, film + 1);
  }

  build(): TitleTable {
    if (this.built) throw new Error('TitleTableBuilder: the table is built already');
    this.built = true;
    const { answers, filmCount } = this;
    answers.length = ANSWER * filmCount; // (fewer films than announced)
    const primary = this.tableOf(this.primary);
    const folded = this.tableOf(this.folded);
    // A key several films share has an answer of its own after the films' (its number given while
    // inserting, see `addFilmTo`): the films, in catalogue order.
    const shared = this.lists.map((list) =>
      list.map((film) => ({ id: answers[ANSWER * film] as string, title: answers[ANSWER * film + 1] as string, year: answers[ANSWER * film + 2] as number })),
    );
    // The pool as the builder filled it: a copy would cost more than the unused end of it keeps.
    const pool = this.pool.subarray(0, this.poolLength);
    return new TitleTable(primary.slots, folded.slots, pool, answers, shared, primary.keys, this.hashMask);
  }

  /** The slots holding the records' keys, and how many keys (records of the same key are one). */
  private tableOf(records: Records): { slots: Int32Array; keys: number } {
    const slots = emptySlots(records.count);
    const mask = slots.length / SLOT - 1;
    const sorted = byRegion(records, mask);
    const { pool } = this;
    let keys = 0;
    next: for (let from = 0; from < sorted.length; from += RECORD) {
      const hash = sorted[from] as number;
      const start = sorted[from + 1] as number;
      const length = sorted[from + 2] as number;
      let slot = hash & mask;
      for (; slots[SLOT * slot + 3] !== 0; slot = (slot + 1) & mask) {
        const at = SLOT * slot;
        if (slots[at] !== hash || slots[at + 2] !== length || !samePoolRanges(pool, slots[at + 1] as number, start, length)) continue;
        this.addFilmTo(slots, at, (sorted[from + 3] as number) - 1);
        continue next;
      }
      const at = SLOT * slot;
      slots[at] = hash;
      slots[at + 1] = start;
      slots[at + 2] = length;
      slots[at + 3] = sorted[from + 3] as number;
      keys++;
    }
    return { slots, keys };
  }

  /**
   * The key of the slot at `at` names the film numbered `film` too (unless a film with its id is named
   * already). A key's first shared film makes a list, whose answer will be the films' count + the list's
   * number: the slot holds it at once (no pass over all slots after inserting).
   */
  private addFilmTo(slots: Int32Array, at: number, film: number): void {
    const { answers, lists, filmCount } = this;
    const answer = (slots[at + 3] as number) - 1;
    const list = answer >= filmCount ? (lists[answer - filmCount] as number[]) : [answer];
    if (list.some((other) => answers[ANSWER * other] === answers[ANSWER * film])) return;
    list.push(film);
    if (answer < filmCount) {
      lists.push(list);
      slots[at + 3] = filmCount + lists.length;
    }
  }
}

/** The records sorted by the region of their slot (`hash & mask`), stably: a counting sort. */
function byRegion(records: Records, mask: number): Int32Array {
  const { numbers, count } = records;
  const regions = (mask >>> REGION_BITS) + 1;
  const ends = new Int32Array(regions);
  for (let at = 0; at < count * RECORD; at += RECORD) {
    const region = ((numbers[at] as number) & mask) >>> REGION_BITS;
    ends[region] = (ends[region] as number) + 1;
  }
  // Each region's first record: the records of the regions before it.
  let total = 0;
  for (let region = 0; region < regions; region++) {
    const size = ends[region] as number;
    ends[region] = total;
    total += size;
  }
  const sorted = new Int32Array(count * RECORD);
  for (let at = 0; at < count * RECORD; at += RECORD) {
    const region = ((numbers[at] as number) & mask) >>> REGION_BITS;
    const next = ends[region] as number;
    ends[region] = next + 1;
    const to = next * RECORD;
    sorted[to] = numbers[at] as number;
    sorted[to + 1] = numbers[at + 1] as number;
    sorted[to + 2] = numbers[at + 2] as number;
    sorted[to + 3] = numbers[at + 3] as number;
  }
  return sorted;
}

/** A new array of `length` (of the kind of `like`) starting with the numbers of `from`. */
function copied<T extends Uint8Array | Uint16Array>(from: Uint8Array | Uint16Array, length: number, like: T): T {
  const to = (like instanceof Uint8Array ? new Uint8Array(length) : new Uint16Array(length)) as T;
  to.set(from);
  return to;
}

/** Whether the pool holds the same code units from `first` on and from `second` on, for `length` of them. */
function samePoolRanges(pool: Uint8Array | Uint16Array, first: number, second: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (pool[first + i] !== pool[second + i]) return false;
  return true;
}

/** Slots for this many keys, at most MAX_LOAD full (a power of two of them). */
function emptySlots(keys: number): Int32Array {
  let slotCount = 8;
  while (slotCount * MAX_LOAD < keys) slotCount *= 2;
  return new Int32Array(slotCount * SLOT);
}

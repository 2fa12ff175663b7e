/**
 * The user's film data in IndexedDB (store `userFilms` of lib/db.ts, keyed by film id). Film ids are
 * the slug of the original title and the year (lib/catalogue/slug.ts), so they stay the same across
 * catalogue versions and the entries need no migration when the catalogue changes; each entry also
 * keeps the title and year it was stored under, for a film a later catalogue might lose.
 * Every write that belongs together is one transaction: an import is stored entirely or not at all.
 */
import type { Confirmation, Correction, FilmlupeDatabase } from '../db';
import { isEmptyUserFilm, mergedByFilm, mergeUserFilms, setSeen, setWatchlist, type FilmRef } from './model';
import type { ProgressCallback, UserFilm } from './types';

/**
 * Merges the entries of an import (`prepareImport(...).entries`) into what is stored, in one
 * transaction: if it fails (quota, a closed database), nothing of the import is stored.
 * Returns how many films were new.
 */
export async function applyImport(db: FilmlupeDatabase, entries: readonly UserFilm[], onProgress?: ProgressCallback): Promise<number> {
  const tx = db.transaction('userFilms', 'readwrite');
  let added = 0;
  onProgress?.(0, entries.length);
  await allOrNothing(tx, async (writes) => {
    added = await putMerged(tx.store, entries, writes);
  });
  onProgress?.(entries.length, entries.length);
  return added;
}

/** The user store as `putMerged` uses it, in a transaction over it alone or over all user stores. */
interface UserFilmStore {
  get(filmId: string): Promise<UserFilm | undefined>;
  put(entry: UserFilm): Promise<unknown>;
}

/**
 * Issues a put of each film merged with what is stored; returns how many films were not stored
 * before. All reads are issued at once, then all writes (one round trip each instead of one per
 * film), so several entries of one film are merged first: the second put would drop the first.
 */
async function putMerged(store: UserFilmStore, entries: readonly UserFilm[], writes: Promise<unknown>[]): Promise<number> {
  const films = mergedByFilm(entries);
  const stored = await Promise.all(films.map((entry) => store.get(entry.filmId)));
  let added = 0;
  films.forEach((entry, i) => {
    const known = stored[i];
    if (known === undefined) added++;
    writes.push(store.put(known === undefined ? entry : mergeUserFilms(known, entry)));
  });
  return added;
}

/**
 * Runs the writes and waits for the commit; any error aborts the transaction. Needed because a put
 * that throws at once (a value IndexedDB cannot clone) does not abort it: the writes before it would
 * be committed without it.
 */
async function allOrNothing(tx: { abort(): void; done: Promise<void> }, issue: (writes: Promise<unknown>[]) => Promise<void>): Promise<void> {
  const writes: Promise<unknown>[] = [];
  try {
    await issue(writes);
    await Promise.all(writes);
  } catch (error) {
    // The writes issued before the error fail with the abort: that is expected, not an error of its own.
    for (const write of writes) write.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
}

/** The user's data on one film, or undefined: one key read, for the card. */
export async function userFilm(db: FilmlupeDatabase, filmId: string): Promise<UserFilm | undefined> {
  return db.get('userFilms', filmId);
}

/** Films on the watchlist, the most recently added first (undated ones last), read from the sparse index. */
export async function watchlist(db: FilmlupeDatabase): Promise<UserFilm[]> {
  const films = await db.getAllFromIndex('userFilms', 'byWatchlist');
  return films.reverse();
}

export async function allUserFilms(db: FilmlupeDatabase): Promise<UserFilm[]> {
  return db.getAll('userFilms');
}

export async function countUserFilms(db: FilmlupeDatabase): Promise<number> {
  return db.count('userFilms');
}

/** "Alle meine Filmdaten löschen": ratings, viewings, watchlist and reviews. Corrections stay (db.clearCorrections). */
export async function clearUserFilms(db: FilmlupeDatabase): Promise<void> {
  await db.clear('userFilms');
}

/** The user puts a film on the watchlist or takes it off (`today`: ISO date). Returns the entry as stored now. */
export async function putOnWatchlist(db: FilmlupeDatabase, film: FilmRef, onList: boolean, today: string): Promise<UserFilm | undefined> {
  return change(db, film.id, (entry) => setWatchlist(entry, film, onList, today));
}

/** The user marks a film as seen (on `date`, if given) or not seen. Returns the entry as stored now. */
export async function markSeen(db: FilmlupeDatabase, film: FilmRef, seen: boolean, date: string | null = null): Promise<UserFilm | undefined> {
  return change(db, film.id, (entry) => setSeen(entry, film, seen, date));
}

/** Read, change and write one entry in one transaction; an entry left saying nothing is deleted. */
async function change(db: FilmlupeDatabase, filmId: string, update: (entry: UserFilm | undefined) => UserFilm): Promise<UserFilm | undefined> {
  const tx = db.transaction('userFilms', 'readwrite');
  const next = update(await tx.store.get(filmId));
  if (isEmptyUserFilm(next)) await tx.store.delete(filmId);
  else await tx.store.put(next);
  await tx.done;
  return isEmptyUserFilm(next) ? undefined : next;
}

/** What a backup restores (backup.ts has read and checked it). */
export interface RestoredData {
  films: UserFilm[];
  corrections: Correction[];
  confirmations: Confirmation[];
}

/**
 * Restores a backup in one transaction over the user stores: films merged into what is stored (as an
 * import: nothing is lost), corrections and confirmations added (their keys make a repeat a no-op).
 * Returns how many films were not stored before.
 */
export async function restoreBackup(db: FilmlupeDatabase, data: RestoredData): Promise<number> {
  const tx = db.transaction(['userFilms', 'corrections', 'confirmations'], 'readwrite');
  let added = 0;
  await allOrNothing(tx, async (writes) => {
    added = await putMerged(tx.objectStore('userFilms'), data.films, writes);
    for (const correction of data.corrections) writes.push(tx.objectStore('corrections').put(correction));
    for (const confirmation of data.confirmations) writes.push(tx.objectStore('confirmations').put(confirmation));
  });
  return added;
}

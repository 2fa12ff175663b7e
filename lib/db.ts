/**
 * The background's IndexedDB (through idb). Two kinds of stores live here:
 * - user stores (`corrections`, `confirmations`): what the user told us ("Nicht dieser Film", "Ja" to
 *   "Ist das …?"). Never cleared by an update or an upgrade; only the user's own "Korrekturen löschen"
 *   empties the corrections;
 * - former catalogue stores (`films`, `reviews`, `meta`): versions up to issue 15 kept a copy of the
 *   bundled catalogue there. The background now answers from the catalogue in memory (reading 36k
 *   films back at every worker start cost ~2 s before the first answer), so nothing writes or reads
 *   them; `dropCatalogueCopy` empties them once. They stay in the schema: the upgrade history is
 *   unchanged and a later version may remove them with its own step.
 * Schema changes: bump DB_VERSION and add one `if (oldVersion < N)` step to `upgrade`. A version never
 * drops or reshapes a user store (new fields are optional, new data goes to new stores): a database
 * a newer version left is read by an older one as it is (an extension rolled back, `openFilmlupeDB`).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Film, Review } from './catalogue/types';
import type { UserFilm } from './userdata/types';

/** A "Nicht dieser Film" correction: the match of `titleKey` to `filmId` is hidden from now on. */
export interface Correction {
  /** `titleKey(text)` from lib/title/match.ts: the normalised whole title. */
  titleKey: string;
  filmId: string;
  /** The title as the page showed it, for the user's eyes only. */
  text: string;
  /** Epoch milliseconds. */
  createdAt: number;
}

/**
 * A "Ja" to "Ist das *Heat* (1995)?": the match of `titleKey` to `filmId` is sure from now on, on every
 * site. Same fields as a correction (the answer is the other way round).
 */
export type Confirmation = Correction;

export interface FilmlupeDB extends DBSchema {
  films: { key: string; value: Film };
  reviews: { key: string; value: Review; indexes: { byFilm: string } };
  /** Out-of-line keys; holds `dataVersion`. */
  meta: { key: string; value: string };
  corrections: { key: [string, string]; value: Correction };
  confirmations: { key: [string, string]; value: Confirmation };
  /** The user's ratings, viewings, watchlist and reviews per film id (a user store; lib/userdata/store.ts). */
  userFilms: { key: string; value: UserFilm; indexes: { byWatchlist: string } };
}

export type FilmlupeDatabase = IDBPDatabase<FilmlupeDB>;

export const DB_NAME = 'filmlupe';
/**
 * 1: films, reviews, meta, corrections.
 * 2: `reviews.byFilm` index, so the popover's reviews are one index read instead of a scan.
 * 3: `confirmations`, beside the corrections (a user store: seeds never touch it).
 * 4: `userFilms` (a user store: imported and own ratings, viewings, watchlist, reviews), with the sparse
 *    index `byWatchlist` on `watchlistSince` (only films on the watchlist have it).
 */
export const DB_VERSION = 4;

/**
 * Opens the database at DB_VERSION, upgrading an older one. A database of a newer version (the
 * extension was rolled back) is opened as it is: its user stores are read and written as they are,
 * which holds because of the rule above (a version never drops or reshapes a user store).
 * The connection gives way to a newer version that wants to open (an update while this worker runs):
 * it closes and tells `onClosed`, instead of blocking that upgrade.
 */
export async function openFilmlupeDB(onClosed?: () => void): Promise<FilmlupeDatabase> {
  const giveWay = {
    blocking(_current: number, _blocked: number | null, event: IDBVersionChangeEvent) {
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated: () => onClosed?.(),
  };
  try {
    return await openDB<FilmlupeDB>(DB_NAME, DB_VERSION, { upgrade, ...giveWay });
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name !== 'VersionError') throw error;
    return openDB<FilmlupeDB>(DB_NAME, undefined, giveWay);
  }
}

/** One step per version; each step runs once, on a database older than its version. */
function upgrade(db: IDBPDatabase<FilmlupeDB>, oldVersion: number, _newVersion: number | null, transaction: IDBPTransaction<FilmlupeDB, StoreNames<FilmlupeDB>[], 'versionchange'>) {
  if (oldVersion < 1) {
    db.createObjectStore('films', { keyPath: 'id' });
    db.createObjectStore('reviews', { keyPath: 'id' });
    db.createObjectStore('meta');
    db.createObjectStore('corrections', { keyPath: ['titleKey', 'filmId'] });
  }
  if (oldVersion < 2) {
    transaction.objectStore('reviews').createIndex('byFilm', 'filmId');
  }
  if (oldVersion < 3) {
    db.createObjectStore('confirmations', { keyPath: ['titleKey', 'filmId'] });
  }
  if (oldVersion < 4) {
    db.createObjectStore('userFilms', { keyPath: 'filmId' }).createIndex('byWatchlist', 'watchlistSince');
  }
}

const DATA_VERSION_KEY = 'dataVersion';

/** The data version of the catalogue copy an earlier version wrote, if it is still there. */
export async function storedDataVersion(db: FilmlupeDatabase): Promise<string | undefined> {
  return db.get('meta', DATA_VERSION_KEY);
}

/**
 * Empties the catalogue stores an earlier version filled (in one transaction; user stores are not
 * part of it). Returns whether there was a copy to drop.
 */
export async function dropCatalogueCopy(db: FilmlupeDatabase): Promise<boolean> {
  // A newer version (the extension was rolled back) may have removed these stores with its own step.
  if (!(['films', 'reviews', 'meta'] as const).every((store) => db.objectStoreNames.contains(store))) return false;
  if ((await storedDataVersion(db)) === undefined) return false;
  const tx = db.transaction(['films', 'reviews', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('films').clear(), tx.objectStore('reviews').clear(), tx.objectStore('meta').clear(), tx.done]);
  return true;
}

/**
 * Stores a correction and drops a confirmation of the same title and film ("Nicht dieser Film?" after a
 * "Ja": the later answer wins), in one transaction: a failed write (storage full) changes neither.
 */
export async function putCorrection(db: FilmlupeDatabase, correction: Correction): Promise<void> {
  const tx = db.transaction(['corrections', 'confirmations'], 'readwrite');
  await Promise.all([
    tx.objectStore('corrections').put(correction),
    tx.objectStore('confirmations').delete([correction.titleKey, correction.filmId]),
    tx.done,
  ]);
}

export async function allCorrections(db: FilmlupeDatabase): Promise<Correction[]> {
  return db.getAll('corrections');
}

export async function countCorrections(db: FilmlupeDatabase): Promise<number> {
  return db.count('corrections');
}

export async function clearCorrections(db: FilmlupeDatabase): Promise<void> {
  await db.clear('corrections');
}

export async function putConfirmation(db: FilmlupeDatabase, confirmation: Confirmation): Promise<void> {
  await db.put('confirmations', confirmation);
}

export async function allConfirmations(db: FilmlupeDatabase): Promise<Confirmation[]> {
  return db.getAll('confirmations');
}

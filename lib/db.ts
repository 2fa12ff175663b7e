/**
 * The background's IndexedDB (through idb). Two kinds of stores live here:
 * - catalogue stores (`films`, `reviews`, `meta`): a copy of the bundled catalogue, replaced as a whole
 *   whenever the bundled `dataVersion` changes (install, update);
 * - user stores (`corrections`, `confirmations`): what the user told us ("Nicht dieser Film", "Ja" to
 *   "Ist das …?"). Never cleared by a re-seed or an upgrade; only the user's own "Korrekturen löschen"
 *   empties the corrections.
 * Schema changes: bump DB_VERSION and add one `if (oldVersion < N)` step to `upgrade`.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Catalogue, Film, Review } from './catalogue/types';

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
}

export type FilmlupeDatabase = IDBPDatabase<FilmlupeDB>;

export const DB_NAME = 'filmlupe';
/**
 * 1: films, reviews, meta, corrections.
 * 2: `reviews.byFilm` index, so the popover's reviews are one index read instead of a scan.
 * 3: `confirmations`, beside the corrections (a user store: seeds never touch it).
 */
export const DB_VERSION = 3;

export function openFilmlupeDB(): Promise<FilmlupeDatabase> {
  return openDB<FilmlupeDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
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
    },
  });
}

const DATA_VERSION_KEY = 'dataVersion';

export async function storedDataVersion(db: FilmlupeDatabase): Promise<string | undefined> {
  return db.get('meta', DATA_VERSION_KEY);
}

/**
 * Replaces films, reviews and the data version in one transaction when the stored data version
 * differs from the catalogue's. Returns whether it wrote. User stores are not part of the transaction.
 */
export async function seedCatalogue(db: FilmlupeDatabase, catalogue: Catalogue): Promise<boolean> {
  const tx = db.transaction(['films', 'reviews', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  if ((await meta.get(DATA_VERSION_KEY)) === catalogue.dataVersion) {
    await tx.done;
    return false;
  }
  const films = tx.objectStore('films');
  const reviews = tx.objectStore('reviews');
  await Promise.all([films.clear(), reviews.clear()]);
  await Promise.all([
    ...catalogue.films.map((film) => films.put(film)),
    ...catalogue.reviews.map((review) => reviews.put(review)),
    meta.put(catalogue.dataVersion, DATA_VERSION_KEY),
  ]);
  await tx.done;
  return true;
}

export async function allFilms(db: FilmlupeDatabase): Promise<Film[]> {
  return db.getAll('films');
}

export async function reviewsOfFilm(db: FilmlupeDatabase, filmId: string): Promise<Review[]> {
  return db.getAllFromIndex('reviews', 'byFilm', filmId);
}

export async function putCorrection(db: FilmlupeDatabase, correction: Correction): Promise<void> {
  await db.put('corrections', correction);
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

/** A correction of the same title and film outranks a confirmation: the later answer wins. */
export async function deleteConfirmation(db: FilmlupeDatabase, titleKey: string, filmId: string): Promise<void> {
  await db.delete('confirmations', [titleKey, filmId]);
}

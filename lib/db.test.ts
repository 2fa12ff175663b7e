import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import {
  DB_NAME,
  DB_VERSION,
  allConfirmations,
  allCorrections,
  countCorrections,
  dropCatalogueCopy,
  openFilmlupeDB,
  putConfirmation,
  putCorrection,
  storedDataVersion,
  type Confirmation,
  type Correction,
} from './db';
import { testCatalogue, writeOldCatalogueCopy } from './background/test-fixtures';

const correction: Correction = { titleKey: 'drive', filmId: 'the-driver-1978', text: 'Drive', createdAt: 1 };
const confirmation: Confirmation = { titleKey: 'collateral', filmId: 'collateral-2004', text: 'Collateral', createdAt: 2 };

/**
 * A database of an older version as it shipped, holding a correction and the test catalogue:
 * version 1: films, reviews, meta, corrections; version 2 adds the reviews.byFilm index.
 */
async function shippedDatabase(version: 1 | 2, dataVersion: string) {
  const old = await openDB(DB_NAME, version, {
    upgrade(db, _oldVersion, _newVersion, transaction) {
      db.createObjectStore('films', { keyPath: 'id' });
      db.createObjectStore('reviews', { keyPath: 'id' });
      db.createObjectStore('meta');
      db.createObjectStore('corrections', { keyPath: ['titleKey', 'filmId'] });
      if (version === 2) transaction.objectStore('reviews').createIndex('byFilm', 'filmId');
    },
  });
  const catalogue = testCatalogue(dataVersion);
  await old.put('corrections', correction);
  await old.put('meta', dataVersion, 'dataVersion');
  for (const film of catalogue.films) await old.put('films', film);
  for (const review of catalogue.reviews) await old.put('reviews', review);
  old.close();
  return catalogue;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('dropCatalogueCopy', () => {
  it('empties the catalogue copy of an earlier version and keeps the corrections and confirmations', async () => {
    const db = await openFilmlupeDB();
    await writeOldCatalogueCopy(db, testCatalogue('v1'));
    await putCorrection(db, correction);
    await putConfirmation(db, confirmation);

    expect(await dropCatalogueCopy(db)).toBe(true);
    expect(await db.count('films')).toBe(0);
    expect(await db.count('reviews')).toBe(0);
    expect(await storedDataVersion(db)).toBeUndefined();
    expect(await allCorrections(db)).toEqual([correction]);
    expect(await allConfirmations(db)).toEqual([confirmation]);
  });

  it('does nothing on a database without a copy (a fresh install, or dropped before)', async () => {
    const db = await openFilmlupeDB();
    await putCorrection(db, correction);
    expect(await dropCatalogueCopy(db)).toBe(false);
    expect(await allCorrections(db)).toEqual([correction]);
  });
});

describe('openFilmlupeDB upgrade', () => {
  it('keeps corrections and the catalogue when a version 1 database is upgraded', async () => {
    await shippedDatabase(1, 'v1');

    const db = await openFilmlupeDB();
    expect(db.version).toBe(DB_VERSION);
    expect(await allCorrections(db)).toEqual([correction]);
    expect(await countCorrections(db)).toBe(1);
    expect((await db.getAllFromIndex('reviews', 'byFilm', 'the-driver-1978')).map((review) => review.id)).toEqual(['the-driver-1978-kritik-a']);
    expect(await storedDataVersion(db)).toBe('v1');
  });

  it('adds the confirmations store to a version 2 database and keeps its catalogue and corrections', async () => {
    const old = await shippedDatabase(2, 'v2');

    const db = await openFilmlupeDB();
    expect(db.version).toBe(DB_VERSION);
    expect(await allConfirmations(db)).toEqual([]);
    await putConfirmation(db, confirmation);
    expect(await allConfirmations(db)).toEqual([confirmation]);
    expect(await allCorrections(db)).toEqual([correction]);
    expect((await db.getAll('films')).map((film) => film.id).sort()).toEqual(old.films.map((film) => film.id).sort());
    expect((await db.getAllFromIndex('reviews', 'byFilm', 'drive-2011')).map((review) => review.id).sort()).toEqual(['drive-2011-kritik-a', 'drive-2011-kritik-b']);
    expect(await storedDataVersion(db)).toBe('v2');
  });
});

describe('openFilmlupeDB on a database of a newer version (the extension was rolled back)', () => {
  it('opens it as it is and reads its corrections and confirmations', async () => {
    // A later version may add stores and drop the former catalogue stores; the user stores stay.
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(db) {
        db.createObjectStore('corrections', { keyPath: ['titleKey', 'filmId'] });
        db.createObjectStore('confirmations', { keyPath: ['titleKey', 'filmId'] });
        db.createObjectStore('lists', { keyPath: 'id' });
      },
    });
    await newer.put('corrections', correction);
    await newer.put('confirmations', confirmation);
    newer.close();

    const db = await openFilmlupeDB();
    expect(db.version).toBe(DB_VERSION + 1);
    expect(await allCorrections(db)).toEqual([correction]);
    expect(await allConfirmations(db)).toEqual([confirmation]);
    expect(await dropCatalogueCopy(db), 'no catalogue stores to drop').toBe(false);
    await putCorrection(db, { ...correction, filmId: 'drive-2011' });
    expect(await countCorrections(db)).toBe(2);
  });
});

describe('openFilmlupeDB gives way to a newer version', () => {
  it('closes its connection when a newer version opens (an update while the worker runs), and says so', async () => {
    let closed = 0;
    await openFilmlupeDB(() => closed++);
    const newer = await openDB(DB_NAME, DB_VERSION + 1, { blocked: () => { throw new Error('blocked by our connection'); } });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(closed).toBe(1);
    newer.close();
  });
});

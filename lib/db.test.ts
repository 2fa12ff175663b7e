import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import {
  DB_NAME,
  allCorrections,
  countCorrections,
  dropCatalogueCopy,
  openFilmlupeDB,
  putCorrection,
  storedDataVersion,
  type Correction,
} from './db';
import { testCatalogue, writeOldCatalogueCopy } from './background/test-fixtures';

const correction: Correction = { titleKey: 'drive', filmId: 'the-driver-1978', text: 'Drive', createdAt: 1 };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('dropCatalogueCopy', () => {
  it('empties the catalogue copy of an earlier version and keeps the corrections', async () => {
    const db = await openFilmlupeDB();
    await writeOldCatalogueCopy(db, testCatalogue('v1'));
    await putCorrection(db, correction);

    expect(await dropCatalogueCopy(db)).toBe(true);
    expect(await db.count('films')).toBe(0);
    expect(await db.count('reviews')).toBe(0);
    expect(await storedDataVersion(db)).toBeUndefined();
    expect(await allCorrections(db)).toEqual([correction]);
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
    // Version 1 as it shipped: the same stores, no reviews.byFilm index.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('films', { keyPath: 'id' });
        db.createObjectStore('reviews', { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('corrections', { keyPath: ['titleKey', 'filmId'] });
      },
    });
    const old = testCatalogue('v1');
    await v1.put('corrections', correction);
    await v1.put('meta', 'v1', 'dataVersion');
    for (const film of old.films) await v1.put('films', film);
    for (const review of old.reviews) await v1.put('reviews', review);
    v1.close();

    const db = await openFilmlupeDB();
    expect(db.version).toBe(2);
    expect(await allCorrections(db)).toEqual([correction]);
    expect(await countCorrections(db)).toBe(1);
    expect((await db.getAllFromIndex('reviews', 'byFilm', 'the-driver-1978')).map((review) => review.id)).toEqual(['the-driver-1978-kritik-a']);
    expect(await storedDataVersion(db)).toBe('v1');
  });
});

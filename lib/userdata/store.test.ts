import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { DB_NAME, allConfirmations, allCorrections, openFilmlupeDB, putCorrection, type Correction } from '../db';
import { prepareImport } from './import';
import { emptyUserFilm } from './model';
import { allUserFilms, applyImport, clearUserFilms, countUserFilms, markSeen, putOnWatchlist, restoreBackup, userFilm, watchlist } from './store';
import { fixture, importTestIndex } from './test-catalogue';
import type { UserFilm } from './types';

const index = importTestIndex();
const ZIP = 'letterboxd-testperson-2024-07-01-12-00-utc.zip';
const HEAT = { id: 'heat-1995', title: 'Heat', year: 1995 };
const correction: Correction = { titleKey: 'drive', filmId: 'the-driver-1978', text: 'Drive', createdAt: 1 };

const byId = (films: UserFilm[]) => [...films].sort((a, b) => a.filmId.localeCompare(b.filmId));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('applyImport', () => {
  it('stores every film of an import, and the same import again changes nothing', async () => {
    const db = await openFilmlupeDB();
    const plan = await prepareImport([fixture(ZIP), fixture('imdb-ratings.csv')], index);
    expect(await applyImport(db, plan.entries)).toBe(plan.entries.length);
    const once = byId(await allUserFilms(db));
    expect(once).toEqual(byId(plan.entries));

    const again = await prepareImport([fixture(ZIP), fixture('imdb-ratings.csv')], index);
    expect(await applyImport(db, again.entries)).toBe(0);
    expect(byId(await allUserFilms(db))).toEqual(once);
  });

  it('merges a second export into what is stored, keeping the user’s own watchlist', async () => {
    const db = await openFilmlupeDB();
    await putOnWatchlist(db, HEAT, true, '2024-07-01');
    await applyImport(db, (await prepareImport([fixture('imdb-ratings.csv')], index)).entries);
    expect(await userFilm(db, 'heat-1995')).toMatchObject({ watchlistSince: '2024-07-01', rating: { value: 8, scale: 10 }, sources: ['filmlupe', 'imdb'] });
  });

  it('stores nothing when the transaction fails (all or nothing)', async () => {
    const db = await openFilmlupeDB();
    const plan = await prepareImport([fixture(ZIP)], index);
    // A value IndexedDB cannot store (a function) in the last entry makes its put throw inside the transaction.
    const broken = [...plan.entries.slice(0, -1), { ...plan.entries.at(-1), filmId: 'broken', title: (() => 'x') as unknown as string } as UserFilm];
    await expect(applyImport(db, broken)).rejects.toThrow();
    expect(await countUserFilms(db)).toBe(0);
  });

  it('reports progress of the write', async () => {
    const db = await openFilmlupeDB();
    const reports: [number, number][] = [];
    await applyImport(db, [emptyUserFilm(HEAT)], (done, total) => reports.push([done, total]));
    expect(reports).toEqual([[0, 1], [1, 1]]);
  });
});

describe('reading for the card and the popup', () => {
  it('reads one film’s entry, or nothing for a film without data', async () => {
    const db = await openFilmlupeDB();
    await applyImport(db, (await prepareImport([fixture(ZIP)], index)).entries);
    expect(await userFilm(db, 'heat-1995')).toMatchObject({ rating: { value: 5, scale: 5 }, seen: true });
    expect(await userFilm(db, 'alien-1979')).toMatchObject({ seen: true, rating: null });
    expect(await userFilm(db, 'seven-1995')).toBeUndefined();
  });

  it('lists the watchlist, the most recently added first, and only it', async () => {
    const db = await openFilmlupeDB();
    await applyImport(db, (await prepareImport([fixture(ZIP)], index)).entries);
    await putOnWatchlist(db, { id: 'alien-1979', title: 'Alien', year: 1979 }, true, '2024-07-02');
    expect((await watchlist(db)).map((film) => film.filmId)).toEqual(['alien-1979', 'pulp-fiction-1994', 'fargo-1996', 'thief-1981']);
    await putOnWatchlist(db, { id: 'thief-1981', title: 'Thief', year: 1981 }, false, '2024-07-03');
    expect((await watchlist(db)).map((film) => film.filmId)).toEqual(['alien-1979', 'pulp-fiction-1994', 'fargo-1996']);
    // Thief said nothing else: its entry is gone, not left empty.
    expect(await userFilm(db, 'thief-1981')).toBeUndefined();
  });

  it('marks a film seen and not seen', async () => {
    const db = await openFilmlupeDB();
    expect(await markSeen(db, HEAT, true, '2024-07-01')).toMatchObject({ seen: true, seenDates: ['2024-07-01'] });
    expect(await markSeen(db, HEAT, false)).toBeUndefined();
    expect(await countUserFilms(db)).toBe(0);
  });
});

describe('clearUserFilms', () => {
  it('deletes all the user’s film data and keeps the corrections', async () => {
    const db = await openFilmlupeDB();
    await applyImport(db, (await prepareImport([fixture(ZIP)], index)).entries);
    await putCorrection(db, correction);
    await clearUserFilms(db);
    expect(await countUserFilms(db)).toBe(0);
    expect(await allCorrections(db)).toEqual([correction]);
  });
});

describe('restoreBackup', () => {
  it('restores films, corrections and confirmations in one go, merging into what is there', async () => {
    const db = await openFilmlupeDB();
    await putOnWatchlist(db, HEAT, true, '2024-07-01');
    const confirmation = { ...correction, titleKey: 'heat', filmId: 'heat-1995', text: 'Heat' };
    await restoreBackup(db, { films: [{ ...emptyUserFilm(HEAT), seen: true, sources: ['letterboxd'] }], corrections: [correction], confirmations: [confirmation] });
    expect(await userFilm(db, 'heat-1995')).toMatchObject({ seen: true, watchlistSince: '2024-07-01', sources: ['filmlupe', 'letterboxd'] });
    expect(await allCorrections(db)).toEqual([correction]);
    expect(await allConfirmations(db)).toEqual([confirmation]);
  });

  it('restores nothing, not even the corrections, when one film cannot be stored', async () => {
    const db = await openFilmlupeDB();
    const broken = { ...emptyUserFilm(HEAT), title: (() => 'x') as unknown as string };
    await expect(restoreBackup(db, { films: [broken], corrections: [correction], confirmations: [] })).rejects.toThrow();
    expect(await allCorrections(db)).toEqual([]);
    expect(await countUserFilms(db)).toBe(0);
  });
});

describe('the version 4 upgrade', () => {
  it('adds the user film store to a version 3 database and keeps corrections and confirmations', async () => {
    const old = await openDB(DB_NAME, 3, {
      upgrade(db) {
        db.createObjectStore('films', { keyPath: 'id' });
        db.createObjectStore('reviews', { keyPath: 'id' }).createIndex('byFilm', 'filmId');
        db.createObjectStore('meta');
        db.createObjectStore('corrections', { keyPath: ['titleKey', 'filmId'] });
        db.createObjectStore('confirmations', { keyPath: ['titleKey', 'filmId'] });
      },
    });
    await old.put('corrections', correction);
    await old.put('confirmations', { ...correction, titleKey: 'heat' });
    old.close();

    const db = await openFilmlupeDB();
    expect(db.version).toBe(4);
    expect(await allCorrections(db)).toEqual([correction]);
    expect(await allConfirmations(db)).toEqual([{ ...correction, titleKey: 'heat' }]);
    await applyImport(db, (await prepareImport([fixture(ZIP)], index)).entries);
    expect(await countUserFilms(db)).toBe(9);
  });

  it('keeps the user’s films when the catalogue changes: entries are keyed by the stable film id and name their film', async () => {
    const db = await openFilmlupeDB();
    await applyImport(db, (await prepareImport([fixture(ZIP)], index)).entries);
    db.close();
    // A later start (a new catalogue version) opens the same database: nothing in it depends on the catalogue.
    const reopened = await openFilmlupeDB();
    expect(await userFilm(reopened, 'heat-1995')).toMatchObject({ filmId: 'heat-1995', title: 'Heat', year: 1995 });
  });
});

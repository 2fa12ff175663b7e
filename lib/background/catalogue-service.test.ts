import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { IDBFactory } from 'fake-indexeddb';
import { CatalogueService } from './catalogue-service';
import * as matcher from '../title/match';
import { testCatalogue, testCatalogueWithBase, writeOldCatalogueCopy } from './test-fixtures';
import { DB_NAME, DB_VERSION, allConfirmations, allCorrections, openFilmlupeDB, storedDataVersion, type FilmlupeDatabase } from '../db';

function service(dataVersion = 'test-1') {
  return new CatalogueService({ bundled: testCatalogue(dataVersion), matcher });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function withBase(dataVersion = 'test-1') {
  return new CatalogueService({ bundled: testCatalogueWithBase(dataVersion), matcher });
}

const COLLATERAL = { id: 'collateral-2004', title: 'Collateral', year: 2004 };

describe('CatalogueService: "Ist das …?" answered', () => {
  it('a base film named by its title alone is unsure; "Ja" makes it sure for that title, also in a later worker', async () => {
    const catalogue = withBase();
    expect(await catalogue.matchTitles([{ text: 'Collateral' }])).toEqual([{ ...COLLATERAL, sure: false }]);
    await catalogue.confirmMatch('Collateral', 'collateral-2004');
    expect(await catalogue.matchTitles([{ text: 'COLLATERAL' }, { text: 'Drive' }])).toEqual([
      { ...COLLATERAL, sure: true },
      { id: 'drive-2011', title: 'Drive', year: 2011, sure: true },
    ]);
    expect(await withBase().matchTitles([{ text: 'Collateral' }])).toEqual([{ ...COLLATERAL, sure: true }]);
  });

  it('"Nein" (a correction) answers null, and wins over an earlier "Ja"', async () => {
    const catalogue = withBase();
    await catalogue.confirmMatch('Collateral', 'collateral-2004');
    await catalogue.addCorrection('Collateral', 'collateral-2004');
    expect(await catalogue.matchTitles([{ text: 'Collateral' }])).toEqual([null]);
    expect(await allConfirmations(await openFilmlupeDB())).toEqual([]);
    expect(await withBase().matchTitles([{ text: 'Collateral' }])).toEqual([null]);
  });

  it('a catalogue upgrade (new data version, the old copy dropped) keeps confirmations and corrections', async () => {
    const before = withBase('v1');
    await before.confirmMatch('Collateral', 'collateral-2004');
    await before.addCorrection('Drive', 'drive-2011');
    await writeOldCatalogueCopy(await openFilmlupeDB(), testCatalogueWithBase('v1'));
    const updated = withBase('v2');
    expect(await updated.dropCatalogueCopy()).toBe(true);
    expect(await updated.matchTitles([{ text: 'Collateral' }, { text: 'Drive' }])).toEqual([{ ...COLLATERAL, sure: true }, null]);
    const database = await openFilmlupeDB();
    expect((await allConfirmations(database)).map((c) => [c.titleKey, c.filmId])).toEqual([['collateral', 'collateral-2004']]);
    expect(await allCorrections(database)).toHaveLength(1);
  });

  it('without IndexedDB a confirmation is refused (it would be lost when the worker stops) and changes nothing', async () => {
    const catalogue = new CatalogueService({ bundled: testCatalogueWithBase(), matcher, openDb: () => Promise.reject(new Error('no IndexedDB')) });
    await expect(catalogue.confirmMatch('Collateral', 'collateral-2004')).rejects.toThrow('IndexedDB');
    expect(await catalogue.matchTitles([{ text: 'Collateral' }])).toEqual([{ ...COLLATERAL, sure: false }]);
  });
});

describe('CatalogueService', () => {
  it('matches a batch of titles in order, null where nothing matches', async () => {
    const result = await service().matchTitles([
      { text: 'Drive' },
      { text: 'Unbekannter Film' },
      { text: 'The Driver', year: 1978 },
      { text: 'Driver', year: 2011 },
    ]);
    expect(result).toEqual([
      { id: 'drive-2011', title: 'Drive', year: 2011, sure: true },
      null,
      { id: 'the-driver-1978', title: 'Driver', year: 1978, sure: true },
      null,
    ]);
  });

  it('loads a catalogue given as a function once per worker life, and again after a failed load', async () => {
    let calls = 0;
    const catalogue = new CatalogueService({
      bundled: async () => {
        calls += 1;
        if (calls === 1) throw new Error('base-films-1.json: 404');
        return testCatalogue();
      },
      matcher,
    });
    await expect(catalogue.prepare()).rejects.toThrow('base-films-1.json: 404');
    await catalogue.prepare();
    expect(await catalogue.matchTitles([{ text: 'The Driver', year: 1978 }])).toEqual([{ id: 'the-driver-1978', title: 'Driver', year: 1978, sure: true }]);
    expect(await catalogue.search('Drive')).not.toEqual([]);
    expect(calls).toBe(2);
  });

  it('hides a corrected match for that title only, also for a worker started later', async () => {
    await service().addCorrection('Drive', 'drive-2011');

    const restarted = service();
    expect(await restarted.matchTitles([{ text: 'drive' }, { text: 'The Driver' }])).toEqual([
      null,
      { id: 'the-driver-1978', title: 'Driver', year: 1978, sure: true },
    ]);
    expect(await restarted.countCorrections()).toBe(1);
  });

  it('applies a correction the settings page stored (a backup restored) once told to read the user data anew', async () => {
    const running = service();
    expect(await running.matchTitles([{ text: 'Drive' }])).toEqual([{ id: 'drive-2011', title: 'Drive', year: 2011, sure: true }]);
    const database = await openFilmlupeDB();
    await database.put('corrections', { titleKey: 'drive', filmId: 'drive-2011', text: 'Drive', createdAt: 1 });
    database.close();

    await running.reloadUserData();
    expect(await running.matchTitles([{ text: 'Drive' }])).toEqual([null]);
  });

  it('shows corrected matches again after clearCorrections', async () => {
    const catalogue = service();
    await catalogue.addCorrection('Drive', 'drive-2011');
    await catalogue.clearCorrections();
    expect(await catalogue.matchTitles([{ text: 'Drive' }])).toEqual([{ id: 'drive-2011', title: 'Drive', year: 2011, sure: true }]);
    expect(await catalogue.countCorrections()).toBe(0);
  });

  it('keeps corrections when the catalogue copy of an earlier version is dropped', async () => {
    const database = await openFilmlupeDB();
    await writeOldCatalogueCopy(database, testCatalogue('v1'));
    database.close();
    await service('v1').addCorrection('Drive', 'drive-2011');

    const updated = service('v2');
    expect(await updated.dropCatalogueCopy()).toBe(true);
    expect(await updated.matchTitles([{ text: 'Drive' }])).toEqual([null]);
    const after = await openFilmlupeDB();
    expect(await allCorrections(after)).toHaveLength(1);
    expect(await storedDataVersion(after)).toBeUndefined();
  });

  it('answers while IndexedDB work on the catalogue copy is held back', async () => {
    const database = await openFilmlupeDB();
    await writeOldCatalogueCopy(database, testCatalogue('v1'));
    // A stand-in database whose reads and writes of the catalogue stores answer only when the test lets them.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const catalogueStores = ['films', 'reviews', 'meta'];
    const slow = new Proxy(database, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const stores = ([] as unknown[]).concat(args[0]);
          if (property !== 'transaction' && property !== 'close' && stores.some((store) => catalogueStores.includes(String(store)))) {
            return held.then(() => value.apply(target, args));
          }
          return value.apply(target, args);
        };
      },
    }) as FilmlupeDatabase;
    const catalogue = new CatalogueService({ bundled: testCatalogue('v2'), matcher, openDb: async () => slow });

    let dropped = false;
    const drop = catalogue.dropCatalogueCopy().then((result) => (dropped = result));
    expect(await catalogue.matchTitles([{ text: 'Drive' }])).toEqual([{ id: 'drive-2011', title: 'Drive', year: 2011, sure: true }]);
    expect((await catalogue.getFilmDetails('drive-2011'))?.reviews).toHaveLength(2);
    expect(dropped).toBe(false);
    release();
    await drop;
    expect(dropped).toBe(true);
  });

  it('gives a film with its reviews', async () => {
    const details = await service().getFilmDetails('drive-2011');
    expect(details?.film.germanTitle).toBe('Drive');
    expect(details?.reviews.map((review) => review.id)).toEqual(['drive-2011-kritik-a', 'drive-2011-kritik-b']);
    expect(details?.mentionedIn).toEqual([]);
  });

  it('resolves "mentioned in" with the reviewed film’s German title', async () => {
    const details = await service().getFilmDetails('valhalla-rising-2009');
    expect(details?.reviews).toEqual([]);
    expect(details?.mentionedIn).toEqual([
      { filmId: 'drive-2011', title: 'Drive', year: 2011, sentence: 'Ein Satz über Walhalla Rising.' },
    ]);
  });

  it('answers null for an unknown film id', async () => {
    expect(await service().getFilmDetails('no-such-film')).toBeNull();
  });

  it('answers from the bundled catalogue, not from a copy an earlier version left in IndexedDB', async () => {
    const database = await openFilmlupeDB();
    const stored = testCatalogue('same');
    stored.films = stored.films.map((film) => (film.id === 'drive-2011' ? { ...film, germanTitle: 'Drive (gespeichert)' } : film));
    await writeOldCatalogueCopy(database, stored);
    database.close();

    const details = await service('same').getFilmDetails('drive-2011');
    expect(details?.film.germanTitle).toBe('Drive');
  });

  it('falls back to the bundled catalogue when IndexedDB cannot be opened', async () => {
    const catalogue = new CatalogueService({
      bundled: testCatalogue(),
      matcher,
      openDb: () => Promise.reject(new Error('no IndexedDB in this profile')),
    });
    expect(await catalogue.matchTitles([{ text: 'Drive' }])).toEqual([{ id: 'drive-2011', title: 'Drive', year: 2011, sure: true }]);
    expect((await catalogue.getFilmDetails('drive-2011'))?.reviews).toHaveLength(2);
    await expect(catalogue.addCorrection('Drive', 'drive-2011')).rejects.toThrow('IndexedDB');
    expect(await catalogue.matchTitles([{ text: 'Drive' }])).toEqual([{ id: 'drive-2011', title: 'Drive', year: 2011, sure: true }]);
    expect(await catalogue.search('refn')).toHaveLength(2);
  });
});

describe('CatalogueService and title spellings', () => {
  it('a correction made on one spelling of a title hides the match for other spellings of it', async () => {
    const catalogue = new CatalogueService({ bundled: testCatalogue(), matcher });
    const drive = { id: 'drive-2011', title: 'Drive', year: 2011, sure: true };
    expect(await catalogue.matchTitles([{ text: 'Drive [dt./OV]' }, { text: 'DRIVE' }])).toEqual([drive, drive]);

    await catalogue.addCorrection('Drive [dt./OV]', 'drive-2011');
    expect(await catalogue.matchTitles([{ text: 'DRIVE' }, { text: 'Driver', year: 1978 }])).toEqual([
      null,
      { id: 'the-driver-1978', title: 'Driver', year: 1978, sure: true },
    ]);
  });
});

describe('CatalogueService and database faults', () => {
  const DRIVE = { id: 'drive-2011', title: 'Drive', year: 2011, sure: true };
  const driveCorrection = { titleKey: 'drive', filmId: 'drive-2011', text: 'Drive', createdAt: 1 };

  it('honours the corrections and confirmations of a database a newer version left (a rollback)', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(db) {
        db.createObjectStore('corrections', { keyPath: ['titleKey', 'filmId'] });
        db.createObjectStore('confirmations', { keyPath: ['titleKey', 'filmId'] });
      },
    });
    await newer.put('corrections', driveCorrection);
    await newer.put('confirmations', { titleKey: 'collateral', filmId: 'collateral-2004', text: 'Collateral', createdAt: 2 });
    newer.close();

    const catalogue = withBase();
    expect(await catalogue.matchTitles([{ text: 'Drive' }, { text: 'Collateral' }])).toEqual([null, { ...COLLATERAL, sure: true }]);
    expect(await catalogue.countCorrections()).toBe(1);
  });

  it('answers from the bundled catalogue while an upgrade is blocked, and applies the user data when it arrives', async () => {
    // Version 2 as it shipped, held open by a connection that never gives way (a stuck older worker or page).
    const old = await openDB(DB_NAME, 2, {
      upgrade(db, _oldVersion, _newVersion, transaction) {
        for (const store of ['films', 'reviews']) db.createObjectStore(store, { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('corrections', { keyPath: ['titleKey', 'filmId'] });
        transaction.objectStore('reviews').createIndex('byFilm', 'filmId');
      },
    });
    await old.put('corrections', driveCorrection);

    const catalogue = new CatalogueService({ bundled: testCatalogue(), matcher, userDataWaitMs: 50, writeWaitMs: 50 });
    const asked = Date.now();
    expect(await catalogue.matchTitles([{ text: 'Drive' }])).toEqual([DRIVE]);
    expect(Date.now() - asked, 'ms until the answer').toBeLessThan(1000);
    expect(await catalogue.getFilmDetails('drive-2011')).not.toBeNull();
    // An answer cannot be stored meanwhile: refused (the card says so), not kept in memory only.
    await expect(catalogue.addCorrection('Driver', 'the-driver-1978')).rejects.toThrow('IndexedDB');

    old.close();
    await vi.waitFor(async () => expect(await catalogue.matchTitles([{ text: 'Drive' }])).toEqual([null]));
    await catalogue.addCorrection('Driver', 'the-driver-1978');
    expect(await catalogue.countCorrections()).toBe(2);
  }, 3000);
});

describe('CatalogueService when a newer version takes the database', () => {
  it('stores the next answer in the newer database (its connection was given up and is opened again)', async () => {
    const catalogue = service();
    await catalogue.addCorrection('Drive', 'drive-2011');
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    await catalogue.addCorrection('Driver', 'the-driver-1978');
    const database = await openDB(DB_NAME);
    expect(database.version).toBe(DB_VERSION + 1);
    expect(await database.count('corrections')).toBe(2);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CatalogueService } from './catalogue-service';
import { TabDetections } from './detections';
import { registerMessageHandlers } from './handlers';
import { startBackground } from './index';
import { USER_DATA_CHANGED_KEY } from '../messaging';
import { UserFilms } from './user-films';
import { localIsoDate } from '../userdata/model';
import * as matcher from '../title/match';
import { fullDatabase, testCatalogue } from './test-fixtures';
import { encodeTitles, sendMessage } from '../messaging';
import { openFilmlupeDB } from '../db';
import { applyImport, type UserFilm } from '../userdata/index';
import { DRIVE_RATED } from '../../tests/fixtures/user-films';

let unregister = () => {};

function start(options: Partial<ConstructorParameters<typeof CatalogueService>[0]> = {}) {
  unregister();
  unregister = registerMessageHandlers(new CatalogueService({ bundled: testCatalogue(), matcher, ...options }), new TabDetections());
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  start();
});

afterEach(() => {
  unregister();
  unregister = () => {};
  vi.restoreAllMocks();
});

const match = async (text: string) => (await sendMessage('matchTitles', { siteId: 'netflix', titles: encodeTitles([{ text }]) }))[0]?.film;

/** An entry as an import stores it: rated 4.5 on Letterboxd, seen, with a review. */
const imported: UserFilm = DRIVE_RATED;

describe('the user\'s own film data through the background', () => {
  it('getFilmDetails answers the user\'s entry with the film: none, then what an import stored', async () => {
    expect((await sendMessage('getFilmDetails', { id: 'drive-2011' }))?.user).toBeNull();
    await applyImport(await openFilmlupeDB(), [imported]);
    expect((await sendMessage('getFilmDetails', { id: 'drive-2011' }))?.user).toEqual(imported);
  });

  it('"Auf die Merkliste" and "Gesehen" are stored, answered, listed, and survive a new worker', async () => {
    const listed = await sendMessage('setWatchlist', { filmId: 'drive-2011', onList: true });
    expect(listed).toMatchObject({ filmId: 'drive-2011', title: 'Drive', year: 2011, watchlistSince: localIsoDate(), seen: false });
    expect(await sendMessage('setSeen', { filmId: 'the-driver-1978', seen: true })).toMatchObject({ filmId: 'the-driver-1978', seen: true });

    start();
    expect((await sendMessage('getWatchlist')).map((film) => film.filmId)).toEqual(['drive-2011']);
    expect((await sendMessage('getUserFilms', { ids: ['drive-2011', 'the-driver-1978', 'heat-1995'] })).map((film) => film.filmId).sort()).toEqual([
      'drive-2011',
      'the-driver-1978',
    ]);
    expect((await sendMessage('getFilmDetails', { id: 'the-driver-1978' }))?.user?.seen).toBe(true);

    expect(await sendMessage('setWatchlist', { filmId: 'drive-2011', onList: false })).toBeNull();
    expect(await sendMessage('getWatchlist')).toEqual([]);
  });

  it('matchTitles marks seen films (seen: true), and no longer once un-seen', async () => {
    expect(await match('Drive')).toEqual({ id: 'drive-2011', title: 'Drive', year: 2011, sure: true });
    await sendMessage('setSeen', { filmId: 'drive-2011', seen: true });
    expect(await match('Drive')).toMatchObject({ id: 'drive-2011', seen: true });
    start();
    expect(await match('Drive')).toMatchObject({ id: 'drive-2011', seen: true });
    await sendMessage('setSeen', { filmId: 'drive-2011', seen: false });
    expect((await match('Drive'))?.seen).toBeUndefined();
  });

  it('a film the catalogue does not have, or too long a list, is refused and stores nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(sendMessage('setSeen', { filmId: 'no-such-film-2000', seen: true })).rejects.toThrow('no-such-film-2000');
    await expect(sendMessage('setWatchlist', { filmId: 'no-such-film-2000', onList: true })).rejects.toThrow('no-such-film-2000');
    await expect(sendMessage('setSeen', { filmId: 'drive-2011', seen: 'ja' } as never)).rejects.toThrow(/^setSeen: seen: /);
    await expect(sendMessage('getUserFilms', { ids: new Array(10_001).fill('drive-2011') })).rejects.toThrow(/^getUserFilms: ids: /);
    expect(await (await openFilmlupeDB()).count('userFilms')).toBe(0);
  });

  it('a write that cannot be stored (storage full) rejects, and the film is not claimed as seen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const database = await fullDatabase();
    start({ openDb: async () => database });
    await expect(sendMessage('setSeen', { filmId: 'drive-2011', seen: true })).rejects.toThrow(/quota/i);
    await expect(sendMessage('setWatchlist', { filmId: 'drive-2011', onList: true })).rejects.toThrow(/quota/i);
    expect((await match('Drive'))?.seen).toBeUndefined();
  });

  it('a database that never opens holds neither the card nor the matches back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    start({ openDb: () => new Promise(() => {}), userDataWaitMs: 50, writeWaitMs: 100 });
    const started = Date.now();
    const details = await sendMessage('getFilmDetails', { id: 'drive-2011' });
    expect(details?.film.germanTitle).toBe('Drive');
    expect(details?.user).toBeNull();
    expect(await match('Drive')).toMatchObject({ id: 'drive-2011' });
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(sendMessage('setSeen', { filmId: 'drive-2011', seen: true })).rejects.toThrow('IndexedDB');
  });
});

describe('startBackground', () => {
  it('reads the seen films anew when the settings page says it changed them (storage key userDataChangedAt)', async () => {
    unregister();
    const { stop } = startBackground(testCatalogue(), matcher);
    try {
      expect((await match('Drive'))?.seen).toBeUndefined();
      await applyImport(await openFilmlupeDB(), [imported]);
      expect((await match('Drive'))?.seen, 'not before the page says so').toBeUndefined();
      await fakeBrowser.storage.local.set({ [USER_DATA_CHANGED_KEY]: Date.now() });
      await vi.waitFor(async () => expect((await match('Drive'))?.seen).toBe(true));
    } finally {
      stop();
    }
  });
});

describe('UserFilms: the seen set in memory follows every write', () => {
  const DRIVE = { id: 'drive-2011', title: 'Drive', year: 2011 };
  const HEAT = { id: 'heat-1995', title: 'Heat', year: 1995 };

  /**
   * The database, with its `getAll` answers held back while `hold` is on: a read takes its snapshot at
   * once (its transaction starts) but answers only on `release()`, so a write can come between.
   */
  async function heldReads() {
    const database = await openFilmlupeDB();
    let gate = Promise.resolve();
    let release = () => {};
    const held = new Proxy(database, {
      get(target, property) {
        if (property === 'getAll') {
          return (...args: Parameters<typeof target.getAll>) => {
            const answer = target.getAll(...args);
            return gate.then(() => answer);
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return {
      database,
      films: new UserFilms({ database: async () => held }),
      hold: () => (gate = new Promise((resolve) => (release = resolve))),
      release: () => release(),
    };
  }

  it('"Gesehen" while the set is read anew (an import elsewhere) stays in the set the reload leaves', async () => {
    const { database, films, hold, release } = await heldReads();
    expect([...((await films.seenIds()) ?? [])]).toEqual([]);
    await applyImport(database, [{ ...imported, filmId: HEAT.id, title: HEAT.title, year: HEAT.year }]);
    hold();
    const reloaded = films.reload();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const clicked = films.setSeen(DRIVE, true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([reloaded, clicked]);
    expect([...((await films.seenIds()) ?? [])].sort()).toEqual(['drive-2011', 'heat-1995']);
  });

  it('a reload does not stand on a read that began before the data changed', async () => {
    const { database, films, hold, release } = await heldReads();
    hold();
    const first = films.seenIds();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await applyImport(database, [imported]);
    const reloaded = films.reload();
    release();
    await Promise.all([first, reloaded]);
    expect([...((await films.seenIds()) ?? [])]).toEqual(['drive-2011']);
  });
});

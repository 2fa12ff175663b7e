import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CatalogueService } from './catalogue-service';
import { TabDetections } from './detections';
import { registerMessageHandlers, reportingTab } from './handlers';
import * as matcher from '../title/match';
import { fullDatabase, testCatalogue, testCatalogueWithBase } from './test-fixtures';
import { encodeTitles, sendMessage } from '../messaging';
import { allConfirmations, openFilmlupeDB } from '../db';

let detections: TabDetections;
let unregister = () => {};

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  detections = new TabDetections();
  unregister = registerMessageHandlers(new CatalogueService({ bundled: testCatalogue(), matcher }), detections);
});

afterEach(() => {
  unregister();
  vi.restoreAllMocks();
});

describe('reportingTab', () => {
  it.each([
    [{ tab: { id: 4 }, frameId: 0, url: 'https://www.netflix.com/browse' }, { tabId: 4, url: 'https://www.netflix.com/browse' }],
    [{ tab: { id: 4, url: 'https://www.amazon.de/dp/1' } }, { tabId: 4, url: 'https://www.amazon.de/dp/1' }],
    [{ tab: { id: 4 }, frameId: 3, url: 'https://ads.example/' }, null],
    [{ url: 'chrome-extension://x/popup.html' }, null],
    [{ tab: { id: -1 } }, null],
  ])('%j → %j', (sender, expected) => {
    expect(reportingTab(sender)).toEqual(expected);
  });
});

describe('background messages', () => {
  it('matchTitles answers the titles that name a film, by their index in the batch', async () => {
    const titles = encodeTitles([{ text: 'Heat' }, { text: 'Drive' }, { text: 'Driver', year: 2011 }, { text: 'Driver', year: 1978 }]);
    expect(await sendMessage('matchTitles', { siteId: 'netflix', titles })).toEqual([
      { index: 1, film: { id: 'drive-2011', title: 'Drive', year: 2011, sure: true } },
      { index: 3, film: { id: 'the-driver-1978', title: 'Driver', year: 1978, sure: true } },
    ]);
  });

  it("matchTitles counts the films it named for the asking tab's top frame (its badge), not for an iframe's", async () => {
    const ask = (text: string, frameId: number) =>
      new Promise<unknown>((resolve) => {
        const message = { id: 1, type: 'matchTitles', data: { siteId: 'netflix', titles: encodeTitles([{ text }]) }, timestamp: Date.now() };
        const sender = { id: fakeBrowser.runtime.id, tab: { id: 4 }, frameId, url: 'https://www.netflix.com/browse' };
        void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve);
      });
    await ask('Drive', 0);
    await ask('The Driver', 3);
    await vi.waitFor(async () => expect((await detections.get(4))?.films.map((film) => film.id)).toEqual(['drive-2011']));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('1');
  });

  it('a correction sent by the popover hides the match, clearCorrections brings it back', async () => {
    await sendMessage('addCorrection', { text: 'Drive', filmId: 'drive-2011' });
    expect(await sendMessage('countCorrections')).toBe(1);
    expect(await sendMessage('matchTitles', { siteId: 'netflix', titles: encodeTitles([{ text: 'Drive' }]) })).toEqual([]);

    await sendMessage('clearCorrections');
    expect(await sendMessage('countCorrections')).toBe(0);
    expect(await sendMessage('matchTitles', { siteId: 'netflix', titles: encodeTitles([{ text: 'Drive' }]) })).toHaveLength(1);
  });

  it('confirmMatch makes an unsure match sure; a malformed answer is refused and stores nothing', async () => {
    unregister();
    unregister = registerMessageHandlers(new CatalogueService({ bundled: testCatalogueWithBase(), matcher }), detections);
    const collateral = () => sendMessage('matchTitles', { siteId: 'netflix', titles: encodeTitles([{ text: 'Collateral' }]) });
    expect((await collateral())[0]?.film.sure).toBe(false);

    for (const bad of [{ text: '', filmId: 'collateral-2004' }, { text: 'Collateral', filmId: 'x'.repeat(301) }, { text: 7, filmId: 'collateral-2004' }, null]) {
      await expect(sendMessage('confirmMatch', bad as never)).rejects.toThrow();
      await expect(sendMessage('addCorrection', bad as never)).rejects.toThrow();
    }
    expect((await collateral())[0]?.film.sure).toBe(false);
    expect(await sendMessage('countCorrections')).toBe(0);

    await sendMessage('confirmMatch', { text: 'Collateral', filmId: 'collateral-2004' });
    expect((await collateral())[0]?.film.sure).toBe(true);
    await sendMessage('addCorrection', { text: 'Collateral', filmId: 'collateral-2004' });
    expect(await collateral()).toEqual([]);
  });

  it('getFilmDetails and searchCatalogue answer from the catalogue', async () => {
    expect((await sendMessage('getFilmDetails', { id: 'the-driver-1978' }))?.film.directors).toEqual(['Walter Hill']);
    expect(await sendMessage('searchCatalogue', { query: 'walhalla' })).toEqual([
      { id: 'valhalla-rising-2009', title: 'Walhalla Rising', year: 2009 },
    ]);
  });

  it('getDetection answers what was reported for the tab', async () => {
    const report = { siteId: 'amazon', siteName: 'Amazon.de', candidateCount: 1, films: [], disabled: false };
    await detections.report(12, report);
    expect(await sendMessage('getDetection', { tabId: 12 })).toEqual(report);
    expect(await sendMessage('getDetection', { tabId: 13 })).toBeNull();
  });

  it('getDetection prefers the tab\'s own current report (its title count changes without a report)', async () => {
    const stored = { siteId: 'netflix', siteName: 'Netflix', candidateCount: 5000, films: [], disabled: false };
    await detections.report(12, stored);
    const current = { ...stored, candidateCount: 5500 };
    unregister();
    // The fake browser has no tabs to message: the tab's answer is stood in for.
    unregister = registerMessageHandlers(new CatalogueService({ bundled: testCatalogue(), matcher }), detections, async (tabId) =>
      tabId === 12 ? current : null,
    );
    expect(await sendMessage('getDetection', { tabId: 12 })).toEqual(current);
    expect(await sendMessage('getDetection', { tabId: 13 })).toBeNull();
  });

  it('a failing lookup answers a harmless fallback instead of breaking the worker', async () => {
    unregister();
    unregister = registerMessageHandlers(
      new CatalogueService({
        bundled: testCatalogue(),
        matcher: { ...matcher, matchTitle: () => { throw new Error('broken index'); } },
      }),
      detections,
    );
    expect(await sendMessage('matchTitles', { siteId: 'netflix', titles: encodeTitles([{ text: 'Drive' }, { text: 'x' }]) })).toEqual([]);
    expect(await sendMessage('searchCatalogue', { query: 'drive' })).toHaveLength(2);
  });
});

describe('a correction or confirmation that cannot be stored (storage full)', () => {
  beforeEach(async () => {
    unregister();
    const database = await fullDatabase();
    unregister = registerMessageHandlers(
      new CatalogueService({ bundled: testCatalogueWithBase(), matcher, openDb: async () => database }),
      detections,
    );
  });
  const match = async (text: string) => sendMessage('matchTitles', { siteId: 'netflix', titles: encodeTitles([{ text }]) });

  it('"Nicht dieser Film?" is answered with an error, and the match stays (nothing claims a correction that was not stored)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(sendMessage('addCorrection', { text: 'Drive', filmId: 'drive-2011' })).rejects.toThrow(/quota/i);
    expect(await match('Drive')).toHaveLength(1);
    expect(await sendMessage('countCorrections')).toBe(0);
  });

  it('"Ja" is answered with an error, and the match stays unsure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(sendMessage('confirmMatch', { text: 'Collateral', filmId: 'collateral-2004' })).rejects.toThrow(/quota/i);
    expect((await match('Collateral'))[0]?.film.sure).toBe(false);
  });
});

describe('the background trusts no caller', () => {
  const batch = encodeTitles([{ text: 'Drive' }]);
  it.each<[string, string, unknown]>([
    ['a batch whose texts do not add up to its count', 'matchTitles', { siteId: 'netflix', titles: { count: 3, texts: 'Drive', hints: [] } }],
    ['a batch of more titles than a page sends', 'matchTitles', { siteId: 'netflix', titles: { count: 20_000, texts: '\n'.repeat(19_999), hints: [] } }],
    ['a hint for a title not in the batch', 'matchTitles', { siteId: 'netflix', titles: { ...batch, hints: [{ index: 4, year: 2011, kind: null }] } }],
    ['a film id that is no string', 'getFilmDetails', { id: 5 }],
    ['a search of 100,000 characters', 'searchCatalogue', { query: 'x'.repeat(100_000) }],
    ['a tab id that is no number', 'getDetection', { tabId: 'alle' }],
    ['a report without its films', 'reportDetection', { siteId: 'netflix', siteName: 'Netflix', candidateCount: 1, disabled: false }],
    ['a correction of 5 MB', 'addCorrection', { text: 'x'.repeat(5_000_000), filmId: 'drive-2011' }],
    ['a confirmation without a film', 'confirmMatch', { text: 'Collateral' }],
  ])('%s is refused: sendMessage rejects with the field and the reason', async (_case, type, data) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sent = sendMessage(type as 'getFilmDetails', data as never);
    await expect(sent).rejects.toThrow(new RegExp(`^${type}: `));
    const message = await sent.then(() => '', (error: Error) => error.message);
    expect(message.length, 'the reason names the field, not the data').toBeLessThan(300);
    expect(errors.mock.calls.flat().join(' ').length).toBeLessThan(1000);
  });

  it('a correction or confirmation for a film the catalogue does not have is refused and stores nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(sendMessage('addCorrection', { text: 'Drive', filmId: 'no-such-film-2000' })).rejects.toThrow('no-such-film-2000');
    await expect(sendMessage('confirmMatch', { text: 'Drive', filmId: 'no-such-film-2000' })).rejects.toThrow('no-such-film-2000');
    expect(await sendMessage('countCorrections')).toBe(0);
    expect(await allConfirmations(await openFilmlupeDB())).toEqual([]);
  });

  it('a refusal is logged once per kind of message, with its reason', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A kind no other test here has refused (the log keeps the kinds it has logged for the worker's life).
    for (const data of [{ page: 1 }, 'alle', 7]) await expect(sendMessage('openOptions', data as never)).rejects.toThrow();
    const logged = errors.mock.calls.filter((call) => call.join(' ').includes('openOptions'));
    expect(logged).toHaveLength(1);
    expect(String(logged[0])).toMatch(/abgelehnt: openOptions.*Invalid type/s);
  });

  it('a message from another extension (or anyone but Filmlupe) is refused', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = new Promise<unknown>((resolve) => {
      const message = { id: 1, type: 'addCorrection', data: { text: 'Drive', filmId: 'drive-2011' }, timestamp: Date.now() };
      void fakeBrowser.runtime.onMessage.trigger(message, { id: 'another-extension' }, resolve);
    });
    expect(await answer).toMatchObject({ err: { message: expect.stringMatching(/Absender/) } });
    expect(await sendMessage('countCorrections')).toBe(0);
  });
});

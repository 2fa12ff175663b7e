import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { startBackground } from './index';
import * as matcher from '../title/match';
import { testCatalogue, writeOldCatalogueCopy } from './test-fixtures';
import { openFilmlupeDB, putCorrection, storedDataVersion, allCorrections } from '../db';
import { encodeTitles, sendMessage, type DetectionReport } from '../messaging';

let stop = () => {};
const report: DetectionReport = {
  siteId: 'netflix',
  siteName: 'Netflix',
  candidateCount: 2,
  films: [{ id: 'drive-2011', title: 'Drive', year: 2011 }],
  disabled: false,
};

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => stop());

describe('startBackground', () => {
  it('at a start after an update drops the old catalogue copy and keeps the user’s corrections', async () => {
    const old = await openFilmlupeDB();
    await writeOldCatalogueCopy(old, testCatalogue('alt'));
    await putCorrection(old, { titleKey: 'drive', filmId: 'drive-2011', text: 'Drive', createdAt: 1 });
    old.close();

    ({ stop } = startBackground(testCatalogue('neu'), matcher));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });

    const database = await openFilmlupeDB();
    await vi.waitFor(async () => expect(await storedDataVersion(database)).toBeUndefined());
    expect(await database.count('films')).toBe(0);
    expect(await allCorrections(database)).toHaveLength(1);
    expect(await sendMessage('matchTitles', { siteId: 'netflix', titles: encodeTitles([{ text: 'Drive' }]) })).toEqual([]);
  });

  it('gives the badge a neutral colour', async () => {
    ({ stop } = startBackground(testCatalogue(), matcher));
    await vi.waitFor(async () => expect(await browser.action.getBadgeBackgroundColor({})).toEqual([75, 85, 99, 255]));
  });

  it('forgets a tab’s detection when the tab is closed or goes to another page', async () => {
    let detections;
    ({ stop, detections } = startBackground(testCatalogue(), matcher));
    await detections.report(3, report, 'https://www.netflix.com/browse');
    await detections.report(4, report, 'https://www.netflix.com/browse');

    await fakeBrowser.tabs.onRemoved.trigger(3, { isWindowClosing: false, windowId: 1 });
    await fakeBrowser.tabs.onUpdated.trigger(4, { url: 'https://www.netflix.com/title/80' }, {} as never);

    await vi.waitFor(async () => {
      expect(await sendMessage('getDetection', { tabId: 3 })).toBeNull();
      expect(await sendMessage('getDetection', { tabId: 4 })).toBeNull();
    });
  });
});

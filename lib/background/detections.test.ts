import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { TabDetections, badgeText, samePage, withFilms } from './detections';
import type { DetectionReport } from '../messaging';

const netflix = (films: DetectionReport['films'], disabled = false): DetectionReport => ({
  siteId: 'netflix',
  siteName: 'Netflix',
  candidateCount: films.length + 3,
  films,
  disabled,
});
const drive = { id: 'drive-2011', title: 'Drive', year: 2011 };
const driver = { id: 'the-driver-1978', title: 'Driver', year: 1978 };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('badgeText', () => {
  it.each([
    [null, ''],
    [netflix([]), ''],
    [netflix([drive]), '1'],
    [netflix([drive, driver]), '2'],
    [netflix([drive, driver], true), ''],
  ])('%j → %j', (report, text) => {
    expect(badgeText(report)).toBe(text);
  });
});

describe('samePage', () => {
  it.each([
    [null, 'https://www.netflix.com/browse', false],
    ['https://www.netflix.com/browse', 'https://www.netflix.com/browse', true],
    ['https://www.netflix.com/browse', 'https://www.netflix.com/browse?jbv=70178511', true],
    ['https://www.netflix.com/browse', 'https://www.netflix.com/browse#top', true],
    ['https://www.netflix.com/browse', 'https://www.netflix.com/title/70178511', false],
    ['https://www.amazon.de/dp/B005', 'https://www.amazon.de/dp/B006', false],
    ['https://www.netflix.com/browse', 'https://example.org/browse', false],
  ])('%s, %s → %s', (a, b, same) => {
    expect(samePage(a, b)).toBe(same);
  });
});

describe('TabDetections', () => {
  it('keeps a report per tab and shows the film count on that tab’s badge', async () => {
    const detections = new TabDetections();
    await detections.report(7, netflix([drive, driver]), 'https://www.netflix.com/browse');
    await detections.report(8, netflix([]), 'https://www.netflix.com/search');

    expect(await detections.get(7)).toEqual(netflix([drive, driver]));
    expect(await detections.get(9)).toBeNull();
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await browser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('still knows a tab’s report after a service-worker restart (storage.session)', async () => {
    await new TabDetections().report(7, netflix([drive]), 'https://www.netflix.com/browse');
    expect(await new TabDetections().get(7)).toEqual(netflix([drive]));
  });

  it('forgets a closed tab, also in storage.session', async () => {
    const detections = new TabDetections();
    await detections.report(7, netflix([drive]));
    await detections.forget(7);
    expect(await detections.get(7)).toBeNull();
    expect(await new TabDetections().get(7)).toBeNull();
  });

  it('drops a report when the tab navigates to another page, keeps it for the same page', async () => {
    const detections = new TabDetections();
    await detections.report(7, netflix([drive]), 'https://www.netflix.com/browse');

    await detections.navigated(7, 'https://www.netflix.com/browse?jbv=70178511');
    expect(await detections.get(7)).not.toBeNull();

    await detections.navigated(7, 'https://www.netflix.com/title/123');
    expect(await detections.get(7)).toBeNull();
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it("counts the films its answers named for the tab, after those of the page's report", async () => {
    const detections = new TabDetections();
    const heat = { id: 'heat-1995', title: 'Heat', year: 1995, sure: false };
    await detections.answered(7, 'https://www.netflix.com/browse', 'netflix', [drive]);
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('1');

    await detections.report(7, netflix([driver]), 'https://www.netflix.com/browse');
    await detections.answered(7, 'https://www.netflix.com/browse?jbv=1', 'netflix', [driver, heat]);
    expect((await detections.get(7))?.films).toEqual([driver, heat]);
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('2');
  });

  it('ignores answers for another page of the tab and on a site switched off', async () => {
    const detections = new TabDetections();
    await detections.report(7, netflix([driver]), 'https://www.netflix.com/browse');
    await detections.answered(7, 'https://www.netflix.com/title/123', 'netflix', [drive]);
    expect((await detections.get(7))?.films).toEqual([driver]);

    await detections.report(8, netflix([], true), 'https://www.netflix.com/browse');
    await detections.answered(8, 'https://www.netflix.com/browse', 'netflix', [drive]);
    expect(await browser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it("applies a tab's changes in the order they came: a report is not overwritten by an answer before it", async () => {
    const detections = new TabDetections();
    await detections.report(7, netflix([drive, driver]), 'https://www.netflix.com/browse');
    // A new worker reads storage.session first; the report that follows must still come last.
    const restarted = new TabDetections();
    const answer = restarted.answered(7, 'https://www.netflix.com/browse', 'netflix', [{ id: 'heat-1995', title: 'Heat', year: 1995 }]);
    const report = restarted.report(7, netflix([drive]), 'https://www.netflix.com/browse');
    await Promise.all([answer, report]);
    expect((await restarted.get(7))?.films).toEqual([drive]);
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('1');
  });
});

describe('withFilms', () => {
  it('adds only films not in the report yet, once each, and keeps the report when nothing is new', () => {
    const report = netflix([drive]);
    expect(withFilms(report, [drive])).toBe(report);
    expect(withFilms(report, [driver, drive, driver]).films).toEqual([drive, driver]);
  });
});

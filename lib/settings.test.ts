import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  backToDefaults,
  changeSettings,
  DEFAULT_SETTINGS,
  getSettings,
  normalizeSettings,
  readStoredSettings,
  settingsItem,
  settingsPatch,
  siteSwitch,
  watchStoredSettings,
} from './settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('normalizeSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['an older shape with fewer fields', { disabledSites: ['netflix'], dwellMs: 800 }, { ...DEFAULT_SETTINGS, disabledSites: ['netflix'], dwellMs: 800 }],
    ['a dwell below the range', { dwellMs: 10 }, { ...DEFAULT_SETTINGS, dwellMs: 150 }],
    ['a dwell above the range', { dwellMs: 99999 }, { ...DEFAULT_SETTINGS, dwellMs: 2000 }],
    ['a malformed dwell', { dwellMs: 'schnell' }, DEFAULT_SETTINGS],
    ['an unknown theme', { theme: 'sepia', showCast: false }, { ...DEFAULT_SETTINGS, showCast: false }],
    ['junk in disabledSites', { disabledSites: ['amazon', 3, 'amazon', null] }, { ...DEFAULT_SETTINGS, disabledSites: ['amazon'] }],
    ['a non-object', 'kaputt', DEFAULT_SETTINGS],
    ['dimming switched on', { dimSeenFilms: true }, { ...DEFAULT_SETTINGS, dimSeenFilms: true }],
    ['a malformed dimming switch', { dimSeenFilms: 'ja' }, DEFAULT_SETTINGS],
  ])('%s', (_case, stored, expected) => {
    expect(normalizeSettings(stored)).toEqual(expected);
  });
});

describe('stored settings', () => {
  it('keeps the user’s values from an older stored shape and fills the new fields', async () => {
    // As an early build wrote it: no version marker, no popover switches, no theme.
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['amazon'], dwellMs: 900, showSpoilers: true } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['amazon'], dwellMs: 900, showSpoilers: true });

    await changeSettings(settingsPatch({ theme: 'dark' }));
    expect(await settingsItem.getValue()).toMatchObject({ disabledSites: ['amazon'], dwellMs: 900, theme: 'dark' });
  });

  it('version 1 → 2: the user\'s values stay, "Gesehene Filme abdunkeln" is added, off', async () => {
    const version1 = { disabledSites: ['amazon'], dwellMs: 900, showSpoilers: true, showRatings: true, showCast: false, showReviews: true, theme: 'dark' };
    await fakeBrowser.storage.local.set({ settings: version1, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({ ...version1, dimSeenFilms: false });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, ...version1, dimSeenFilms: false });
  });

  it('a worker that migrates while the settings page stores its first change leaves the change alone', async () => {
    // The background migrates at every start; one starting just then must not take the page's new value
    // for an old one and write it back (switches lost in e2e runs: "Gesehene Filme abdunkeln", "Spoiler").
    let migrating: Promise<void> | undefined;
    fakeBrowser.storage.onChanged.addListener((changes) => {
      if ('settings' in changes && !migrating) migrating = settingsItem.migrate();
    });
    await changeSettings(settingsPatch({ dimSeenFilms: true }));
    await changeSettings(settingsPatch({ showSpoilers: true }));
    await migrating;
    expect(migrating).toBeDefined();
    expect(await getSettings()).toMatchObject({ dimSeenFilms: true, showSpoilers: true });
  });

  it('switches one site off and on without touching the others', async () => {
    await changeSettings(settingsPatch({ disabledSites: ['amazon'] }));
    await changeSettings(siteSwitch('netflix', false));
    expect((await getSettings()).disabledSites).toEqual(['amazon', 'netflix']);
    await changeSettings(siteSwitch('netflix', false));
    expect((await getSettings()).disabledSites).toEqual(['amazon', 'netflix']);
    await changeSettings(siteSwitch('amazon', true));
    expect((await getSettings()).disabledSites).toEqual(['netflix']);
  });

  it('keeps every one of several quick changes made at the same time', async () => {
    await Promise.all([
      changeSettings(settingsPatch({ dwellMs: 800 })),
      changeSettings(siteSwitch('netflix', false)),
      changeSettings(settingsPatch({ theme: 'dark' })),
      changeSettings(siteSwitch('amazon', false)),
    ]);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, dwellMs: 800, theme: 'dark', disabledSites: ['netflix', 'amazon'] });
  });

  it('resets every setting to the default', async () => {
    await changeSettings(settingsPatch({ disabledSites: ['netflix'], dwellMs: 1200, theme: 'light', showReviews: false }));
    await changeSettings(backToDefaults);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the content script\'s read (no versioned item defined there)', () => {
  it('reads what the options page stored, made whole, and the defaults when nothing is stored', async () => {
    expect(await readStoredSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['netflix'], dwellMs: 10 } });
    expect(await readStoredSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['netflix'], dwellMs: 150 });
  });

  it('hears every change made through the settings item, made whole', async () => {
    const heard: unknown[] = [];
    const unwatch = watchStoredSettings((settings) => heard.push(settings));
    await changeSettings(siteSwitch('amazon', false));
    await changeSettings(settingsPatch({ dwellMs: 800 }));
    unwatch();
    await changeSettings(settingsPatch({ dwellMs: 900 }));
    expect(heard).toEqual([
      { ...DEFAULT_SETTINGS, disabledSites: ['amazon'] },
      { ...DEFAULT_SETTINGS, disabledSites: ['amazon'], dwellMs: 800 },
    ]);
  });
});

/**
 * User settings, stored with WXT's versioned storage item so that they survive extension updates:
 * each schema change bumps `version` and adds one small migration step below.
 * Read by the content script (dwell delay, per-site switches, spoilers), the popover, the popup and
 * the options page; changes propagate through `settingsItem.watch` (`watchStoredSettings` in pages).
 */
import { storage } from 'wxt/utils/storage';

export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Site ids (see lib/sites) the user switched off. Absent = on. */
  disabledSites: string[];
  /** Hover dwell before the popover opens, in ms (docs/ux.md: ~500 ms). */
  dwellMs: number;
  /** Show spoiler-flagged review text without a click. */
  showSpoilers: boolean;
  /** What the popover shows. */
  showRatings: boolean;
  showCast: boolean;
  showReviews: boolean;
  theme: Theme;
  /** "Gesehene Filme abdunkeln": tiles of films the user has seen (lib/userdata) are shown dimmed. */
  dimSeenFilms: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  dwellMs: 500,
  showSpoilers: false,
  showRatings: true,
  showCast: true,
  showReviews: true,
  theme: 'auto',
  dimSeenFilms: false,
};

export const DWELL_MIN_MS = 150;
export const DWELL_MAX_MS = 2000;

const SETTINGS_KEY = 'local:settings';

/** The stored shape's version: one more with each migration step below. */
const SETTINGS_VERSION = 2;

// Pure: a bundle that never uses the item (the content script) leaves its definition out.
export const settingsItem = /* @__PURE__ */ storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {
    // 2: "Gesehene Filme abdunkeln" (issue 14), off until the user switches it on.
    2: (stored: Partial<Settings> | null) => ({ ...stored, dimSeenFilms: false }),
  },
});

const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

/**
 * A stored value made whole: missing or malformed fields (an older shape, a hand-edited value) take
 * the default, the user's valid values are kept, the dwell delay is clamped to its range.
 */
export function normalizeSettings(stored: unknown): Settings {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  const flag = (key: 'showSpoilers' | 'showRatings' | 'showCast' | 'showReviews' | 'dimSeenFilms') =>
    typeof value[key] === 'boolean' ? (value[key] as boolean) : DEFAULT_SETTINGS[key];
  const dwell = typeof value.dwellMs === 'number' && Number.isFinite(value.dwellMs) ? value.dwellMs : DEFAULT_SETTINGS.dwellMs;
  return {
    disabledSites: Array.isArray(value.disabledSites)
      ? [...new Set(value.disabledSites.filter((site): site is string => typeof site === 'string'))]
      : [],
    dwellMs: Math.round(Math.min(DWELL_MAX_MS, Math.max(DWELL_MIN_MS, dwell))),
    showSpoilers: flag('showSpoilers'),
    showRatings: flag('showRatings'),
    showCast: flag('showCast'),
    showReviews: flag('showReviews'),
    theme: THEMES.includes(value.theme as Theme) ? (value.theme as Theme) : DEFAULT_SETTINGS.theme,
    dimSeenFilms: flag('dimSeenFilms'),
  };
}

/** Settings with every missing field filled from the defaults (older stored values stay valid). */
export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/**
 * The content script's read, in every tab of a supported site: the stored value made whole by
 * `normalizeSettings`, without defining the versioned item, whose definition checks for migrations
 * (two more storage reads and a lock on every page load, bench/results.md). Migrations run where the
 * item is defined: in the background at every start, in the popup and on the options page.
 */
export async function readStoredSettings(): Promise<Settings> {
  return normalizeSettings(await storage.getItem(SETTINGS_KEY));
}

/** Calls back with the whole settings after every change (made in the popup, the options page, …). */
export function watchStoredSettings(onChange: (settings: Settings) => void): () => void {
  return storage.watch<unknown>(SETTINGS_KEY, (value) => onChange(normalizeSettings(value)));
}

/** One change to the settings, worked out from the current ones when its turn to be stored comes. */
export type SettingsChange = (current: Settings) => Partial<Settings>;

/** Back to the defaults; per-site switches included. Corrections are not settings and stay. */
export const backToDefaults: SettingsChange = () => DEFAULT_SETTINGS;

/** The given values, whatever the current ones are. */
export function settingsPatch(patch: Partial<Settings>): SettingsChange {
  return () => patch;
}

/** Filmlupe on or off for one site. */
export function siteSwitch(siteId: string, enabled: boolean): SettingsChange {
  return ({ disabledSites }) => {
    const others = disabledSites.filter((site) => site !== siteId);
    return { disabledSites: enabled ? others : [...others, siteId] };
  };
}

/** The settings after a change; also what a page shows while the change is still being stored. */
export function withChange(settings: Settings, change: SettingsChange): Settings {
  return normalizeSettings({ ...settings, ...change(settings) });
}

/**
 * Read-modify-write steps run one after another: two quick changes on one page (a switch, then a
 * slider) must not both start from the same old value and lose one.
 */
let pendingWrite: Promise<unknown> = Promise.resolve();

export function changeSettings(change: SettingsChange): Promise<Settings> {
  const write = pendingWrite.then(async () => {
    const next = withChange(await getSettings(), change);
    // The version is stored before the value. WXT stores a first value and its version in two writes,
    // and a migration run in between (the worker migrates at every start) took the value for an old
    // one and wrote it back over the user's change: "Gesehene Filme abdunkeln" was found off again in
    // 3 of 100 e2e runs (2026-12-05; likely also the "Spoiler" update.spec lost in stop 20).
    await settingsItem.setMeta({ v: SETTINGS_VERSION });
    await settingsItem.setValue(next);
    return next;
  });
  pendingWrite = write.catch(() => undefined);
  return write;
}

export function isSiteEnabled(settings: Settings, siteId: string): boolean {
  return !settings.disabledSites.includes(siteId);
}

/**
 * User settings, stored with WXT's versioned storage item so that they survive extension updates:
 * each schema change bumps `version` and adds one small migration step below.
 * Read by the content script (dwell delay, per-site switches, spoilers), the popover, the popup and
 * the options page; changes propagate through `settingsItem.watch`.
 */
import { storage } from 'wxt/utils/storage';

export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Site ids (see lib/sites) the user switched off. Absent = on. */
  disabledSites: string[];
  /** Hover dwell before the popover opens, in ms (ux.md: ~500 ms). */
  dwellMs: number;
  /** Show spoiler-flagged review text without a click. */
  showSpoilers: boolean;
  /** What the popover shows. */
  showRatings: boolean;
  showCast: boolean;
  showReviews: boolean;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  dwellMs: 500,
  showSpoilers: false,
  showRatings: true,
  showCast: true,
  showReviews: true,
  theme: 'auto',
};

export const DWELL_MIN_MS = 150;
export const DWELL_MAX_MS = 2000;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/** Settings with every missing field filled from the defaults (older stored values stay valid). */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export function isSiteEnabled(settings: Settings, siteId: string): boolean {
  return !settings.disabledSites.includes(siteId);
}

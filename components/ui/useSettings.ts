/** The current settings for a Preact page, live: changes made elsewhere (popup, options) show at once. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  changeSettings,
  getSettings,
  watchStoredSettings,
  withChange,
  type Settings,
  type SettingsChange,
  type Theme,
} from '../../lib/settings';

/**
 * The settings and the page's way to change them. A change shows at once, before it is stored. While
 * this page's own changes are being stored, the stored values that arrive are older steps and are not
 * shown: the first of two quick switches, stored while the second was still on its way, flipped the
 * second back for a moment (CI, 2026-12-05: "Clicking the checkbox did not change its state").
 */
export function useSettings(): [Settings | null, (change: SettingsChange) => Promise<Settings>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const ownWrites = useRef(0);

  useEffect(() => {
    let live = true;
    void getSettings().then((value) => live && setSettings(value));
    const unwatch = watchStoredSettings((value) => ownWrites.current === 0 && setSettings(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const change = useCallback(async (step: SettingsChange) => {
    ownWrites.current += 1;
    setSettings((current) => current && withChange(current, step));
    try {
      return await changeSettings(step);
    } finally {
      ownWrites.current -= 1;
      // What is stored now: this page's changes, anything another page stored meanwhile, or, when
      // storing failed, the value before the change. Not if a newer change started meanwhile.
      const stored = ownWrites.current === 0 ? await getSettings().catch(() => null) : null;
      if (stored && ownWrites.current === 0) setSettings(stored);
    }
  }, []);

  return [settings, change];
}

/** Light/dark follows the setting; "auto" leaves it to `prefers-color-scheme` (see base.css). */
export function useThemeAttribute(theme: Theme | undefined): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'auto';
  }, [theme]);
}

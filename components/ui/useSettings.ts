/** The current settings for a Preact page, live: changes made elsewhere (popup, options) show at once. */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchStoredSettings, type Settings, type Theme } from '../../lib/settings';

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void getSettings().then((value) => live && setSettings(value));
    const unwatch = watchStoredSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** Light/dark follows the setting; "auto" leaves it to `prefers-color-scheme` (see base.css). */
export function useThemeAttribute(theme: Theme | undefined): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme ?? 'auto';
  }, [theme]);
}

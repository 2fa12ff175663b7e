/**
 * The settings page: every change is saved at once and announced in one polite live region.
 * Sections: sites, the card (dwell, spoilers, what it shows), look, the user's film data, reset.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging';
import { backToDefaults, settingsPatch, siteSwitch, type Settings, type Theme } from '../../lib/settings';
import { adapters } from '../../lib/sites/index';
import { Switch } from '../ui/Switch';
import { useSettings, useThemeAttribute } from '../ui/useSettings';
import { CardSettings } from './CardSettings';
import { UserDataSection } from './UserDataSection';

const THEMES: Array<[Theme, string]> = [
  ['auto', 'Automatisch (wie das System)'],
  ['light', 'Hell'],
  ['dark', 'Dunkel'],
];

/** How long "Gespeichert" stays visible. */
const STATUS_MS = 2500;

export function OptionsPage() {
  const [settings, changeSettings] = useSettings();
  useThemeAttribute(settings?.theme);
  const [status, setStatus] = useState('');
  const [corrections, setCorrections] = useState<number | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout>>();

  const countCorrections = () => sendMessage('countCorrections').then(setCorrections, () => setCorrections(null));
  useEffect(() => void countCorrections(), []);

  function announce(text: string) {
    setStatus(text);
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
  }

  async function save(work: Promise<unknown>, text = 'Gespeichert') {
    try {
      await work;
      announce(text);
    } catch {
      announce('Konnte nicht speichern.');
    }
  }

  if (!settings) return <main class="options" aria-busy="true" />;

  const sites = adapters.filter((adapter) => adapter.matches.length > 0);
  const change = (patch: Partial<Settings>) => void save(changeSettings(settingsPatch(patch)));

  return (
    <main class="options">
      <h1>Filmlupe – Einstellungen</h1>

      <fieldset>
        <legend>Seiten</legend>
        <p class="hint">Auf ausgeschalteten Seiten markiert Filmlupe keine Titel.</p>
        {sites.map((site) => (
          <Switch
            key={site.id}
            id={`seite-${site.id}`}
            label={site.name}
            checked={!settings.disabledSites.includes(site.id)}
            onChange={(enabled) => void save(changeSettings(siteSwitch(site.id, enabled)))}
          />
        ))}
      </fieldset>

      <CardSettings settings={settings} onChange={change} />

      <fieldset>
        <legend>Darstellung</legend>
        {THEMES.map(([theme, label]) => (
          <div class="radio-row" key={theme}>
            <input
              type="radio"
              id={`thema-${theme}`}
              name="thema"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => change({ theme })}
            />
            <label for={`thema-${theme}`}>{label}</label>
          </div>
        ))}
      </fieldset>

      <UserDataSection onRestored={() => void countCorrections()} />

      <fieldset>
        <legend>Zurücksetzen</legend>
        <div class="button-row">
          <button type="button" onClick={() => void save(changeSettings(backToDefaults), 'Einstellungen zurückgesetzt')}>
            Auf Standard zurücksetzen
          </button>
          <button
            type="button"
            disabled={!corrections}
            onClick={() =>
              void save(
                sendMessage('clearCorrections').then(() => setCorrections(0)),
                'Korrekturen gelöscht',
              )
            }
          >
            Korrekturen löschen ({corrections ?? 0})
          </button>
        </div>
        <p class="hint">
          „Auf Standard zurücksetzen“ betrifft nur die Einstellungen. Korrekturen („Nicht dieser Film“) bleiben, bis
          du sie löschst.
        </p>
      </fieldset>

      <p role="status" aria-live="polite" class="status">
        {status}
      </p>
    </main>
  );
}


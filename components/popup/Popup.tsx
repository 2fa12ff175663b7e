/**
 * The toolbar popup: what Filmlupe found on the current tab (or why nothing), the per-site switch,
 * a catalogue search and the way to the settings.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sessionKey } from '../../lib/background/detections';
import { MAX_BATCH_TITLES, sendMessage, type DetectionReport } from '../../lib/messaging';
import type { FilmMatch } from '../../lib/title/types';
import { siteSwitch } from '../../lib/settings';
import { adapterFor, adapters } from '../../lib/sites/index';
import { Switch } from '../ui/Switch';
import { useSettings, useThemeAttribute } from '../ui/useSettings';
import { CatalogueSearch } from './CatalogueSearch';
import { FilmCard } from './FilmCard';
import { FoundFilms } from './FoundFilms';
import { Watchlist } from './Watchlist';
import type { UserFilm } from '../../lib/userdata/types';
import { CATALOGUE_ATTRIBUTION } from '../popover/format';
import { diagnosis, tabStatus, type SiteRef } from './tab-status';

export interface PopupTab {
  /** null when the popup has no tab (opened on its own). */
  id: number | null;
  /** Known only for pages Filmlupe has host access to. */
  url: string | null;
}

function siteOfUrl(url: string | null): SiteRef | null {
  if (!url) return null;
  try {
    const adapter = adapterFor(new URL(url));
    return adapter ? { id: adapter.id, name: adapter.name } : null;
  } catch {
    return null;
  }
}

/** Sites a user can name: adapters with pages of their own (the generic detector has none). */
export function supportedSites(): SiteRef[] {
  return adapters.filter((adapter) => adapter.matches.length > 0).map(({ id, name }) => ({ id, name }));
}

export function Popup({ tab, close = () => window.close() }: { tab: PopupTab; close?: () => void }) {
  const [settings, changeSettings] = useSettings();
  useThemeAttribute(settings?.theme);
  const [report, setReport] = useState<DetectionReport | null | undefined>(undefined);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [switchFailed, setSwitchFailed] = useState(false);
  const [view, setView] = useState<'page' | 'watchlist'>('page');
  const userFilms = useUserFilms(report?.films ?? []);

  useEffect(() => {
    const tabId = tab.id;
    if (tabId === null) {
      setReport(null);
      return;
    }
    const load = () => sendMessage('getDetection', { tabId }).then(setReport, () => setReport(null));
    void load();
    // The page may report while the popup is open (still loading, scrolled): follow it, no polling.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && sessionKey(tabId) in changes) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tab.id]);

  if (!settings || report === undefined) return <main class="popup" aria-busy="true" />;

  const status = tabStatus(report, siteOfUrl(tab.url), settings.disabledSites);
  const site = status.kind === 'unsupported' ? null : status.site;

  async function showOnPage(filmId: string) {
    try {
      if (tab.id !== null && (await sendMessage('showFilm', { id: filmId }, tab.id))) {
        close();
        return;
      }
    } catch {
      // The page's script is gone (reloaded, navigated): show the card here instead.
    }
    setChosenId(filmId);
  }

  async function openSettings() {
    await browser.runtime.openOptionsPage();
    close();
  }

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Filmlupe</h1>
        <button type="button" onClick={openSettings}>
          Einstellungen
        </button>
      </header>

      <div class="views" role="group" aria-label="Ansicht">
        <button type="button" aria-pressed={view === 'page'} onClick={() => setView('page')}>
          Diese Seite
        </button>
        <button type="button" aria-pressed={view === 'watchlist'} onClick={() => setView('watchlist')}>
          Merkliste
        </button>
      </div>

      {view === 'watchlist' && <Watchlist chosenId={chosenId} onChoose={setChosenId} />}

      {view === 'page' && site && (
        <Switch
          id="seite-aktiv"
          label={`Filmlupe auf ${site.name} aktiv`}
          checked={status.kind !== 'off'}
          onChange={(enabled) => {
            setSwitchFailed(false);
            // The switch goes back by itself (useSettings reads what is stored); this says why.
            changeSettings(siteSwitch(site.id, enabled)).catch(() => setSwitchFailed(true));
          }}
        />
      )}
      {view === 'page' && switchFailed && <p role="alert">Konnte nicht speichern.</p>}

      {view === 'page' && (
        <div class="tab-status">
          {status.kind === 'films' && <FoundFilms films={status.films} userFilms={userFilms} onChoose={(film) => void showOnPage(film.id)} />}
          {status.kind === 'off' && <p>Auf {status.site.name} markiert Filmlupe keine Titel.</p>}
          {(status.kind === 'nothing-found' || status.kind === 'no-report') && (
            <div class="diagnosis">
              <p>
                <strong>{diagnosis(status)[0]}</strong>
              </p>
              <p class="hint">{diagnosis(status)[1]}</p>
            </div>
          )}
          {status.kind === 'unsupported' && (
            <div class="diagnosis">
              <p>
                <strong>Diese Seite wird nicht unterstützt.</strong>
              </p>
              {supportedSites().length > 0 && (
                <>
                  <p class="hint">Filmlupe arbeitet auf:</p>
                  <ul class="site-list">
                    {supportedSites().map((supported) => (
                      <li key={supported.id}>{supported.name}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </div>
      )}

      <CatalogueSearch chosenId={chosenId} onChoose={setChosenId} />
      {chosenId && <FilmCard filmId={chosenId} />}
      <footer class="hint attribution">{CATALOGUE_ATTRIBUTION}</footer>
    </main>
  );
}

/** The user's entries for the tab's films, by film id; asked again when the films change. */
function useUserFilms(films: readonly FilmMatch[]): ReadonlyMap<string, UserFilm> {
  const [entries, setEntries] = useState<ReadonlyMap<string, UserFilm>>(new Map());
  // As many as getUserFilms takes (a tab never lists more).
  const ids = films.slice(0, MAX_BATCH_TITLES).map((film) => film.id).join('\n');
  useEffect(() => {
    if (ids === '') return;
    let live = true;
    sendMessage('getUserFilms', { ids: ids.split('\n') }).then(
      (answer) => live && setEntries(new Map(answer.map((entry) => [entry.filmId, entry]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ids]);
  return entries;
}

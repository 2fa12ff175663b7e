/**
 * The background service: answers messages from the bundled catalogue (its matcher index is built at
 * every start, before anything else), keeps per-tab detections and the toolbar badge. Listeners are
 * registered synchronously so that an MV3 worker woken by an event sees them. Install and update need
 * no work of their own: the catalogue is in the package, not in IndexedDB, so nothing has to be
 * seeded before the first answer.
 */
import { browser } from 'wxt/browser';
import type { Catalogue } from '../catalogue/types';
import type { MatchableFilm } from '../title/types';
import { settingsItem } from '../settings';
import { CatalogueService, type Matcher } from './catalogue-service';
import { TabDetections, setBadgeColor } from './detections';
import { registerMessageHandlers } from './handlers';
import { USER_DATA_CHANGED_KEY } from '../messaging';
import { orFallback } from './log';

export function startBackground(bundled: Catalogue | (() => Promise<Catalogue>), matcher: Matcher<any>, titles?: () => Promise<MatchableFilm[]>) {
  const catalogue = new CatalogueService({ bundled, matcher, titles });
  const detections = new TabDetections();

  const stopHandlers = registerMessageHandlers(catalogue, detections);
  browser.tabs.onRemoved.addListener((tabId) => {
    void orFallback('Tab vergessen', undefined, () => detections.forget(tabId));
  });
  // The settings page changed the user's data (import, backup restored, delete all): read it anew.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && USER_DATA_CHANGED_KEY in changes) void orFallback('Eigene Filmdaten neu lesen', undefined, () => catalogue.reloadUserData());
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.url) void orFallback('Navigation', undefined, () => detections.navigated(tabId, changeInfo.url!));
  });

  void orFallback('Katalog laden', undefined, () => catalogue.prepare());
  // Earlier versions kept a copy of the catalogue in IndexedDB; nothing reads it now.
  void orFallback('Alte Katalogkopie löschen', false, () => catalogue.dropCatalogueCopy());
  // Stored settings are brought to the current version at every start (after an update first of
  // all): content scripts only read them (lib/settings.ts, readStoredSettings).
  void orFallback('Einstellungen migrieren', undefined, () => settingsItem.migrate());
  void orFallback('Badge-Farbe', undefined, setBadgeColor);
  return { catalogue, detections, stop: stopHandlers };
}

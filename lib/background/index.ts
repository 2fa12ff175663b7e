/**
 * The background service: seeds the catalogue on install and update (and checks the data version
 * on every start), answers messages, keeps per-tab detections and the toolbar badge. Listeners are
 * registered synchronously so that an MV3 worker woken by an event sees them.
 */
import { browser } from 'wxt/browser';
import type { Catalogue } from '../catalogue/types';
import { settingsItem } from '../settings';
import { CatalogueService, type Matcher } from './catalogue-service';
import { TabDetections, setBadgeColor } from './detections';
import { registerMessageHandlers } from './handlers';
import { orFallback } from './log';

export function startBackground(bundled: Catalogue | (() => Promise<Catalogue>), matcher: Matcher<any>) {
  const catalogue = new CatalogueService({ bundled, matcher });
  const detections = new TabDetections();

  const stopHandlers = registerMessageHandlers(catalogue, detections);
  browser.runtime.onInstalled.addListener(() => {
    void orFallback('Katalog einspielen', false, () => catalogue.ensureSeeded());
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void orFallback('Tab vergessen', undefined, () => detections.forget(tabId));
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.url) void orFallback('Navigation', undefined, () => detections.navigated(tabId, changeInfo.url!));
  });

  void orFallback('Katalog prüfen', false, () => catalogue.ensureSeeded());
  // Stored settings are brought to the current version at every start (after an update first of
  // all): content scripts only read them (lib/settings.ts, readStoredSettings).
  void orFallback('Einstellungen migrieren', undefined, () => settingsItem.migrate());
  void orFallback('Badge-Farbe', undefined, setBadgeColor);
  return { catalogue, detections, stop: stopHandlers };
}

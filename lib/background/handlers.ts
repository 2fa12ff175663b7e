/**
 * Answers every message of lib/messaging.ts that goes to the background. The background trusts no
 * caller: a message is answered only when it comes from this extension (its own pages and content
 * scripts) and its data passes its schema (lib/messaging-schema.ts); otherwise it is refused, logged
 * once per kind of message with the reason, and the sender's `sendMessage` rejects. Each handler
 * catches its own errors (logged once): a lookup answers a harmless fallback, so one failing lookup
 * cannot break the worker; a write of the user's answers rejects, so the sender learns that it was not
 * stored.
 */
import { browser } from 'wxt/browser';
import { batchMatches, decodeTitles, onMessage, sendMessage, type DetectionReport, type ProtocolMap } from '../messaging';
import { checkMessage, type BackgroundMessage, type MessageData } from '../messaging-schema';
import type { CatalogueService } from './catalogue-service';
import type { TabDetections } from './detections';
import { logOnce, orFallback, orReject } from './log';

interface Sender {
  id?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}

/**
 * Only this extension's own pages and content scripts may ask the background anything. (Chromium and
 * Firefox deliver other extensions' and web pages' messages to onMessageExternal, which is not listened
 * to; this holds should that ever change.)
 */
export function fromThisExtension(sender: Sender): boolean {
  return sender.id !== undefined && sender.id === browser.runtime.id;
}

/** The message's data once its sender and its schema are checked; a refusal is logged once per kind and thrown. */
function accepted<K extends BackgroundMessage>(type: K, data: unknown, sender: Sender): MessageData<K> {
  try {
    if (!fromThisExtension(sender)) throw new Error(`${type}: Absender ${JSON.stringify(sender.id ?? null)} ist nicht Filmlupe`);
    return checkMessage(type, data);
  } catch (error) {
    logOnce(`Nachricht abgelehnt: ${type}`, error);
    throw error;
  }
}

/** Answers `type` with `answer`, for accepted messages only. */
function handle<K extends BackgroundMessage>(
  type: K,
  answer: (data: MessageData<K>, sender: Sender) => Promise<ReturnType<ProtocolMap[K]>>,
): () => void {
  return onMessage(type, (message) => answer(accepted(type, message.data, message.sender), message.sender) as never);
}

/** The tab a detection report speaks for: only a tab's top frame (iframes would overwrite it). */
export function reportingTab(sender: Sender): { tabId: number; url: string | null } | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  return { tabId, url: sender.url ?? sender.tab?.url ?? null };
}

/**
 * The tab's own report as of now: pages report only when their films change (lib/content/session.ts),
 * so the count of titles is asked for when the popup opens. Null where no content script answers.
 */
export async function currentDetectionOf(tabId: number): Promise<DetectionReport | null> {
  try {
    return await sendMessage('currentDetection', undefined, tabId);
  } catch {
    return null;
  }
}

export function registerMessageHandlers(
  catalogue: CatalogueService,
  detections: TabDetections,
  askTab: (tabId: number) => Promise<DetectionReport | null> = currentDetectionOf,
): () => void {
  const removers = [
    handle('matchTitles', (data, sender) =>
      orFallback('matchTitles', [], async () => {
        const matches = batchMatches(await catalogue.matchTitles(decodeTitles(data.titles)));
        // The page marks what the answer names: the tab's count follows without a report (detections.ts).
        const from = reportingTab(sender);
        if (from) void orFallback('Filme der Antwort', undefined, () => detections.answered(from.tabId, from.url, data.siteId, matches.map((match) => match.film)));
        return matches;
      }),
    ),
    handle('getFilmDetails', (data) => orFallback('getFilmDetails', null, () => catalogue.getFilmDetails(data.id))),
    handle('searchCatalogue', (data) => orFallback('searchCatalogue', [], () => catalogue.search(data.query))),
    handle('reportDetection', (data, sender) =>
      orFallback('reportDetection', undefined, async () => {
        const from = reportingTab(sender);
        if (from) await detections.report(from.tabId, data, from.url);
      }),
    ),
    handle('getDetection', (data) =>
      orFallback('getDetection', null, async () => (await askTab(data.tabId)) ?? detections.get(data.tabId)),
    ),
    // The user's answers (and own film data) are passed on when they cannot be stored: the card must not say "Danke!".
    handle('addCorrection', (data) => orReject('addCorrection', () => catalogue.addCorrection(data.text, data.filmId))),
    handle('confirmMatch', (data) => orReject('confirmMatch', () => catalogue.confirmMatch(data.text, data.filmId))),
    handle('clearCorrections', () => orReject('clearCorrections', () => catalogue.clearCorrections())),
    handle('countCorrections', () => orFallback('countCorrections', 0, () => catalogue.countCorrections())),
    handle('setWatchlist', (data) => orReject('setWatchlist', () => catalogue.setWatchlist(data.filmId, data.onList))),
    handle('setSeen', (data) => orReject('setSeen', () => catalogue.setSeen(data.filmId, data.seen))),
    handle('getWatchlist', () => orFallback('getWatchlist', [], () => catalogue.userFilms.watchlist())),
    handle('getUserFilms', (data) => orFallback('getUserFilms', [], () => catalogue.userFilms.films(data.ids))),
    handle('openOptions', () => orFallback('openOptions', undefined, () => browser.runtime.openOptionsPage())),
  ];
  return () => removers.forEach((remove) => remove());
}

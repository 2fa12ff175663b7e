/**
 * Answers every message of lib/messaging.ts that goes to the background. Each handler catches its
 * own errors (logged once): a lookup answers a harmless fallback, so one bad message cannot break the
 * worker; a write of the user's answers rejects, so the sender learns that it was not stored.
 */
import { browser } from 'wxt/browser';
import { batchMatches, checkedTitleAnswer, decodeTitles, onMessage, sendMessage, type DetectionReport } from '../messaging';
import type { CatalogueService } from './catalogue-service';
import type { TabDetections } from './detections';
import { orFallback, orReject } from './log';

/** The tab a detection report speaks for: only a tab's top frame (iframes would overwrite it). */
export function reportingTab(sender: {
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}): { tabId: number; url: string | null } | null {
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
    onMessage('matchTitles', ({ data }) =>
      orFallback('matchTitles', [], async () => batchMatches(await catalogue.matchTitles(decodeTitles(data.titles)))),
    ),
    onMessage('getFilmDetails', ({ data }) => orFallback('getFilmDetails', null, () => catalogue.getFilmDetails(data.id))),
    onMessage('searchCatalogue', ({ data }) => orFallback('searchCatalogue', [], () => catalogue.search(data.query))),
    onMessage('reportDetection', ({ data, sender }) =>
      orFallback('reportDetection', undefined, async () => {
        const from = reportingTab(sender);
        if (from) await detections.report(from.tabId, data, from.url);
      }),
    ),
    onMessage('getDetection', ({ data }) =>
      orFallback('getDetection', null, async () => (await askTab(data.tabId)) ?? detections.get(data.tabId)),
    ),
    // The user's answers are passed on when they cannot be stored: the card must not say "Danke!".
    onMessage('addCorrection', ({ data }) =>
      orReject('addCorrection', () => {
        const { text, filmId } = checkedTitleAnswer(data);
        return catalogue.addCorrection(text, filmId);
      }),
    ),
    onMessage('confirmMatch', ({ data }) =>
      orReject('confirmMatch', () => {
        const { text, filmId } = checkedTitleAnswer(data);
        return catalogue.confirmMatch(text, filmId);
      }),
    ),
    onMessage('clearCorrections', () => orReject('clearCorrections', () => catalogue.clearCorrections())),
    onMessage('countCorrections', () => orFallback('countCorrections', 0, () => catalogue.countCorrections())),
    onMessage('openOptions', () => orFallback('openOptions', undefined, () => browser.runtime.openOptionsPage())),
  ];
  return () => removers.forEach((remove) => remove());
}

/**
 * What the content script found on each tab, for the popup and the toolbar badge. Kept in memory
 * and mirrored to `storage.session` (where the browser has it) so that a service worker restarted
 * by the browser still knows; forgotten when the tab closes or navigates to another page.
 */
import { browser } from 'wxt/browser';
import type { DetectionReport } from '../messaging';

interface StoredReport {
  report: DetectionReport;
  /** The page the report is about; a navigation to another URL makes it stale. */
  url: string | null;
}

/** Neutral grey: the badge counts, it does not alarm. */
export const BADGE_COLOR = '#4b5563';

/** The storage.session key of a tab's report (the popup listens to it to update while open). */
export const sessionKey = (tabId: number) => `detection:${tabId}`;

function sessionArea() {
  return browser.storage.session as typeof browser.storage.local | undefined;
}

function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** The badge text for a report: the number of films, nothing for none or when switched off. */
export function badgeText(report: DetectionReport | null): string {
  if (!report || report.disabled || report.films.length === 0) return '';
  return String(report.films.length);
}

/** Same origin and path; query and fragment may differ. */
export function samePage(a: string | null, b: string): boolean {
  if (a === null) return false;
  try {
    const [first, second] = [new URL(a), new URL(b)];
    return first.origin === second.origin && first.pathname === second.pathname;
  } catch {
    return a === b;
  }
}

export class TabDetections {
  private readonly byTab = new Map<number, StoredReport>();

  async report(tabId: number, report: DetectionReport, url: string | null = null): Promise<void> {
    const stored = { report, url };
    this.byTab.set(tabId, stored);
    await Promise.all([sessionArea()?.set({ [sessionKey(tabId)]: stored }), this.setBadge(tabId, report)]);
  }

  async get(tabId: number): Promise<DetectionReport | null> {
    return (await this.stored(tabId))?.report ?? null;
  }

  async forget(tabId: number): Promise<void> {
    this.byTab.delete(tabId);
    await sessionArea()?.remove(sessionKey(tabId));
  }

  /**
   * The tab shows `url` now: a report about another page is dropped and its badge cleared. Only the
   * path counts: Netflix opens its detail modal as `/browse?jbv=…` over the same page.
   */
  async navigated(tabId: number, url: string): Promise<void> {
    const stored = await this.stored(tabId);
    if (!stored || samePage(stored.url, url)) return;
    await this.forget(tabId);
    await this.setBadge(tabId, null);
  }

  private async stored(tabId: number): Promise<StoredReport | null> {
    const inMemory = this.byTab.get(tabId);
    if (inMemory) return inMemory;
    const session = sessionArea();
    if (!session) return null;
    const fromSession = (await session.get(sessionKey(tabId)))[sessionKey(tabId)] as StoredReport | undefined;
    if (fromSession) this.byTab.set(tabId, fromSession);
    return fromSession ?? null;
  }

  private async setBadge(tabId: number, report: DetectionReport | null): Promise<void> {
    await toolbarAction()?.setBadgeText({ tabId, text: badgeText(report) });
  }
}

export async function setBadgeColor(): Promise<void> {
  await toolbarAction()?.setBadgeBackgroundColor({ color: BADGE_COLOR });
}

/**
 * What the content script found on each tab, for the popup and the toolbar badge. Kept in memory
 * and mirrored to `storage.session` (where the browser has it) so that a service worker restarted
 * by the browser still knows; forgotten when the tab closes or navigates to another page.
 *
 * Two sources: the page's own report (lib/content/session.ts), and the films the background's
 * answers to the page named (`answered`), which the page marks. A batch of new tiles that only adds
 * films so costs the page no report message (bench/decisions.md, 2026-12-05); the page reports in
 * full whenever it shows fewer films than it was answered (a tile gone, a correction, a new page).
 */
import { browser } from 'wxt/browser';
import type { DetectionReport } from '../messaging';
import type { FilmMatch } from '../title/types';

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

/** The report with the films not in it yet added after its own (the same report if there are none). */
export function withFilms(report: DetectionReport, films: readonly FilmMatch[]): DetectionReport {
  const known = new Set(report.films.map((film) => film.id));
  const added = films.filter((film) => !known.has(film.id) && known.add(film.id));
  return added.length === 0 ? report : { ...report, candidateCount: null, films: [...report.films, ...added] };
}

export class TabDetections {
  private readonly byTab = new Map<number, StoredReport>();
  /**
   * Each tab's changes, one after the other: a report must not be overtaken by the films of an answer
   * that reached the background after it, nor overwrite them (each change reads storage.session first).
   */
  private readonly turns = new Map<number, Promise<void>>();

  report(tabId: number, report: DetectionReport, url: string | null = null): Promise<void> {
    return this.inTurn(tabId, () => this.store(tabId, { report, url }));
  }

  /**
   * The background answered the page at `url` with these films: they count as found there. Ignored
   * when the tab's report is about another page (an answer for the page before), or Filmlupe is off.
   */
  answered(tabId: number, url: string | null, siteId: string, films: readonly FilmMatch[]): Promise<void> {
    if (films.length === 0) return Promise.resolve();
    return this.inTurn(tabId, async () => {
      const stored = await this.stored(tabId);
      if (stored && (stored.report.disabled || (url !== null && !samePage(stored.url, url)))) return;
      const report = stored?.report ?? { siteId, siteName: null, candidateCount: null, films: [], disabled: false };
      const next = withFilms(report, films);
      if (next !== report) await this.store(tabId, { report: next, url: stored?.url ?? url });
    });
  }

  async get(tabId: number): Promise<DetectionReport | null> {
    return (await this.stored(tabId))?.report ?? null;
  }

  forget(tabId: number): Promise<void> {
    return this.inTurn(tabId, () => this.drop(tabId));
  }

  /**
   * The tab shows `url` now: a report about another page is dropped and its badge cleared. Only the
   * path counts: Netflix opens its detail modal as `/browse?jbv=…` over the same page.
   */
  navigated(tabId: number, url: string): Promise<void> {
    return this.inTurn(tabId, async () => {
      const stored = await this.stored(tabId);
      if (!stored || samePage(stored.url, url)) return;
      await this.drop(tabId);
      await this.setBadge(tabId, null);
    });
  }

  /** Runs `change` after the tab's earlier changes (a failed one does not hold up the next). */
  private inTurn(tabId: number, change: () => Promise<void>): Promise<void> {
    const done = (this.turns.get(tabId) ?? Promise.resolve()).then(change);
    const turn = done.catch(() => {});
    this.turns.set(tabId, turn);
    void turn.then(() => {
      if (this.turns.get(tabId) === turn) this.turns.delete(tabId);
    });
    return done;
  }

  private async store(tabId: number, stored: StoredReport): Promise<void> {
    this.byTab.set(tabId, stored);
    await Promise.all([sessionArea()?.set({ [sessionKey(tabId)]: stored }), this.setBadge(tabId, stored.report)]);
  }

  private async drop(tabId: number): Promise<void> {
    this.byTab.delete(tabId);
    await sessionArea()?.remove(sessionKey(tabId));
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

/**
 * What the popup says about the current tab, from the content script's report, the tab's URL (known
 * only on supported sites: no `tabs` permission) and the settings. Pure, so every case is tested.
 */
import type { DetectionReport } from '../../lib/messaging';
import type { FilmMatch } from '../../lib/title/types';

export interface SiteRef {
  id: string;
  name: string;
}

export type TabStatus =
  /** No adapter handles this page. */
  | { kind: 'unsupported' }
  /** The user turned Filmlupe off for this site. */
  | { kind: 'off'; site: SiteRef }
  /** Films found (a site, or a film page the generic detector recognised). */
  | { kind: 'films'; site: SiteRef | null; films: FilmMatch[] }
  /** A supported site, but no film of the catalogue found. */
  | { kind: 'nothing-found'; site: SiteRef; candidateCount: number }
  /** A supported site whose content script has not reported (opened before install, still loading). */
  | { kind: 'no-report'; site: SiteRef };

export function tabStatus(
  report: DetectionReport | null,
  siteOfUrl: SiteRef | null,
  disabledSites: string[],
): TabStatus {
  const site = report?.siteId ? { id: report.siteId, name: report.siteName ?? report.siteId } : siteOfUrl;
  // The settings decide; a page's "disabled" report that the settings no longer back is stale (the
  // page re-reports once it has seen the change).
  if (site && disabledSites.includes(site.id)) return { kind: 'off', site };
  if (report?.disabled) return site ? { kind: 'no-report', site } : { kind: 'unsupported' };
  if (report && report.films.length > 0) return { kind: 'films', site, films: report.films };
  if (!site) return { kind: 'unsupported' };
  if (!report) return { kind: 'no-report', site };
  return { kind: 'nothing-found', site, candidateCount: report.candidateCount ?? 0 };
}

/** The diagnosis for a supported site with no film: a headline and one line that helps. */
export function diagnosis(status: Extract<TabStatus, { kind: 'nothing-found' | 'no-report' }>): [string, string] {
  const { name } = status.site;
  if (status.kind === 'no-report') {
    return [`${name} erkannt, noch keine Titel gemeldet`, 'Seite neu laden, dann sucht Filmlupe die Titel.'];
  }
  const headline = `${name} erkannt, 0 Titel gefunden`;
  if (status.candidateCount > 0) {
    const titles = status.candidateCount === 1 ? '1 Titel' : `${status.candidateCount} Titel`;
    return [headline, `Die Seite zeigt ${titles}, aber keiner davon steht im Filmlupe-Katalog.`];
  }
  return [
    headline,
    `Keine Titel in bekannter Form: Seite ganz laden oder scrollen. Bleibt es leer, hat ${name} vermutlich das Layout geändert.`,
  ];
}

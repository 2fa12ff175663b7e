/**
 * Netflix: three generations of title cards plus the preview/detail modal and the player title.
 * Netflix shows no year or kind on its cards, so those stay unknown; the numeric video id is the
 * siteKey (off-screen slider clones repeat it).
 */
import { attr, collapse, parseYear, queryAllWithSelf, textOf } from './dom';
import type { FoundTitle, SiteAdapter } from './types';

// ~2019 to mid-2026, saved page 2023-06-07 (../shared/real-pages/netflix, from adxxtya/destructure-html):
// the card anchor carries the title as aria-label; p.fallback-text is the only text copy.
const CARD_2023 = 'a.slider-refocus[href*="/watch/"]';
// ~2017 (docs/sites.md, from maintained rating extensions): the label sits on the div.
const CARD_2017 = 'div.title-card[aria-label]';
// Since ~2026-08 (docs/sites.md: a maintained rating extension moved to it on 2026-08-03):
// the anchor's aria-label is "TITLE (…)", cut at " (". Game cards are `cloud-game-card` (not films).
const CARD_2026 = 'a[data-uia="standard-card"], a[data-uia="progress-card"], a[data-uia="ranked-card"]';
// Preview and detail modals (docs/sites.md, late 2026): the title is a logo image's title/alt.
const MODAL_LOGO =
  '.previewModal--wrapper img.previewModal--player-titleTreatment-logo, .detail-modal img.previewModal--player-titleTreatment-logo, .detail-modal img[title]';
// The modal's year (maintained rating extensions read it there, late 2026).
const MODAL = '.previewModal--wrapper, .detail-modal';
const MODAL_YEAR = '.previewModal--detailsMetadata-left .year, .previewModal--detailsMetadata .year';
// Player overlay (docs/sites.md, late 2026): "<h4>TITLE</h4><span>E1 …</span>" for episodes.
const PLAYER_TITLE = '[data-uia="video-title"]';
// Search suggestions (docs/sites.md, late 2026) are typed-ahead words, not titles on the page.
const EXCLUDED = '[data-uia*="search-suggestion"]';

const ALL = [CARD_2023, CARD_2017, CARD_2026, MODAL_LOGO, PLAYER_TITLE].join(', ');

/** The numeric video id of a card link or page URL: /watch/<id>, /title/<id> or ?jbv=<id>. */
export function netflixVideoId(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const path = /\/(?:watch|title)\/(\d+)/.exec(href);
  if (path) return path[1];
  const jbv = /[?&]jbv=(\d+)/.exec(href);
  return jbv ? jbv[1] : undefined;
}

function cardTitle(element: Element): string {
  if (element.matches(CARD_2026)) return (attr(element, 'aria-label').split(' (')[0] ?? '').trim();
  if (element.matches(CARD_2017)) return attr(element, 'aria-label');
  return attr(element, 'aria-label') || textOf(element.querySelector('p.fallback-text'));
}

function modalTitle(element: Element): string {
  return attr(element, 'title') || attr(element, 'alt');
}

function playerTitle(element: Element): string {
  const heading = element.querySelector('h4');
  return heading ? textOf(heading) : textOf(element);
}

function find(root: ParentNode, url: URL): FoundTitle[] {
  const found: FoundTitle[] = [];
  for (const element of queryAllWithSelf(root, ALL)) {
    if (element.closest(EXCLUDED)) continue;
    let text: string;
    let siteKey: string | undefined;
    let year: number | null = null;
    if (element.matches(MODAL_LOGO)) {
      text = modalTitle(element);
      siteKey = netflixVideoId(url.href);
      year = parseYear(textOf(element.closest(MODAL)?.querySelector(MODAL_YEAR)));
    } else if (element.matches(PLAYER_TITLE)) {
      text = playerTitle(element);
      siteKey = netflixVideoId(url.href);
    } else {
      text = cardTitle(element);
      const link = element.matches('a') ? element : element.querySelector('a[href]') ?? element.closest('a[href]');
      siteKey = netflixVideoId(link?.getAttribute('href'));
    }
    text = collapse(text);
    if (text) found.push({ element, text, year, kind: null, siteKey });
  }
  return found;
}

export const netflix: SiteAdapter = {
  id: 'netflix',
  name: 'Netflix',
  matches: ['https://www.netflix.com/*'],
  handles: (url) => url.hostname === 'www.netflix.com' || url.hostname === 'netflix.com',
  find,
  // Netflix scales the tile and opens its own preview on hover: the content script adds a badge.
  badge: true,
};

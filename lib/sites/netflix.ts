/**
 * Netflix: three generations of title cards plus the preview/detail modal and the player title.
 * Netflix shows no year or kind on its cards, so those stay unknown; the numeric video id is the
 * siteKey (off-screen slider clones repeat it).
 */
import { attr, parseYear, queryAllWithSelf, textOf } from './dom';
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

/** The numeric video id of a card link or page URL: /watch/<id>, /title/<id> or ?jbv=<id>. */
export function netflixVideoId(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  // indexOf instead of a regular expression: this runs once per card (5,000 on a busy page).
  return digitsAfterFirst(href, '/watch/', '/title/') ?? digitsAfterFirst(href, '?jbv=', '&jbv=');
}

/** The digits after the leftmost occurrence of either marker that is followed by a digit. */
function digitsAfterFirst(href: string, ...markers: string[]): string | undefined {
  let bestAt = -1;
  let best: string | undefined;
  for (const marker of markers) {
    for (let at = href.indexOf(marker); at >= 0 && (bestAt < 0 || at < bestAt); at = href.indexOf(marker, at + 1)) {
      const start = at + marker.length;
      let end = start;
      while (end < href.length && href.charCodeAt(end) >= 48 && href.charCodeAt(end) <= 57) end++;
      if (end > start) {
        bestAt = at;
        best = href.slice(start, end);
        break;
      }
    }
  }
  return best;
}

// The `data-uia` values of CARD_2026, read from the attribute instead of matching the selector again.
const CARD_2026_UIA = new Set(['standard-card', 'progress-card', 'ranked-card']);

// The browser answers one selector over a 50,000-node page in ~0.3 ms, but a list of n selectors in
// ~0.6·n ms (bench page, 2026-11-21): so the kinds are asked one selector at a time. Everything with a
// `data-uia` (2026 cards, player title, search suggestions) comes from one query and is told apart by
// the attribute's value; the other queries leave `data-uia` elements to it, so nothing comes twice.
const WITH_UIA = '[data-uia]';
const CARD_2023_NO_UIA = `${CARD_2023}:not([data-uia])`;
const CARD_2017_NO_UIA = `${CARD_2017}:not([data-uia])`;
const CARD_2023_OR_2017 = `${CARD_2023}, ${CARD_2017}`;
// MODAL_LOGO's images (late 2026, as above) by their own parts; each is then checked against MODAL_LOGO.
const LOGO_BY_CLASS = 'img.previewModal--player-titleTreatment-logo';
const LOGO_BY_TITLE = '.detail-modal img[title]';

/** `tag` is the element's tagName, read once by the caller (each DOM read costs on a 5,000-card page). */
function cardTitle(element: Element, tag: string, dataUia: string | null): string {
  if (tag === 'A' && dataUia !== null && CARD_2026_UIA.has(dataUia)) {
    const label = attr(element, 'aria-label');
    const cut = label.indexOf(' (');
    return cut < 0 ? label : label.slice(0, cut).trim();
  }
  if (tag === 'DIV' && element.classList.contains('title-card') && element.hasAttribute('aria-label')) {
    return attr(element, 'aria-label');
  }
  return attr(element, 'aria-label') || textOf(element.querySelector('p.fallback-text'));
}

function cardFound(element: Element, dataUia: string | null, tag = element.tagName): FoundTitle | null {
  const text = cardTitle(element, tag, dataUia);
  if (!text) return null;
  const link = tag === 'A' ? element : element.querySelector('a[href]') ?? element.closest('a[href]');
  return { element, text, year: null, kind: null, siteKey: netflixVideoId(link?.getAttribute('href')) };
}

function modalFound(element: Element, url: URL): FoundTitle | null {
  const text = attr(element, 'title') || attr(element, 'alt');
  if (!text) return null;
  const year = parseYear(textOf(element.closest(MODAL)?.querySelector(MODAL_YEAR)));
  return { element, text, year, kind: null, siteKey: netflixVideoId(url.href) };
}

function playerFound(element: Element, url: URL): FoundTitle | null {
  const heading = element.querySelector('h4');
  const text = heading ? textOf(heading) : textOf(element);
  return text ? { element, text, year: null, kind: null, siteKey: netflixVideoId(url.href) } : null;
}

/**
 * The titles in `root`: modal logos, then player titles, then cards, each kind in page order. Cheap
 * checks of tag and attribute per element: on a 5,000-card page this runs per card, so no
 * `closest()` walk and no selector matched twice per card.
 */
function find(root: ParentNode, url: URL): FoundTitle[] {
  // The observer may hand over a subtree inside an excluded container.
  if ((root as Node).nodeType === 1 && (root as Element).closest(EXCLUDED)) return [];
  const modals: FoundTitle[] = [];
  const players: FoundTitle[] = [];
  const cards: FoundTitle[] = [];
  const excluded: Element[] = [];
  const add = (list: FoundTitle[], found: FoundTitle | null) => found && list.push(found);

  for (const element of queryAllWithSelf(root, LOGO_BY_CLASS)) {
    if (element.matches(MODAL_LOGO)) add(modals, modalFound(element, url));
  }
  for (const element of queryAllWithSelf(root, LOGO_BY_TITLE)) {
    // Images with the logo class came with the query above.
    if (!element.classList.contains('previewModal--player-titleTreatment-logo')) add(modals, modalFound(element, url));
  }
  for (const element of queryAllWithSelf(root, WITH_UIA)) {
    const dataUia = element.getAttribute('data-uia') ?? '';
    const tag = element.tagName;
    if (tag === 'A' && CARD_2026_UIA.has(dataUia)) add(cards, cardFound(element, dataUia, tag));
    else if (dataUia.includes('search-suggestion')) excluded.push(element);
    else if (tag === 'IMG' && element.matches(MODAL_LOGO)) continue; // a modal logo, above
    else if (dataUia === 'video-title') add(players, playerFound(element, url));
    else if (element.matches(CARD_2023_OR_2017)) add(cards, cardFound(element, dataUia, tag));
  }
  for (const element of queryAllWithSelf(root, CARD_2023_NO_UIA)) add(cards, cardFound(element, null));
  for (const element of queryAllWithSelf(root, CARD_2017_NO_UIA)) add(cards, cardFound(element, null));

  const found = [...modals, ...players, ...cards];
  if (excluded.length === 0) return found;
  return found.filter((item) => !excluded.some((container) => container.contains(item.element)));
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

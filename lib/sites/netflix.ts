/**
 * Netflix: three generations of title cards plus the preview/detail modal and the player title.
 * Netflix shows no year or kind on its cards, so those stay unknown. Off-screen slider clones of a
 * card are found like the card itself (each gets its own badge).
 */
import { attr, forEachWithSelf, parseYear, queryAllWithSelf, textOf } from './dom';
import type { FoundTitle, SiteAdapter } from './types';

// ~2019 to mid-2026, saved page 2023-06-07 (../shared/real-pages/netflix, from adxxtya/destructure-html):
// the card anchor `a.slider-refocus` carries the title as aria-label; p.fallback-text is the only text copy.
const CARD_2023 = '.slider-refocus[href*="/watch/"]';
// Since ~2026-08 (docs/sites.md: a maintained rating extension moved to it on 2026-08-03): the anchor's
// aria-label is "TITLE (…)", cut at " (". Game cards are `cloud-game-card` (not films).
const CARD_2026_KINDS = ['standard-card', 'progress-card', 'ranked-card'];
// Both card generations in one walk of the page: a compound led by the tag `a` costs the browser ~0.6 ms
// over the 50,000-node bench page, the same selectors as a list ~0.6 ms each (measured 2026-11-21).
const CARD = `a:is(${CARD_2023}, ${CARD_2026_KINDS.map((kind) => `[data-uia="${kind}"]`).join(', ')})`;
// ~2017 (docs/sites.md, from maintained rating extensions): the label sits on the div.
const CARD_2017 = 'div.title-card[aria-label]';
// Preview and detail modals (docs/sites.md, late 2026): the title is a logo image's title/alt. The page
// is walked for both kinds of logo image at once, each is then checked against MODAL_LOGO.
const MODAL_LOGO =
  '.previewModal--wrapper img.previewModal--player-titleTreatment-logo, .detail-modal img.previewModal--player-titleTreatment-logo, .detail-modal img[title]';
const MODAL_LOGO_IMAGE = 'img:is(.previewModal--player-titleTreatment-logo, [title])';
// The modal's year (maintained rating extensions read it there, late 2026).
const MODAL_WRAPPER = '.previewModal--wrapper';
const DETAIL_MODAL = '.detail-modal';
const MODAL = `${MODAL_WRAPPER}, ${DETAIL_MODAL}`;
const MODAL_YEAR = '.previewModal--detailsMetadata-left .year, .previewModal--detailsMetadata .year';
// Player overlay (docs/sites.md, late 2026): "<h4>TITLE</h4><span>E1 …</span>" for episodes.
const PLAYER_TITLE = '[data-uia="video-title"]';
// Search suggestions (docs/sites.md, late 2026) are typed-ahead words, not titles: a subtree added
// inside the search box is not scanned. (Suggestion links are no cards: the card walk never meets them.)
const EXCLUDED = '[data-uia*="search-suggestion"], [data-uia="search-box"]';

/**
 * A card's title, reading as little of the page as possible (each DOM read costs on a 5,000-card
 * page): the aria-label, cut at " (" on 2026 cards only; p.fallback-text where a 2023 label is empty.
 */
function cardTitle(element: Element): string {
  const label = attr(element, 'aria-label');
  if (!label) return element.tagName === 'A' ? textOf(element.querySelector('p.fallback-text')) : '';
  const cut = label.indexOf(' (');
  if (cut < 0 || !isCard2026(element)) return label;
  return label.slice(0, cut).trim();
}

function isCard2026(element: Element): boolean {
  return CARD_2026_KINDS.includes(element.getAttribute('data-uia') ?? '');
}

function cardFound(element: Element): FoundTitle | null {
  const text = cardTitle(element);
  return text ? { element, text, year: null, kind: null } : null;
}

function modalFound(element: Element): FoundTitle | null {
  const text = attr(element, 'title') || attr(element, 'alt');
  if (!text) return null;
  const year = parseYear(textOf(element.closest(MODAL)?.querySelector(MODAL_YEAR)));
  return { element, text, year, kind: null };
}

function playerFound(element: Element): FoundTitle | null {
  const heading = element.querySelector('h4');
  const text = heading ? textOf(heading) : textOf(element);
  return text ? { element, text, year: null, kind: null } : null;
}

/**
 * Which overlays a scan of the whole document looks for: the ones its address says can be open, a
 * modal at `?jbv=<id>` or `/title/<id>`, the player at `/watch/<id>`. Each costs a walk over the whole
 * page (~1 ms over the bench page's 50,000 nodes, 2026-11-21) and a browse page has neither.
 */
export function overlaysInDocument(url: URL): { modal: boolean; player: boolean } {
  return { modal: url.searchParams.has('jbv') || url.pathname.startsWith('/title/'), player: isPlayerPage(url) };
}

/**
 * Which overlays an added subtree is searched for: a modal's logo wherever the subtree is or holds a
 * modal, whatever the address (the hover preview opens without a change of address), the player only
 * at its own address (the site moves there before it draws the player). Each search is a walk over
 * the subtree: the player's cost a third of a batch's queries on the hard bench page (2026-12-04).
 */
function overlaysInSubtree(root: Element, url: URL): { modal: boolean; player: boolean } {
  return { modal: isOrHoldsModal(root), player: isPlayerPage(url) };
}

/**
 * A logo counts only inside a modal (MODAL_LOGO), so a subtree outside every modal that holds none has
 * none. Two lookups of a class name cost a tenth of the walk for logo images, over the ten rows of
 * cards a 500-card batch adds (~0.01 vs 0.1 ms in the content script's world, Chromium 156, 2026-12-05).
 */
function isOrHoldsModal(root: Element): boolean {
  return root.closest(MODAL) !== null || root.querySelector(MODAL_WRAPPER) !== null || root.querySelector(DETAIL_MODAL) !== null;
}

function isPlayerPage(url: URL): boolean {
  return url.pathname.startsWith('/watch');
}

/**
 * The titles in `root` (the page, or a subtree the observer hands over): modal logos, then player
 * titles, then cards, each kind in page order. On a 5,000-card page this runs per card: one query per
 * kind of element, one attribute read per card, no `closest()` walk per card. One query per kind, not
 * one selector list: Blink answers a single selector far faster than a list (ten rows of 50 cards:
 * 0.19 ms for the kinds one by one, 0.41 ms as one list; bench page, Chromium 156, 2026-11-21).
 */
function find(root: ParentNode, url: URL): FoundTitle[] {
  const subtree = (root as Node).nodeType === 1;
  // The observer may hand over a subtree inside an excluded container.
  if (subtree && (root as Element).closest(EXCLUDED)) return [];
  const overlays = subtree ? overlaysInSubtree(root as Element, url) : overlaysInDocument(url);
  const found: FoundTitle[] = [];
  const add = (item: FoundTitle | null) => item && found.push(item);

  if (overlays.modal) for (const image of queryAllWithSelf(root, MODAL_LOGO_IMAGE)) if (image.matches(MODAL_LOGO)) add(modalFound(image));
  if (overlays.player) for (const element of queryAllWithSelf(root, PLAYER_TITLE)) add(playerFound(element));
  const cards = forEachWithSelf(root, CARD, (card) => add(cardFound(card)));
  // A page is served by one generation of Netflix's front end: the 2017 markup only where the others
  // are absent (its walk over a 50,000-node page costs ~1 ms, bench page 2026-11-21).
  if (cards === 0) forEachWithSelf(root, CARD_2017, (card) => add(cardFound(card)));
  return found;
}

/**
 * Netflix's pages that list titles (rows of cards, search results, "Neu und beliebt"), with or without a
 * language segment ("/de/browse/genre/83"): no film's own page, so not searched for JSON-LD (see
 * `SiteAdapter.mayBeFilmPage`; that walk cost ~2 ms on the 50,000-node bench page, 2026-11-21). A
 * film's page is /title/<id> (and the modal at ?jbv=<id>, over a browse page, comes with its own logo).
 */
export function isListPage(url: URL): boolean {
  const segments = url.pathname.split('/').filter(Boolean);
  const first = /^[a-z]{2}(-[a-z]{2})?$/i.test(segments[0] ?? '') ? segments[1] : segments[0];
  return first === 'browse' || first === 'search' || first === 'latest';
}

export const netflix: SiteAdapter = {
  id: 'netflix',
  name: 'Netflix',
  matches: ['https://www.netflix.com/*'],
  handles: (url) => url.hostname === 'www.netflix.com' || url.hostname === 'netflix.com',
  find,
  mayBeFilmPage: (url) => !isListPage(url),
  // Netflix scales the tile and opens its own preview on hover: the content script adds a badge.
  badge: true,
};

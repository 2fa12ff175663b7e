/**
 * Prime Video (amazon.de/gp/video/…, primevideo.com): the detail heading in two generations, cards
 * with their entity type (only Movie and TV Show are kept), and ≤2022 packshot links.
 */
import { attr, collapse, documentOf, isDocument, parseYear, queryAllWithSelf, textOf } from './dom';
import type { TitleKind } from '../title/types';
import type { FoundTitle, SiteAdapter } from './types';

// ≤2022 detail page, saved 2021-04 (../shared/real-pages/primevideo/…um-jeden-preis-2021-04.html):
// the heading text is the title; the year badge also exists on the 2026 page.
const HEADING_2021 = 'h1[data-automation-id="title"]';
const YEAR_BADGE = '[data-automation-id="release-year-badge"]';
// 2026 detail hero, saved 2026-03-21 (../shared/real-pages/primevideo/detail-young-sherlock-…-2026.html):
// the h1 holds only img.titleLogo[alt=TITLE]; its text is empty.
const HEADING_2026 = 'h1[data-testid="title-art"]';
// 2023–2026 cards (docs/sites.md; same markup on the 2026 saved page): the title and the entity type
// are attributes of the article.
const CARD = 'article[data-card-title]';
// 2023–2024 cards without data-card-title (docs/sites.md): the title is the inner a[aria-label] to /detail/.
const CARD_WITHOUT_TITLE = 'article[data-testid*="-card"]:not([data-card-title])';
// ≤2022 related titles (2021-04 saved page): packshot links to /detail/<ASIN> labelled with the title.
// The same selector also catches buttons ("Watch Trailer", "Play S1 E4", "Watch Again"): see isPackshot.
const DETAIL_LINK = 'a[aria-label][href*="/detail/"]';

const ALL = [HEADING_2021, HEADING_2026, YEAR_BADGE, CARD, CARD_WITHOUT_TITLE, DETAIL_LINK].join(', ');

// data-card-entity-type values seen on the 2026 saved page and in docs/sites.md (Trailer, Bonus
// Content, EVENT and Live are never films): anything not listed here is skipped.
const ENTITY_KINDS = new Map<string, TitleKind>([
  ['Movie', 'film'],
  ['TV Show', 'series'],
]);

// Button labels on /detail/ links, English and German UI (2026 saved page: "Play S1 E4", "Resume S1 E3",
// "Watch Again", "Watch trailer", "Download Episode 3").
const BUTTON_LABEL =
  /^(play|resume|watch again|watch trailer|watch now|download|abspielen|fortsetzen|weiterschauen|erneut ansehen|trailer ansehen|jetzt ansehen|herunterladen)\b/i;

/** "Watch Young Sherlock - Staffel 1 | Prime Video" → "Young Sherlock - Staffel 1" ('' when it names no title). */
export function titleFromDocumentTitle(documentTitle: string): string {
  let title = collapse(documentTitle);
  const bar = title.lastIndexOf(' | ');
  if (bar < 0 || !/prime video/i.test(title.slice(bar))) return '';
  title = title.slice(0, bar);
  title = title.replace(/^amazon\.[a-z.]+:\s*/i, '').replace(/^(watch|ansehen:?)\s+/i, '').replace(/\s+ansehen$/i, '');
  return /^prime video\b/i.test(title) ? '' : title.trim();
}

function isPackshot(link: Element): boolean {
  if (link.hasAttribute('role') || link.hasAttribute('data-testid') || link.hasAttribute('data-automation-id')) return false;
  const href = link.getAttribute('href') ?? '';
  if (href.includes('autoplay=') || href.includes('action=download') || !href.includes('/detail/')) return false;
  return !BUTTON_LABEL.test(attr(link, 'aria-label'));
}

function heroTitle(heading: Element, root: ParentNode): { text: string; kind: TitleKind | null } {
  const documentTitle = titleFromDocumentTitle(documentOf(root)?.title ?? '');
  // The document title says "Staffel 1"/"Season 1" for a series; the logo's alt never does.
  const kind: TitleKind | null = /\b(staffel|season)\s*\d/i.test(documentTitle) ? 'series' : null;
  if (heading.matches(HEADING_2021)) return { text: textOf(heading), kind };
  const logo = attr(heading.querySelector('img[alt]'), 'alt');
  return { text: logo || (isDocument(root) ? documentTitle : ''), kind };
}

function find(root: ParentNode): FoundTitle[] {
  const found: FoundTitle[] = [];
  const heroes: FoundTitle[] = [];
  let year: number | null = null;
  for (const element of queryAllWithSelf(root, ALL)) {
    if (element.matches(YEAR_BADGE)) {
      year ??= parseYear(textOf(element) || attr(element, 'aria-label'));
    } else if (element.matches(`${HEADING_2021}, ${HEADING_2026}`)) {
      const { text, kind } = heroTitle(element, root);
      if (!text) continue;
      const hero: FoundTitle = { element, text, kind, year: null };
      heroes.push(hero);
      found.push(hero);
    } else if (element.matches(CARD)) {
      const text = attr(element, 'data-card-title');
      const type = element.getAttribute('data-card-entity-type');
      const kind = type === null ? null : ENTITY_KINDS.get(collapse(type));
      // Live-TV tiles (docs/sites.md) carry a channel name, not a title.
      if (!text || text === 'Live-TV' || kind === undefined) continue;
      found.push({ element, text, kind, year: null });
    } else if (element.matches(CARD_WITHOUT_TITLE)) {
      const link = Array.from(element.querySelectorAll(DETAIL_LINK)).find(isPackshot);
      if (link) found.push({ element, text: attr(link, 'aria-label'), kind: null, year: null });
    } else if (!element.closest(`${CARD}, ${CARD_WITHOUT_TITLE}`) && isPackshot(element)) {
      const text = attr(element, 'aria-label');
      if (text) found.push({ element, text, kind: null, year: null });
    }
  }
  // The year badge follows the heading in the page: it belongs to the page's own title only.
  for (const hero of heroes) hero.year = year;
  return found;
}

const HOSTS = ['www.amazon.de', 'www.amazon.com', 'www.amazon.co.uk', 'www.amazon.at'];

export const primevideo: SiteAdapter = {
  id: 'primevideo',
  name: 'Prime Video',
  // "*gp/video/*" also covers the language-prefixed paths ("/-/en/gp/video/detail/…").
  matches: [...HOSTS.map((host) => `https://${host}/*gp/video/*`), 'https://*.primevideo.com/*'],
  handles: (url) =>
    url.hostname === 'www.primevideo.com' ||
    url.hostname.endsWith('.primevideo.com') ||
    (HOSTS.includes(url.hostname) && url.pathname.includes('/gp/video/')),
  find: (root) => find(root),
};

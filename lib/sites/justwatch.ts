/**
 * JustWatch: the title page heading (with its year) and the poster grids of lists and search. The
 * kind comes from the link path, which JustWatch localises ("/de/Film/…", "/de/Serie/…", "/us/movie/…").
 */
import { attr, collapse, linkPath, parseYear, queryAllWithSelf, textOf } from './dom';
import type { TitleKind } from '../title/types';
import type { FoundTitle, SiteAdapter } from './types';

// Title pages: a plain h1 (2026); earlier h1.title-detail-hero__details__title with a
// span.release-year child "(2011)" (docs/sites.md, from maintained rating extensions, late 2026). A
// .release-year beside the 2026 h1 is read too (assumed: no saved 2026 page shows where the year sits).
const HEADING = 'h1';
const RELEASE_YEAR = '.release-year';
// Lists, search and "similar titles" (docs/sites.md, late 2026): poster link, title in img[alt].
const GRID_LINK = '.title-list-grid__item > a';

// The second path segment names the kind, in the page's language (docs/sites.md: matching "/movie/"
// alone misses the German "/Film/").
const KIND_BY_SEGMENT = new Map<string, TitleKind>([
  ['film', 'film'],
  ['movie', 'film'],
  ['pelicula', 'film'],
  ['filme', 'film'],
  ['serie', 'series'],
  ['tv-show', 'series'],
  ['tv-series', 'series'],
  ['series', 'series'],
]);

/** 'film' for /de/Film/drive, 'series' for /de/Serie/…, null for any other page. */
export function justwatchKind(path: string): TitleKind | null {
  const [country, segment, slug] = path.split('/').filter(Boolean);
  if (!country || !segment || !slug) return null;
  return KIND_BY_SEGMENT.get(segment.toLowerCase()) ?? null;
}

function headingTitle(heading: Element): { text: string; year: number | null } {
  const yearElement = heading.querySelector(RELEASE_YEAR) ?? heading.parentElement?.querySelector(RELEASE_YEAR) ?? null;
  const yearText = textOf(yearElement);
  let text = textOf(heading);
  if (yearElement && heading.contains(yearElement) && yearText) text = collapse(text.replace(yearText, ''));
  return { text, year: parseYear(yearText) };
}

function find(root: ParentNode, url: URL): FoundTitle[] {
  const pageKind = justwatchKind(url.pathname);
  const found: FoundTitle[] = [];
  for (const element of queryAllWithSelf(root, `${HEADING}, ${GRID_LINK}`)) {
    if (element.matches(GRID_LINK)) {
      const path = linkPath(element, url);
      const text = attr(element.querySelector('img[alt]'), 'alt');
      if (text) found.push({ element, text, year: null, kind: justwatchKind(path) });
    } else if (pageKind) {
      // Only a title page's heading is a title; list and search pages have headings like "Neu auf Netflix".
      const { text, year } = headingTitle(element);
      if (text) found.push({ element, text, year, kind: pageKind });
    }
  }
  return found;
}

export const justwatch: SiteAdapter = {
  id: 'justwatch',
  name: 'JustWatch',
  matches: ['https://www.justwatch.com/*'],
  handles: (url) => url.hostname === 'www.justwatch.com' || url.hostname === 'justwatch.com',
  find,
};

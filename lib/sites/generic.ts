/**
 * The generic detector: a film detail page of any supported site that describes itself as a movie
 * through schema.org JSON-LD or Open Graph. It owns no URL (`handles` is false); `findTitles` in
 * ./index runs it at document level on every supported page, after the site's own adapter.
 */
import { collapse, metaContent } from './dom';
import { firstOfType, movieData, type MovieData } from './jsonld';
import type { FoundTitle, SiteAdapter } from './types';

// 2026-11, schema.org/Movie and ogp.me: JSON-LD `script[type="application/ld+json"]`, `og:type`
// "video.movie" and `og:title` are the site-independent signals many detail pages carry (docs/sites.md).
// `og:site_name` names the site, which og:title often repeats at its end ("Drive | Filmshop").
const SIGNALS =
  'script[type="application/ld+json"], meta[property="og:type"], meta[property="og:title"], meta[property="og:site_name"], h1';

/** og:title without a trailing " | Site", " - Site" or " – Site" where Site is the page's og:site_name. */
export function withoutSiteName(title: string, siteName: string): string {
  if (!siteName) return title;
  for (const separator of [' | ', ' - ', ' – ']) {
    if (title.endsWith(separator + siteName)) return title.slice(0, -(separator + siteName).length).trim();
  }
  return title;
}

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Filmseite (schema.org / Open Graph)',
  matches: [],
  handles: () => false,
  find(root) {
    let movie: MovieData | null = null;
    let movieSource: Element | null = null;
    let ogIsMovie = false;
    let ogTitle: Element | null = null;
    let siteName = '';
    let heading: Element | null = null;
    for (const element of root.querySelectorAll(SIGNALS)) {
      if (element.tagName === 'SCRIPT') {
        if (movie) continue;
        const found = firstOfType(element, ['Movie']);
        if (found) [movie, movieSource] = [movieData(found), element];
      } else if (element.tagName === 'H1') {
        heading ??= element;
      } else if (element.getAttribute('property') === 'og:type') {
        ogIsMovie ||= metaContent(element) === 'video.movie';
      } else if (element.getAttribute('property') === 'og:site_name') {
        siteName ||= metaContent(element);
      } else {
        ogTitle ??= element;
      }
    }
    if (!movie && !ogIsMovie) return [];
    // The heading is the hover target; without one the signal's own element still reports the film
    // (the popup lists it) though nothing on the page is marked visibly.
    const headingText = collapse(heading?.textContent);
    const text = movie?.name || (ogIsMovie && ogTitle ? withoutSiteName(metaContent(ogTitle), siteName) : '') || headingText;
    const element = heading ?? (movie?.name ? movieSource : ogTitle) ?? movieSource;
    if (!text || !element) return [];
    return [{ element, text, year: movie?.year ?? null, kind: 'film' } satisfies FoundTitle];
  },
};

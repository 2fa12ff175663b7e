/**
 * Apple TV (tv.apple.com): the player's title and the movie/show detail pages. Detail URLs name the
 * kind: /de/movie/<slug>/umc.cmc.<id> is a film, /de/show/<slug>/umc.cmc.<id> a series.
 */
import { isDocument, kindFromPath, metaContent, queryAllWithSelf, textOf, titleText } from './dom';
import { firstOfType, movieData } from './jsonld';
import type { FoundTitle, SiteAdapter } from './types';

// 2025–2026, maintained presence scripts (docs/sites.md): the web player shows the playing title in
// `.video-metadata .title`.
const PLAYER_TITLE = '.video-metadata .title';
// 2025–2026 (docs/sites.md): detail pages carry JSON-LD (Movie / TVSeries) and `og:title`; the page's
// first `h1` is the visible title heading, our hover target.
const DETAIL_SIGNALS = 'script[type="application/ld+json"], meta[property="og:title"], h1';

/** og:title carries the store's name: "Drive – Apple TV (DE)", "Drive | Apple TV+". */
function withoutStoreName(text: string): string {
  const cut = text.search(/\s[-–|]\sApple TV/);
  return cut > 0 ? text.slice(0, cut).trim() : text;
}

export const appletv: SiteAdapter = {
  id: 'appletv',
  name: 'Apple TV',
  matches: ['https://tv.apple.com/*'],
  handles: (url) => url.hostname === 'tv.apple.com',
  find(root, url) {
    const kind = kindFromPath(url, ['movie'], ['show']);
    const found: FoundTitle[] = [];
    let name = '';
    let year: number | null = null;
    let ogTitle = '';
    let heading: Element | null = null;
    for (const element of queryAllWithSelf(root, `${PLAYER_TITLE}, ${DETAIL_SIGNALS}`)) {
      if (element.matches(PLAYER_TITLE)) {
        const text = titleText(element);
        if (text) found.push({ element, text, kind });
      } else if (element.tagName === 'SCRIPT') {
        const item = name ? null : firstOfType(element, ['Movie', 'TVSeries']);
        if (item) ({ name, year } = movieData(item));
      } else if (element.tagName === 'META') {
        ogTitle ||= withoutStoreName(metaContent(element));
      } else {
        heading ??= element;
      }
    }
    // Only detail pages (the kind is in their path) name their own title in the document's metadata.
    if (kind && isDocument(root) && heading) {
      const text = name || ogTitle || textOf(heading);
      if (text && !found.some((item) => item.element === heading)) found.push({ element: heading, text, year, kind });
    }
    return found;
  },
};

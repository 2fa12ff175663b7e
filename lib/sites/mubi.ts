/** MUBI (mubi.com): film detail pages, /de/de/films/<slug> (also without the locale prefix). */
import { collapse, isDocument, metaContent, queryAllWithSelf, titleText } from './dom';
import { parseJsonSafely } from './jsonld';
import type { SiteAdapter } from './types';

// 2025–2026, maintained presence scripts (docs/sites.md): the film page marks its title with
// `[itemprop="name"]`, the Next.js data script `#__NEXT_DATA__` holds the film as
// `props.initialProps.pageProps.initFilm` ({ title, year, … }), and `og:title` is the fallback.
const SIGNALS = '[itemprop="name"], script#__NEXT_DATA__, meta[property="og:title"], h1';

interface InitFilm {
  title: string;
  year: number | null;
}

/** The film of the page's Next.js data, read defensively (any shape, size-capped by parseJsonSafely). */
export function initFilm(json: string | null): InitFilm | null {
  const data = parseJsonSafely(json) as { props?: { initialProps?: { pageProps?: { initFilm?: unknown } } } } | undefined;
  const film = data?.props?.initialProps?.pageProps?.initFilm as { title?: unknown; year?: unknown } | undefined;
  if (typeof film?.title !== 'string' || !collapse(film.title)) return null;
  const year = typeof film.year === 'number' && Number.isInteger(film.year) ? film.year : null;
  return { title: collapse(film.title), year };
}

/** "Drive (2011) | MUBI" → "Drive (2011)" (the matcher reads the year). */
function withoutSiteName(text: string): string {
  const cut = text.lastIndexOf('| MUBI');
  return (cut >= 0 ? text.slice(0, cut) : text).trim();
}

/** A name inside a Person or Organization item (cast, distributor) is not the film's title. */
function isFilmName(element: Element): boolean {
  const item = element.parentElement?.closest('[itemscope]');
  return !item || !/Person|Organization/.test(item.getAttribute('itemtype') ?? '');
}

export const mubi: SiteAdapter = {
  id: 'mubi',
  name: 'MUBI',
  matches: ['https://*.mubi.com/*'],
  handles: (url) => url.hostname === 'mubi.com' || url.hostname.endsWith('.mubi.com'),
  find(root, url) {
    if (!/\/films\/[^/]+/.test(url.pathname)) return [];
    let nameElement: Element | null = null;
    let heading: Element | null = null;
    let film: InitFilm | null = null;
    let ogTitle = '';
    for (const element of queryAllWithSelf(root, SIGNALS)) {
      if (element.matches('[itemprop="name"]') && !nameElement && titleText(element) && isFilmName(element)) {
        nameElement = element;
      } else if (element.id === '__NEXT_DATA__') {
        film ??= initFilm(element.textContent);
      } else if (element.tagName === 'META') {
        ogTitle ||= withoutSiteName(metaContent(element));
      } else if (element.tagName === 'H1') {
        heading ??= element;
      }
    }
    const element = nameElement ?? heading;
    if (!element) return [];
    const pageTitle = isDocument(root) ? film?.title || ogTitle : '';
    const text = pageTitle || titleText(element);
    return text ? [{ element, text, year: film?.year ?? null, kind: 'film' }] : [];
  },
};

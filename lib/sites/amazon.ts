/**
 * Amazon shop (amazon.de/.com/.at/.co.uk, not /gp/video/ which is Prime Video): film products only.
 * A book, a game or a soundtrack whose name contains a film's title is not the film, so every title
 * here needs evidence that it is a DVD, Blu-ray or video product. The kind stays null: "movies-tv"
 * also sells series, and the matcher's cleaning recognises "Staffel", "Box", "Collection" tags.
 */
import { attr, collapse, documentOf, queryAllWithSelf, textOf } from './dom';
import type { FoundTitle, SiteAdapter } from './types';

// Product page (docs/sites.md, late 2026): span#productTitle inside h1#title, padded with whitespace.
const PRODUCT_TITLE = '#productTitle';
// Search results (docs/sites.md, late 2026): the product name is the result's h2.
const SEARCH_RESULT = '[data-component-type="s-search-result"]';
const SEARCH_TITLE = `${SEARCH_RESULT} h2`;
// Sponsored results may prefix the name (Amazon search, 2024–2026).
const SPONSORED = /^(?:Gesponserte Anzeige|Gesponsert|Sponsored Ad|Sponsored)\s*[-–:]?\s*/i;
// Carousels (docs/sites.md, late 2026): the visible name is cut with "…", img[alt] holds the full name.
const CAROUSEL_IMAGE = '.a-carousel-card img[alt]';
// Customer images and review widgets sit in carousels too (Amazon product pages, 2024–2026); their
// alts are opinions, not titles.
const REVIEW_AREA = '[data-hook*="review"], #customer-reviews_feature_div, #cm-cr-dp-review-list, .cr-widget-FocalReviews';

// Film stores and product groups (docs/sites.md: input[name=storeID], div#dp class, inline data).
const FILM_STORES = new Set(['dvd', 'dvd-de', 'video', 'movies-tv']);
const isFilmDpClass = (dpClass: string) =>
  dpClass.toLowerCase().split(/\s+/).some((token) => token === 'dvd' || token === 'video' || token.startsWith('movies'));
const FILM_INLINE_DATA = ['"productGroupID":"dvd_display_on_website"', 'storeContext=movies-tv'];
const BOOK_STORES = new Set(['books', 'books-de', 'stripbooks', 'digital-text', 'audible', 'kindle']);

// Format words on a search result or a product name (German and English shop). Books, soundtracks
// and games named after a film are the look-alikes to keep out.
const FILM_FORMAT = /\b(Blu-ray|DVD|4K Ultra HD|4K UHD|UHD|Prime Video|Steelbook|Mediabook)\b/i;
const NOT_FILM_FORMAT =
  /\b(Taschenbuch|Gebundenes Buch|Gebundene Ausgabe|Broschiert|Kindle|Hörbuch|Audible|Paperback|Hardcover|Audio CD|Audio-CD|Vinyl|Kalender|PlayStation|Xbox|Nintendo)\b/i;
// Search departments in the URL ("i=dvd"): a film department vouches for all its results.
const FILM_DEPARTMENTS = new Set(['dvd', 'video', 'movies-tv', 'instant-video', 'prime-instant-video']);
const BOOK_DEPARTMENTS = new Set(['stripbooks', 'english-books', 'digital-text', 'audible', 'books']);

/** Whether the product page sells a film (DVD, Blu-ray, video), from the store markers of the page. */
export function isFilmProductPage(doc: Document): boolean {
  const store = doc.querySelector('input[name="storeID"]')?.getAttribute('value')?.toLowerCase() ?? '';
  const dpClass = doc.getElementById('dp')?.getAttribute('class') ?? '';
  if (BOOK_STORES.has(store) || /\bbook/i.test(dpClass)) return false;
  if (FILM_STORES.has(store) || isFilmDpClass(dpClass)) return true;
  return Array.from(doc.querySelectorAll('script:not([src])')).some((script) => {
    const code = script.textContent ?? '';
    return FILM_INLINE_DATA.some((marker) => code.includes(marker));
  });
}

/**
 * A search result is kept when the search is in a film department, or when the result shows a film
 * format ("Blu-ray", "DVD", "Prime Video" format links) and no book format. A result that shows no
 * format at all cannot be told apart: it is kept with kind null, and the matcher decides from its
 * name alone. A result with a book, music or game format (Taschenbuch, Kindle, Audio CD, PlayStation, …) is never kept.
 */
function isFilmSearchResult(result: Element, url: URL): boolean {
  const department = url.searchParams.get('i')?.toLowerCase() ?? '';
  if (FILM_DEPARTMENTS.has(department)) return true;
  if (BOOK_DEPARTMENTS.has(department)) return false;
  return !NOT_FILM_FORMAT.test(textOf(result));
}

function find(root: ParentNode, url: URL): FoundTitle[] {
  const found: FoundTitle[] = [];
  const doc = documentOf(root);
  let filmProduct: boolean | undefined;
  const seen = new Set<Element>();
  for (const element of queryAllWithSelf(root, `${PRODUCT_TITLE}, ${SEARCH_TITLE}, ${CAROUSEL_IMAGE}`)) {
    if (element.matches(PRODUCT_TITLE)) {
      filmProduct ??= doc ? isFilmProductPage(doc) : false;
      const text = textOf(element);
      if (filmProduct && text) found.push({ element, text, year: null, kind: null });
    } else if (element.matches(SEARCH_TITLE)) {
      const result = element.closest(SEARCH_RESULT);
      const text = textOf(element).replace(SPONSORED, '');
      // Newer results have a brand h2 ("Universal Pictures") before the product h2; only the product
      // name links to the product.
      const linked = element.closest('a[href]') ?? element.querySelector('a[href]');
      if (result && linked && text && isFilmSearchResult(result, url)) {
        found.push({ element, text, year: null, kind: null });
      }
    } else {
      const text = attr(element, 'alt');
      const link = element.closest('a[href*="/dp/"]');
      // Only product images whose full name shows a film format; never review or customer images.
      if (!link || seen.has(link) || element.closest(REVIEW_AREA) || !FILM_FORMAT.test(text) || NOT_FILM_FORMAT.test(text)) continue;
      seen.add(link);
      found.push({ element: link, text: collapse(text), year: null, kind: null });
    }
  }
  return found;
}

const HOSTS = ['www.amazon.de', 'www.amazon.com', 'www.amazon.at', 'www.amazon.co.uk'];

export const amazon: SiteAdapter = {
  id: 'amazon',
  name: 'Amazon',
  matches: HOSTS.map((host) => `https://${host}/*`),
  handles: (url) => HOSTS.includes(url.hostname) && !url.pathname.includes('/gp/video/'),
  find,
};

/**
 * Thalia (thalia.de): product pages of films on DVD, Blu-ray and 4K. Thalia is first a book shop: a book
 * whose title names a film (the novel "Drive") is not a film, so this adapter only speaks when the page's
 * structured data says the product is a disc (or a schema.org Movie), and stays silent otherwise.
 */
import { textOf } from './dom';
import { firstOfType } from './jsonld';
import { isFilmProduct, productFacts } from './mediamarkt';
import type { SiteAdapter } from './types';

// Assumption, 2026-11 (no saved Thalia page yet; public links and shop scripts 2024–2026): product pages live
// under /shop/home/artikeldetails/<id>, show the product name as the page's `h1`, and describe the product
// as schema.org JSON-LD (Product or Book, with category and BreadcrumbList). A film product is recognised by
// a disc format in its category/breadcrumb or as a tag in its name ("Drive [Blu-ray]"), like MediaMarkt.
const PRODUCT_PATH = '/shop/home/artikeldetails/';
const SIGNALS = 'h1, script[type="application/ld+json"]';

export const thalia: SiteAdapter = {
  id: 'thalia',
  name: 'Thalia',
  matches: ['https://www.thalia.de/*'],
  handles: (url) => url.hostname === 'www.thalia.de' || url.hostname === 'thalia.de',
  find(root, url) {
    if (!url.pathname.startsWith(PRODUCT_PATH)) return [];
    const elements = [...root.querySelectorAll(SIGNALS)];
    const heading = elements.find((element) => element.tagName === 'H1');
    const scripts = elements.filter((element) => element.tagName === 'SCRIPT');
    if (!heading || scripts.length === 0) return [];
    const facts = productFacts(scripts);
    const isMovie = scripts.some((script) => firstOfType(script, ['Movie']) !== null);
    const text = textOf(heading) || facts.name;
    if (!text || facts.isBook) return [];
    return isMovie || isFilmProduct(facts.name || text, facts.categories) ? [{ element: heading, text }] : [];
  },
};

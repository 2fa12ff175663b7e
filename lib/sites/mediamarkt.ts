/**
 * MediaMarkt and Saturn (same shop software): product pages of films on DVD, Blu-ray and 4K. Everything
 * else they sell (players, consoles, games, books, blank discs) is not a film, even when its name
 * contains "Blu-ray". Also home of the film-product test Thalia shares.
 */
import { collapse, textOf } from './dom';
import { hasType, jsonLdObjects, stringField, type JsonObject } from './jsonld';
import type { SiteAdapter } from './types';

/** A disc format written as a tag in a product name: "Drive [Blu-ray]", "Drive - (4K Ultra HD Blu-ray)". */
const FORMAT_TAG = /[[(]\s*(?:4K|UHD|Blu-ray|Blu-Ray|DVD)\b/i;
/** A disc format anywhere in a category ("Filme > Blu-ray > Action"). */
const FORMAT_WORD = /\b(?:Blu-ray|DVD|4K Ultra HD|UHD)\b/i;
/** Categories of things that carry a disc format in their name but are not films. */
const NOT_FILM_CATEGORY =
  /Player|Recorder|Laufwerk|Brenner|Rohling|Konsole|Gaming|Games|Spiele|PlayStation|Xbox|Nintendo|Bücher|Buch|Hörbuch|Musik|Zubehör|Kabel|Fernseher/i;

export interface ProductFacts {
  /** The schema.org Product (or Book) name. */
  name: string;
  /** The Product's own category and the breadcrumb names, outermost first. */
  categories: string[];
  /** The data says it is a book (schema.org Book). */
  isBook: boolean;
}

function breadcrumbNames(list: JsonObject): string[] {
  const entries = Array.isArray(list.itemListElement) ? list.itemListElement : [];
  return entries.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return '';
    const { item } = entry as JsonObject;
    const nested = typeof item === 'object' && item !== null ? stringField(item as JsonObject, 'name') : '';
    return stringField(entry as JsonObject, 'name') || nested;
  });
}

/** What the page's JSON-LD scripts say about the product. */
export function productFacts(scripts: Element[]): ProductFacts {
  const facts: ProductFacts = { name: '', categories: [], isBook: false };
  const own: string[] = [];
  for (const item of scripts.flatMap(jsonLdObjects)) {
    if (hasType(item, 'Book')) facts.isBook = true;
    if (hasType(item, 'Product') || hasType(item, 'Book')) {
      facts.name ||= stringField(item, 'name');
      const category = Array.isArray(item.category) ? item.category : [item.category];
      own.push(...category.filter((value): value is string => typeof value === 'string').map((value) => collapse(value)));
    }
    if (hasType(item, 'BreadcrumbList')) facts.categories.push(...breadcrumbNames(item).filter(Boolean));
  }
  facts.categories.push(...own);
  return facts;
}

/**
 * Whether a shop product is a film: a disc format in its categories or as a tag in its name, and its
 * most specific category is not one of players, games, books or accessories. No signal → not a film
 * (a wrong film is worse than none). Only the most specific category is checked for exclusions because
 * shops group broadly at the top ("Film & Musik", "Filme, Serien & Bücher").
 */
export function isFilmProduct(name: string, categories: string[], isBook = false): boolean {
  const path = categories.join(' > ');
  const specific = path.split(/[>/|›]/).pop() ?? '';
  if (isBook || NOT_FILM_CATEGORY.test(specific)) return false;
  return FORMAT_WORD.test(path) || FORMAT_TAG.test(name);
}

// 2025–2026, maintained presence scripts (docs/sites.md): the product name is `h1[itemprop="name"]`, and
// the page carries schema.org Product (category) and BreadcrumbList data as JSON-LD.
const SIGNALS = 'h1, script[type="application/ld+json"]';

export const mediamarkt: SiteAdapter = {
  id: 'mediamarkt',
  name: 'MediaMarkt / Saturn',
  matches: ['https://www.mediamarkt.de/*', 'https://www.saturn.de/*'],
  handles: (url) => ['www.mediamarkt.de', 'mediamarkt.de', 'www.saturn.de', 'saturn.de'].includes(url.hostname),
  find(root) {
    const elements = [...root.querySelectorAll(SIGNALS)];
    const headings = elements.filter((element) => element.tagName === 'H1');
    const heading = headings.find((element) => element.getAttribute('itemprop') === 'name') ?? headings[0];
    if (!heading) return [];
    const facts = productFacts(elements.filter((element) => element.tagName === 'SCRIPT'));
    const text = textOf(heading) || facts.name;
    if (!text || !isFilmProduct(facts.name || text, facts.categories, facts.isBook)) return [];
    return [{ element: heading, text }];
  },
};

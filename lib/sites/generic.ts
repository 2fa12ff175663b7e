/**
 * The generic detector: a film detail page of any supported site that describes itself as a movie
 * through schema.org JSON-LD or Open Graph. It owns no URL (`handles` is false); `findTitles` in
 * ./index runs it at document level on every supported page, after the site's own adapter.
 *
 * Also home of the small JSON-LD helpers the shop and streaming adapters share.
 */
import { collapse, isDocument } from './dom';
import type { FoundTitle, SiteAdapter } from './types';

export { isDocument };

/** Scripts larger than this are skipped unparsed: page text is hostile input. */
export const MAX_JSON_CHARS = 200_000;

export type JsonObject = Record<string, unknown>;

/** Whitespace collapsed and trimmed; '' for null. */
export const plainText = collapse;

/** JSON.parse that never throws and refuses oversized input. */
export function parseJsonSafely(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_JSON_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every object of one JSON-LD script: top-level arrays and `@graph` lists flattened (one level each,
 * which covers what sites emit without walking arbitrarily deep input).
 */
export function jsonLdObjects(script: Element): JsonObject[] {
  const parsed = parseJsonSafely(script.textContent);
  const top = Array.isArray(parsed) ? parsed : [parsed];
  const objects: JsonObject[] = [];
  for (const item of top) {
    if (!isObject(item)) continue;
    objects.push(item);
    if (Array.isArray(item['@graph'])) objects.push(...item['@graph'].filter(isObject));
  }
  return objects;
}

/** Whether a JSON-LD object has this schema.org type ("Movie", ["Movie"], "schema:Movie", "http://schema.org/Movie"). */
export function hasType(item: JsonObject, type: string): boolean {
  const types = Array.isArray(item['@type']) ? item['@type'] : [item['@type']];
  return types.some(
    (value) =>
      typeof value === 'string' && (value === type || value.endsWith('/' + type) || value.endsWith(':' + type)),
  );
}

/** A string field, or the first string of an array field. */
export function stringField(item: JsonObject, key: string): string {
  const value = item[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? plainText(first) : '';
}

/** The year that starts an ISO-like date ("2011-09-15", "2011"), else null. */
export function yearOf(date: string): number | null {
  const match = /^(\d{4})(?:\D|$)/.exec(date.trim());
  const year = match ? Number(match[1]) : NaN;
  return year >= 1880 && year <= 2100 ? year : null;
}

export interface MovieData {
  name: string;
  year: number | null;
  directors: string[];
}

/** The name, year and directors of a schema.org Movie object. */
export function movieData(item: JsonObject): MovieData {
  const people = Array.isArray(item.director) ? item.director : [item.director];
  const directors = people
    .map((person) => (typeof person === 'string' ? person : isObject(person) ? stringField(person, 'name') : ''))
    .filter(Boolean);
  return {
    name: stringField(item, 'name'),
    year: yearOf(stringField(item, 'datePublished')) ?? yearOf(stringField(item, 'dateCreated')),
    directors,
  };
}

/** The first object of the given schema.org types in one JSON-LD script, or null. */
export function firstOfType(script: Element, types: string[]): JsonObject | null {
  return jsonLdObjects(script).find((item) => types.some((type) => hasType(item, type))) ?? null;
}

/** The text of a title element: an image's alt (logos), else its text. */
export function titleText(element: Element): string {
  return plainText(element.tagName === 'IMG' ? element.getAttribute('alt') : element.textContent);
}

/** Which path segment names the kind: `/filme/` → film, `/serien/` → series (German sites). */
export function kindFromPath(url: URL, film: string[], series: string[]): 'film' | 'series' | null {
  const segments = url.pathname.toLowerCase().split('/');
  if (segments.some((segment) => film.includes(segment))) return 'film';
  if (segments.some((segment) => series.includes(segment))) return 'series';
  return null;
}

export function metaContent(element: Element): string {
  return plainText(element.getAttribute('content'));
}

// 2026-11, schema.org/Movie and ogp.me: JSON-LD `script[type="application/ld+json"]`, `og:type`
// "video.movie" and `og:title` are the site-independent signals many detail pages carry (sites.md).
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
    const headingText = plainText(heading?.textContent);
    const text = movie?.name || (ogIsMovie && ogTitle ? withoutSiteName(metaContent(ogTitle), siteName) : '') || headingText;
    const element = heading ?? (movie?.name ? movieSource : ogTitle) ?? movieSource;
    if (!text || !element) return [];
    return [{ element, text, year: movie?.year ?? null, kind: 'film' } satisfies FoundTitle];
  },
};

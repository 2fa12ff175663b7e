/**
 * The registry of site adapters, in priority order: the first adapter whose `handles(url)` is true
 * owns the page. Adding a site = one file in this folder + one line here.
 *
 * This module is also evaluated in Node at build time (wxt.config.ts reads `supportedMatches`), so it
 * holds nothing but plain data and pure functions.
 */
import { amazon } from './amazon';
import { appletv } from './appletv';
import { disneyplus } from './disneyplus';
import { collapse } from './dom';
import { generic } from './generic';
import { joyn } from './joyn';
import { justwatch } from './justwatch';
import { mediamarkt } from './mediamarkt';
import { mubi } from './mubi';
import { netflix } from './netflix';
import { primevideo } from './primevideo';
import { rtlplus } from './rtlplus';
import { thalia } from './thalia';
import type { FoundTitle, SiteAdapter } from './types';
import { wow } from './wow';

/** Every site adapter. Prime Video comes before the Amazon shop: both live on amazon.de. */
export const adapters: SiteAdapter[] = [
  netflix,
  primevideo,
  amazon,
  disneyplus,
  justwatch,
  appletv,
  wow,
  joyn,
  rtlplus,
  mubi,
  mediamarkt,
  thalia,
];

/** The adapter for a page, or null. */
export function adapterFor(url: URL): SiteAdapter | null {
  return adapters.find((adapter) => adapter.handles(url)) ?? null;
}

/** Every supported host pattern: the content script's matches and the manifest's host permissions. */
export const supportedMatches: string[] = [...new Set(adapters.flatMap((adapter) => adapter.matches))];

/**
 * The origins of the supported sites ("https://www.amazon.de/*"): host permissions and web-accessible
 * resources need no paths (and web-accessible resources accept none).
 */
export const supportedOrigins: string[] = /* @__PURE__ */ originsOf(supportedMatches);

// Pure, so that the content script (which never reads the origins) does not work them out at every
// page load (bench page, 2026-11-21: part of the 1.5 ms saved together with the plain `browser`, wxt.config.ts).
function originsOf(patterns: string[]): string[] {
  return [...new Set(patterns.map((pattern) => pattern.replace(/^([^/]+\/\/[^/]+)\/.*$/, '$1/*')))];
}

function sameTitle(text: string): string {
  return collapse(text).toLowerCase();
}

/**
 * False when the generic detector cannot find anything: it reports a film only from a JSON-LD script
 * or an `og:type` meta (generic.ts). Open Graph metas belong in the <head> (ogp.me), JSON-LD may also
 * sit in the body: one walk over the body, for scripts only (each walk over a 50,000-node page costs
 * ~1–1.5 ms, bench page 2026-11-21). Loose on purpose (any JSON script, any `og:` property): when in
 * doubt the detector runs.
 */
function mayHoldMovieSignals(document: Document): boolean {
  if (document.head?.querySelector('script[type*="json" i], meta[property*="og:" i]')) return true;
  return document.body?.querySelector('script[type*="json" i]') != null;
}

/**
 * The titles on a supported page: its adapter's finds and, for the whole document, the generic
 * schema.org / Open Graph detector's. A generic find that repeats one of the adapter's (same element,
 * or same text with no conflicting year) is dropped; its year fills in where the adapter saw none.
 * Unsupported pages yield nothing.
 */
export function findTitles(root: ParentNode, url: URL): FoundTitle[] {
  const adapter = adapterFor(url);
  if (!adapter) return [];
  const found = adapter.find(root, url);
  if ((root as Node).nodeType !== 9 || adapter.mayBeFilmPage?.(url) === false || !mayHoldMovieSignals(root as Document)) return found;
  const extras = generic.find(root, url);
  if (extras.length === 0) return found;
  // Each adapter find's comparable title, once (a 5,000-card page has 5,000 of them).
  const titles = found.map((item) => sameTitle(item.text));
  for (const extra of extras) {
    const extraTitle = sameTitle(extra.text);
    const index = found.findIndex(
      (item, i) =>
        item.element === extra.element ||
        (titles[i] === extraTitle && (item.year == null || extra.year == null || item.year === extra.year)),
    );
    const repeated = found[index];
    if (!repeated) {
      found.push(extra);
      titles.push(extraTitle);
    } else if (repeated.year == null && extra.year != null) found[index] = { ...repeated, year: extra.year };
  }
  return found;
}

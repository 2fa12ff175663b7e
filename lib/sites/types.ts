import type { TitleKind } from '../title/types';

/** One title an adapter found on a page, before cleaning and matching. */
export interface FoundTitle {
  /** The element a user hovers or focuses: it gets `data-filmlupe-film` (or a badge, see `SiteAdapter.badge`). */
  element: Element;
  /** The raw title text as the site shows it ("Um Jeden Preis [dt./OV]"). */
  text: string;
  /** A year the page shows beside the title (Disney+ "Erscheinungsjahr: 2011", a release-year badge). */
  year?: number | null;
  /** What the site says the item is (Prime's data-card-entity-type, a /Serie/ path, a game tile → 'other'). */
  kind?: TitleKind | null;
}

/**
 * One site's knowledge, in one small file: which pages it handles and how titles are marked there.
 * Adapters are pure (no side effects, no page mutation): the content script and `npm run scan` call
 * the same functions, on a live page and on a saved one.
 */
export interface SiteAdapter {
  /** Stable id, also the settings key for the per-site switch: 'netflix', 'amazon', 'primevideo', … */
  id: string;
  /** Display name for the popup ("Netflix"). */
  name: string;
  /** Match patterns for the manifest (content script matches and host permissions). */
  matches: string[];
  /** Whether this adapter handles this URL (amazon.de/gp/video/… is Prime Video, not the shop). */
  handles(url: URL): boolean;
  /**
   * Finds titles in `root` (the document, or a subtree the observer saw added). Must not return the
   * same element twice for one call; may return elements the caller already marked (it skips them).
   */
  find(root: ParentNode, url: URL): FoundTitle[];
  /**
   * True where the title element is a tile the site scales or previews on hover (Netflix): the content
   * script then adds a small focusable badge as the trigger instead of using the element itself.
   */
  badge?: boolean;
  /**
   * False where the address shows a page that lists titles (a browse or search page): such a page is no
   * film's own page, so the generic detector's schema.org / Open Graph look (which walks the whole page
   * for JSON-LD) is skipped there. Absent: every page may be a film's own page.
   */
  mayBeFilmPage?(url: URL): boolean;
}

/**
 * Small DOM and URL readers shared by the site adapters. Page text is hostile input: these only read,
 * never write, and use no regular expression that can backtrack badly.
 */

/**
 * Whitespace that collapsing would change: at either end, two in a row, or any but the plain space.
 * No quantifier: one step per character at most, whatever the page text.
 */
const UNCOLLAPSED = /^\s|\s$|\s\s|[^\S ]/;

/** Collapses runs of whitespace (including no-break spaces and newlines) and trims. */
export function collapse(text: string | null | undefined): string {
  if (!text) return '';
  // Most page titles are already clean: one native test per title instead of a replace (or of a
  // loop over the characters, which runs unoptimised on a page's first scan: bench page, 2026-11-21).
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** The element's text with whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return collapse(element?.textContent);
}

/** An attribute with whitespace collapsed ('' when absent). */
export function attr(element: Element | null | undefined, name: string): string {
  return collapse(element?.getAttribute(name));
}

/** The first plausible film year (1880–2099) in a text such as "(2011)" or "Released 2026", else null. */
export function parseYear(text: string | null | undefined): number | null {
  const found = /\b(18[89]\d|19\d\d|20\d\d)\b/.exec(text ?? '');
  return found ? Number(found[1]) : null;
}

/**
 * Every element matching `selector` in `root`, in document order, with `root` itself first when it
 * matches (the observer may hand over the tile itself as the added node).
 */
export function queryAllWithSelf(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  forEachWithSelf(root, selector, (element) => found.push(element));
  return found;
}

/**
 * Calls `visit` for every element `queryAllWithSelf` would return, in the same order, and returns
 * how many there were: for the loops that run once per card of a page, which need no array of them.
 * The NodeList is read by index, not with `Array.from` or `for…of`: in a content script each step of
 * its iterator is a call into the page's world. 5,000 cards and their aria-labels in a fresh isolated
 * world: `Array.from` 4.9 ms, by index into an array 4.3 ms, by index without one 3.7 ms (medians of
 * 30 alternating rounds, Chromium 156, 2026-12-05).
 */
export function forEachWithSelf(root: ParentNode, selector: string, visit: (element: Element) => void): number {
  let count = 0;
  if (isElement(root) && root.matches(selector)) {
    visit(root);
    count++;
  }
  const list = root.querySelectorAll(selector);
  const length = list.length;
  for (let index = 0; index < length; index++) visit(list[index]!);
  return count + length;
}

/** The document a root belongs to. */
export function documentOf(root: ParentNode): Document | null {
  if (isDocument(root)) return root;
  return (root as Node).ownerDocument ?? null;
}

/** True when root is the whole document (page-level fallbacks such as document.title only apply then). */
export function isDocument(root: ParentNode): root is Document {
  return (root as Node).nodeType === 9;
}

function isElement(root: ParentNode): root is Element {
  return (root as Node).nodeType === 1;
}

/** The path of a link's href resolved against the page URL, or '' when it is not a valid URL. */
export function linkPath(element: Element, pageUrl: URL): string {
  const href = element.getAttribute('href');
  if (!href) return '';
  try {
    return new URL(href, pageUrl).pathname;
  } catch {
    return '';
  }
}

/** The text of a title element: an image's alt (logos), else its text. */
export function titleText(element: Element): string {
  return collapse(element.tagName === 'IMG' ? element.getAttribute('alt') : element.textContent);
}

/** Which path segment names the kind: `/filme/` → film, `/serien/` → series (German sites). */
export function kindFromPath(url: URL, film: string[], series: string[]): 'film' | 'series' | null {
  const segments = url.pathname.toLowerCase().split('/');
  if (segments.some((segment) => film.includes(segment))) return 'film';
  if (segments.some((segment) => series.includes(segment))) return 'series';
  return null;
}

/** A meta element's `content`, whitespace collapsed. */
export function metaContent(element: Element): string {
  return collapse(element.getAttribute('content'));
}

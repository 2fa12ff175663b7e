/**
 * Small DOM readers shared by the site adapters. Page text is hostile input: these only read, never
 * write, and use no regular expression that can backtrack badly.
 */

/** Collapses runs of whitespace (including no-break spaces and newlines) and trims. */
export function collapse(text: string | null | undefined): string {
  if (!text) return '';
  // Most page titles are already clean: a loop over the characters costs a fraction of a regular
  // expression replace (measured per card on the 5,000-card bench page).
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** True when `text` has no whitespace but single spaces between other characters. */
function isCollapsed(text: string): boolean {
  let previousWasSpace = true; // a leading space needs trimming
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32) {
      if (previousWasSpace) return false;
      previousWasSpace = true;
    } else if (isOtherWhitespace(code)) {
      return false;
    } else {
      previousWasSpace = false;
    }
  }
  return !previousWasSpace; // a trailing space needs trimming
}

/** What `\s` matches besides the plain space (ECMAScript WhiteSpace and LineTerminator). */
function isOtherWhitespace(code: number): boolean {
  if (code < 160) return code >= 9 && code <= 13;
  return (
    code === 160 || code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 ||
    code === 8239 || code === 8287 || code === 12288 || code === 65279
  );
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
 * matches (the observer may hand over the card itself as the added node).
 */
export function queryAllWithSelf(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
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

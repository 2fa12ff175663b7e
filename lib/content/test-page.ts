/**
 * TEST-ONLY (imported by lib/content/*.test.ts, never by the extension): two films, a stand-in adapter
 * and a page root for the scanner and change tests.
 */
import type { FoundTitle } from '../sites/types';
import type { FilmMatch } from '../title/types';

export const DRIVE: FilmMatch = { id: 'drive-2011', title: 'Drive', year: 2011 };
export const DRIVER: FilmMatch = { id: 'the-driver-1978', title: 'Driver', year: 1978 };

/** A stand-in adapter: every `[data-test-title]` is a title. */
export function findTitles(root: ParentNode): FoundTitle[] {
  const elements = [...root.querySelectorAll<HTMLElement>('[data-test-title]')];
  if (root instanceof HTMLElement && root.matches('[data-test-title]')) elements.unshift(root);
  return elements.map((element) => ({ element, text: element.dataset.testTitle! }));
}

/** `html` in a `<main>` appended to the document (the tests empty the body after each). */
export function page(html: string): HTMLElement {
  const root = document.createElement('main');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

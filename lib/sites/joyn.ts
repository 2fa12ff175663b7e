/** Joyn (joyn.de): film and series detail pages, /filme/<slug> and /serien/<slug> (also under /play/). */
import { collapse, isDocument, kindFromPath, queryAllWithSelf, titleText } from './dom';
import type { SiteAdapter } from './types';

// 2025–2026, maintained presence scripts (docs/sites.md): the detail page's title is a logo image,
// `img.artLogo[alt]`; `document.title` is "TITLE | Joyn" (used when the logo has no alt text).
const LOGO = 'img.artLogo';

/** "Drive | Joyn" → "Drive"; '' for a title without the site suffix (not a detail page's). */
export function joynDocumentTitle(title: string): string {
  const cut = title.lastIndexOf('| Joyn');
  return cut >= 0 ? collapse(title.slice(0, cut)) : '';
}

export const joyn: SiteAdapter = {
  id: 'joyn',
  name: 'Joyn',
  matches: ['https://*.joyn.de/*'],
  handles: (url) => url.hostname === 'joyn.de' || url.hostname.endsWith('.joyn.de'),
  find(root, url) {
    const kind = kindFromPath(url, ['filme'], ['serien']);
    // Logos elsewhere (start page teasers) name no kind and may be channel logos: detail pages only.
    if (!kind) return [];
    const [element] = queryAllWithSelf(root, LOGO);
    if (!element) return [];
    const text = titleText(element) || (isDocument(root) ? joynDocumentTitle(root.title) : '');
    return text ? [{ element, text, kind }] : [];
  },
};

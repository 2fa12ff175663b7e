/** RTL+ (plus.rtl.de): film, series and show detail pages under /video-tv/. */
import { collapse, isDocument, kindFromPath, queryAllWithSelf, titleText } from './dom';
import type { SiteAdapter } from './types';

// 2025–2026, maintained presence scripts (docs/sites.md): the detail page shows the cover as
// `img.dvd-cover` (alt = title); `document.title` is "TITLE im Online Stream | RTL+". Paths (2024–2026,
// public download tools): /video-tv/filme/<slug>, /video-tv/serien/<slug>, /video-tv/shows/<slug>.
const COVER = 'img.dvd-cover';

/** "Drive im Online Stream | RTL+" → "Drive"; '' for a title that does not name a detail page. */
export function rtlDocumentTitle(title: string): string {
  let text = collapse(title);
  if (!text.endsWith('| RTL+')) return '';
  text = text.slice(0, -'| RTL+'.length).trim();
  const noise = text.toLowerCase().lastIndexOf(' im online stream');
  if (noise > 0) text = text.slice(0, noise);
  return text.trim();
}

export const rtlplus: SiteAdapter = {
  id: 'rtlplus',
  name: 'RTL+',
  matches: ['https://plus.rtl.de/*'],
  handles: (url) => url.hostname === 'plus.rtl.de',
  find(root, url) {
    const kind = kindFromPath(url, ['filme'], ['serien', 'shows']);
    if (!kind) return [];
    const [element] = queryAllWithSelf(root, COVER);
    if (!element) return [];
    const text = titleText(element) || (isDocument(root) ? rtlDocumentTitle(root.title) : '');
    return text ? [{ element, text, kind }] : [];
  },
};

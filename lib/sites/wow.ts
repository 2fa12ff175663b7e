/** WOW (wowtv.de, Sky's streaming service in Germany): the detail pages under /asset/. */
import { queryAllWithSelf, titleText } from './dom';
import type { SiteAdapter } from './types';

// 2025–2026, maintained presence scripts (docs/sites.md): /asset/ detail pages show the title as a logo
// `img.program-details__title[alt]` or, without a logo, as text in `h1.program-details__title`.
const TITLE = 'img.program-details__title[alt], h1.program-details__title';

export const wow: SiteAdapter = {
  id: 'wow',
  name: 'WOW',
  // *.wowtv.de also matches wowtv.de itself (match-pattern rules).
  matches: ['https://*.wowtv.de/*'],
  handles: (url) => url.hostname === 'wowtv.de' || url.hostname.endsWith('.wowtv.de'),
  find(root) {
    // The logo and the heading can both be present (the heading hidden for screen readers): report one.
    const [element] = queryAllWithSelf(root, TITLE).filter((candidate) => titleText(candidate));
    return element ? [{ element, text: titleText(element) }] : [];
  },
};

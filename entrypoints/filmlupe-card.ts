/**
 * The popover's code (Preact, Floating UI, the card components), loaded by the content script only
 * when a user first dwells on a marked title. Keeping it out of the content script halves what every
 * page of a supported site has to parse (issue 5: content script ≤ 30 KB gzip). It runs in the
 * content script's world (imported from there) and hands over one function.
 */
import { createPopoverHost } from '../lib/content/popover-host';

export default defineUnlistedScript(() => {
  (globalThis as { filmlupeCard?: unknown }).filmlupeCard = { createPopoverHost };
});

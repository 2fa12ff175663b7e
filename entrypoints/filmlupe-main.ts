/**
 * The content script's own code (lib/content/start.ts), imported by its small entry
 * (entrypoints/filmlupe.content) so that Chrome compiles it off the page's main thread. It runs in the
 * content script's world and hands over one function.
 */
import { startOnPage } from '../lib/content/start';

export default defineUnlistedScript(() => {
  (globalThis as { filmlupeMain?: unknown }).filmlupeMain = { startOnPage };
});

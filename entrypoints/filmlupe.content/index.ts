/**
 * Filmlupe's content script, as the manifest injects it: a small entry that loads the real one
 * (lib/content/start.ts, built as `filmlupe-main.js`) and starts it.
 *
 * Why a second file: Chrome compiles a manifest content script on the page's main thread, every page
 * load (no code cache), and then each of its functions again when first called. A script imported
 * from the extension is compiled while it streams in, on a background thread, and the comment
 * `//# allFunctionsCalledOnLoad` at its top (wxt.config.ts) has all its functions compiled there too.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { warnOnce } from '../../lib/content/log';
import { importOwnScript } from '../../lib/content/own-script';
import type { startOnPage } from '../../lib/content/start';
import '../../components/badge/badge.css';

export default defineContentScript({
  // `matches` (the supported sites) is set from the site adapters in wxt.config.ts.
  //
  // The badge's stylesheet, imported above, goes into the manifest: the browser injects it with the
  // script. The card's CSS is bundled into the card's file and handed to its shadow root (popover-host.ts).
  cssInjectionMode: 'manifest',
  // No "script started" window.postMessage into the page (kept by WXT only for its older versions,
  // which listen to a DOM event now): every message listener of the site would run for it, and it
  // cost ~2 ms of the page's script at load (bench page, 2026-11-21). Old copies of this script
  // still stop on the DOM event.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    keepPageFromStopping(ctx);
    let main: { startOnPage: typeof startOnPage };
    try {
      main = await importOwnScript('/filmlupe-main.js', 'filmlupeMain');
    } catch (error) {
      // The extension was updated or removed meanwhile: its files went with it.
      warnOnce('content script not loaded', error);
      return;
    }
    if (ctx.isInvalid) return;
    await main.startOnPage(ctx);
  },
});

/**
 * WXT stops this script when a newer copy announces itself with a DOM event on `document` (a new
 * version's script run in a tab that still has this one). A page can dispatch that event too, and
 * would stop Filmlupe. A newer version only runs once this copy's extension is gone (`runtime.id`
 * unset): until then the event is held back before it reaches WXT's listener (capture on window runs
 * before it). After an update the old copy still stops, by this event or by the first event that
 * makes it ask `ctx.isInvalid` (lib/content/card.ts).
 */
function keepPageFromStopping(ctx: ContentScriptContext): void {
  // WXT's own name for the event ("<extension id>:filmlupe:wxt:content-script-started"); private in its types.
  const scriptStarted = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  ctx.addEventListener(window as EventTarget, scriptStarted, (event) => {
    if (browser.runtime?.id != null) event.stopImmediatePropagation();
  }, { capture: true });
}

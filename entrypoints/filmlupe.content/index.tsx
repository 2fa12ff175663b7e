/**
 * Filmlupe's content script: wiring only.
 *
 *   settings (watch) ─┐
 *   wxt:locationchange ┼─▶ sync(): which adapter, switched on? ─▶ SiteSession (observer → scanner → marker)
 *   (new address only) │                                         CardController (dwell → popover host)
 *   ctx invalidated ───┘
 *   popup "showFilm" ───▶ session's mark for the film ─▶ scroll, focus, open the card
 *
 * Every listener goes through WXT's `ctx` and every timer through lib/content/timers.ts (which
 * clears them on `ctx.onInvalidated`), so all of it stops when the extension is updated or removed;
 * `ctx.onInvalidated` also takes our marks out of the page.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { adapterFor, findTitles, supportedMatches } from '../../lib/sites/index';
import { onMessage, sendMessage, USER_DATA_CHANGED_KEY } from '../../lib/messaging';
import { DEFAULT_SETTINGS, isSiteEnabled, readStoredSettings, watchStoredSettings, type Settings } from '../../lib/settings';
import { createCardController } from '../../lib/content/card';
import { warnOnce } from '../../lib/content/log';
import { startSiteSession, type SiteSession } from '../../lib/content/session';

export default defineContentScript({
  // Fallback while the registry is still empty (a build must not produce an empty `matches`).
  matches: supportedMatches.length > 0 ? supportedMatches : ['https://www.netflix.com/*'],
  // The card's CSS is bundled into the script and handed to the shadow root (see popover-host.ts).
  cssInjectionMode: 'manual',
  // No "script started" window.postMessage into the page (kept by WXT only for its older versions,
  // which listen to a DOM event now): every message listener of the site would run for it, and it
  // cost ~2 ms of the page's script at load (bench page, 2026-11-21). Old copies of this script
  // still stop on the DOM event.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    keepPageFromStopping(ctx);
    let settings: Settings = DEFAULT_SETTINGS;
    let session: SiteSession | null = null;

    const card = createCardController(ctx, {
      markOfTrigger: (element) => session?.marker.markOfTrigger(element),
      settings: () => settings,
      onCorrected: (mark) => session?.corrected(mark) ?? { removeMarks() {} },
      onConfirmed: (mark) => {
        session?.confirmed(mark);
        card.refresh();
      },
      onSeenChanged: (filmId, seen) => session?.seenChanged(filmId, seen),
    });

    /** The address the session was last set up for: a location change to it again is none. */
    let syncedHref = location.href;

    function sync(navigated: boolean, url = new URL(location.href)): void {
      syncedHref = url.href;
      const adapter = adapterFor(url);
      const enabled = adapter !== null && isSiteEnabled(settings, adapter.id);
      if (session && (!enabled || session.adapter !== adapter)) {
        card.close();
        session.stop();
        session = null;
      }
      if (enabled && !session) {
        session = startSiteSession(ctx, adapter, {
          findTitles,
          isOwn: (element) => element.tagName === 'FILMLUPE-POPOVER',
          dimSeen: () => settings.dimSeenFilms,
        });
      } else if (session && navigated) {
        card.close();
        session.navigated();
      } else if (!enabled) {
        void sendMessage('reportDetection', {
          siteId: adapter?.id ?? null,
          siteName: adapter?.name ?? null,
          candidateCount: 0,
          films: [],
          disabled: adapter !== null,
        }).catch((error) => warnOnce('report failed', error));
      }
    }

    try {
      settings = await readStoredSettings();
    } catch (error) {
      warnOnce('settings unreadable, using defaults', error);
    }
    if (ctx.isInvalid) return;

    const unwatch = watchStoredSettings((next) => {
      const dimmingSwitched = next.dimSeenFilms !== settings.dimSeenFilms;
      settings = next;
      sync(false);
      if (dimmingSwitched) session?.dimmingChanged();
      card.refresh();
    });
    // The settings page imported or deleted the user's film data: which marked films are seen now.
    const unwatchUserData = storage.watch(`local:${USER_DATA_CHANGED_KEY}`, () => {
      void session?.userDataChanged().catch((error) => warnOnce('seen films not updated', error));
    });
    // After an update the old extension's APIs throw: take our marks out of the page first, then
    // let go of the (dead) listeners, each step on its own so one failure cannot skip the rest.
    ctx.onInvalidated(() => {
      const current = session;
      session = null;
      runEach([() => card.close(), () => current?.stop(), unwatch, unwatchUserData]);
    });
    // WXT fires this from the Navigation API's `navigate` event, before `location` shows the new URL.
    // The page can dispatch an event of that name too, but only WXT's own event carries a `newUrl`
    // (properties a page script sets are not seen in our world): the event is a hint, the address
    // decides, and nothing happens when it is the one the session already runs for.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      const url = event.newUrl instanceof URL ? event.newUrl : new URL(location.href);
      if (url.href !== syncedHref) sync(true, url);
    });

    const removeShowFilm = onMessage('showFilm', ({ data }) => {
      const mark = session?.marker.marksOfFilm(data.id)[0];
      if (!mark) return false;
      mark.trigger.scrollIntoView({ block: 'center', inline: 'nearest' });
      mark.trigger.focus({ preventScroll: true });
      card.openFor(mark.trigger);
      return true;
    });
    const removeCurrentDetection = onMessage('currentDetection', () => session?.report() ?? null);
    ctx.onInvalidated(() => runEach([removeShowFilm, removeCurrentDetection]));

    sync(false);
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

/** Runs every cleanup step even when one throws (the APIs of an updated extension are gone). */
function runEach(steps: Array<() => unknown>): void {
  for (const step of steps) {
    try {
      step();
    } catch (error) {
      warnOnce('cleanup after the extension was updated', error);
    }
  }
}

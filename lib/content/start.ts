/**
 * What Filmlupe's content script does on a page, started by its small entry
 * (entrypoints/filmlupe.content, which loads this as `filmlupe-main.js`): wiring only.
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
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { adapterFor, findTitles } from '../sites/index';
import { onMessage, sendMessage, USER_DATA_CHANGED_KEY } from '../messaging';
import { DEFAULT_SETTINGS, isSiteEnabled, readStoredSettings, watchStoredSettings, type Settings } from '../settings';
import { createCardController } from './card';
import { warnOnce } from './log';
import { startSiteSession, type SiteSession } from './session';

export async function startOnPage(ctx: ContentScriptContext): Promise<void> {
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

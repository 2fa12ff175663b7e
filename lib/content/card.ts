/**
 * The film card's behaviour in the page: turns pointer, focus, key and click events into calls on
 * the dwell controller, loads the film's details, and shows them through the popover host.
 * Words (docs/ux.md): the *card* is Filmlupe's popover; the site's element that shows a title (a
 * Netflix box-art link, a Prime carousel item) is a *tile*. One card at a time; listeners are tied to
 * WXT's `ctx` (gone when the extension is updated).
 *
 *   document (capture) ──pointerover/out, focusin/out, click, keydown──▶ dwell controller
 *   dwell.load ──▶ getFilmDetails + popover host      dwell.show/hide ──▶ host.show/hide
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage, type FilmDetails } from '../messaging';
import type { Settings } from '../settings';
import { createDwellController, type DwellController } from './dwell';
import { warnOnce } from './log';
import type { Mark } from './marker';
import { loadPopoverHost } from './load-card';
import type { CardProps, PopoverHost } from './popover-host';
import { createPageTimers } from './timers';

/** How long the "Danke!" of a correction stays before the card closes. */
export const CONFIRMATION_MS = 1600;

export interface CardDeps {
  /** The mark of a trigger of the current site session (null when Filmlupe is off here). */
  markOfTrigger(element: Element): Mark | undefined;
  settings(): Settings;
  /** After "Nicht dieser Film?" was stored: forget the match now, remove the mark when the card closed. */
  onCorrected(mark: Mark): { removeMarks(): void };
  /** After "Ja" to "Ist das …?" was stored: this text's marks of the film are sure now. */
  onConfirmed(mark: Mark): void;
  /** After "Gesehen" was stored (or taken back): the film's marks follow (dimming, lib/content/dim.ts). */
  onSeenChanged(filmId: string, seen: boolean): void;
}

export interface CardController {
  close(): void;
  /** Open the card for a trigger at once (the popup's "show this film"). */
  openFor(trigger: HTMLElement): void;
  /** Settings changed: re-render an open card. */
  refresh(): void;
}

/**
 * The user's answer on its way to the background: a write that failed rejects (the card then says
 * that it did not work, never "Danke!", and the mark stays); logged once for whoever reads the console.
 */
async function stored<T>(what: string, writing: Promise<T>): Promise<T> {
  try {
    return await writing;
  } catch (error) {
    warnOnce(`${what} not stored`, error);
    throw error;
  }
}

interface Loaded {
  mark: Mark;
  details: FilmDetails;
}

export function createCardController(ctx: ContentScriptContext, deps: CardDeps): CardController {
  const timers = createPageTimers(ctx);
  let hostPromise: Promise<PopoverHost> | null = null;
  let host: PopoverHost | null = null;
  let open: { trigger: HTMLElement; loaded: Loaded; savedTitle: string | null } | null = null;
  let afterClose: (() => void) | null = null;
  /** What the host rendered hidden during the dwell (see `load`), shown as is when the dwell ends. */
  let prepared: { loaded: Loaded; trigger: HTMLElement; settings: Settings } | null = null;
  /** Focus we move back to a trigger ourselves (Escape, Tab out of the card) must not reopen it. */
  let noReopenOnFocus: HTMLElement | null = null;

  function getHost(): Promise<PopoverHost> {
    hostPromise ??= loadPopoverHost().then((createPopoverHost) => createPopoverHost(ctx, {
      onClose(reason) {
        const trigger = open?.trigger ?? null;
        dwell.close();
        if (trigger && reason !== 'button') {
          noReopenOnFocus = trigger;
          trigger.focus({ preventScroll: true });
        }
      },
      onTabBack() {
        open?.trigger.focus({ preventScroll: true });
      },
    })).then((created) => (host = created));
    return hostPromise;
  }

  async function load(trigger: HTMLElement): Promise<Loaded | null> {
    const mark = deps.markOfTrigger(trigger);
    if (!mark) return null;
    const [, details] = await Promise.all([getHost(), sendMessage('getFilmDetails', { id: mark.film.id })]);
    if (!details) return null;
    const loaded = { mark, details };
    // Render and lay out now, hidden, while the pointer still dwells: the end of the dwell then only
    // reveals it (the card must appear within one frame). Not over a card that is open: it stays
    // until this one is shown.
    if (host && !open && trigger.isConnected) {
      prepared = { loaded, trigger, settings: deps.settings() };
      host.prepare(trigger, propsFor(loaded));
    }
    return loaded;
  }

  function propsFor(loaded: Loaded): CardProps {
    const settings = deps.settings();
    const { mark } = loaded;
    return {
      details: loaded.details,
      settings,
      theme: settings.theme,
      sure: mark.film.sure !== false,
      onConfirm: async () => {
        await stored('confirmMatch', sendMessage('confirmMatch', { text: mark.text, filmId: mark.film.id }));
        deps.onConfirmed(mark);
      },
      onSetWatchlist: async (onList) => {
        const user = await stored('setWatchlist', sendMessage('setWatchlist', { filmId: mark.film.id, onList }));
        loaded.details = { ...loaded.details, user };
        return user;
      },
      onSetSeen: async (seen) => {
        const user = await stored('setSeen', sendMessage('setSeen', { filmId: mark.film.id, seen }));
        loaded.details = { ...loaded.details, user };
        deps.onSeenChanged(mark.film.id, seen);
        return user;
      },
      onOpenSettings: () => void sendMessage('openOptions', undefined).catch((error) => warnOnce('openOptions', error)),
      onNotThisFilm: async () => {
        await stored('addCorrection', sendMessage('addCorrection', { text: loaded.mark.text, filmId: loaded.mark.film.id }));
        const { removeMarks } = deps.onCorrected(loaded.mark);
        // The mark is the card's anchor: remove it once the card is gone, not under an open card.
        if (open?.loaded !== loaded) return removeMarks();
        afterClose = removeMarks;
        timers.setTimeout(() => {
          if (open?.loaded === loaded) dwell.close();
        }, CONFIRMATION_MS);
      },
    };
  }

  const dwell: DwellController = createDwellController<Loaded>({
    timers: { setTimeout: (callback, ms) => timers.setTimeout(callback, ms), clearTimeout: (id) => timers.clearTimeout(id as number) },
    dwellMs: () => deps.settings().dwellMs,
    load,
    show(trigger, loaded) {
      if (!host || !trigger.isConnected) return;
      // The native tooltip would cover the card (docs/ux.md): remove it while open, restore on close.
      const savedTitle = trigger.getAttribute('title');
      trigger.removeAttribute('title');
      if (trigger.matches('button, a[href]')) trigger.setAttribute('aria-expanded', 'true');
      open = { trigger, loaded, savedTitle };
      const ready = prepared?.loaded === loaded && prepared.trigger === trigger && prepared.settings === deps.settings();
      prepared = null;
      if (!ready || !host.reveal(trigger)) host.show(trigger, propsFor(loaded));
    },
    hide(trigger) {
      prepared = null;
      host?.hide();
      if (open?.trigger === trigger) {
        if (open.savedTitle !== null) trigger.setAttribute('title', open.savedTitle);
        if (trigger.hasAttribute('aria-expanded')) trigger.setAttribute('aria-expanded', 'false');
      }
      open = null;
      afterClose?.();
      afterClose = null;
    },
  });

  function triggerOf(target: EventTarget | null): HTMLElement | null {
    if (!(target instanceof Element)) return null;
    const mark = deps.markOfTrigger(target);
    return mark ? mark.trigger : null;
  }

  /**
   * The popover code is loaded when a pointer or the focus first reaches a trigger, a whole dwell
   * delay before the card is due. Not when the first film is marked: most visits never open a card,
   * and loading it then added ~2 ms of script to every page load (bench/results.md).
   */
  function loadAhead(): void {
    if (!hostPromise) void getHost().catch((error) => warnOnce('popover host', error));
  }

  const isCard = (target: EventTarget | null) => host !== null && target === host.hostElement;
  const capture = { capture: true };

  /**
   * Only the user's own input moves the card. A site's script can dispatch pointer, focus and key
   * events or call `.click()` on a badge, but those are not trusted (`isTrusted` cannot be forged);
   * focus moved by `element.focus()` is trusted, so a site's own keyboard navigation still opens it.
   * Asking `ctx.isInvalid` also lets a script whose extension was reloaded notice it on the first
   * event that reaches it (WXT notices only when asked): the cleanup then takes the marks out.
   */
  function byUser(event: Event): boolean {
    return !ctx.isInvalid && event.isTrusted;
  }

  ctx.addEventListener(document, 'pointerover', (event: PointerEvent) => {
    if (!byUser(event)) return;
    if (isCard(event.target)) return dwell.pointerEnterCard();
    const trigger = triggerOf(event.target);
    if (trigger && !(event.relatedTarget instanceof Node && trigger.contains(event.relatedTarget))) {
      loadAhead();
      dwell.pointerEnterTrigger(trigger);
    }
  }, capture);

  ctx.addEventListener(document, 'pointerout', (event: PointerEvent) => {
    if (!byUser(event)) return;
    if (isCard(event.target)) {
      if (!isCard(event.relatedTarget)) dwell.pointerLeaveCard();
      return;
    }
    const trigger = triggerOf(event.target);
    if (trigger && !(event.relatedTarget instanceof Node && trigger.contains(event.relatedTarget))) dwell.pointerLeaveTrigger(trigger);
  }, capture);

  ctx.addEventListener(document, 'focusin', (event: FocusEvent) => {
    if (!byUser(event)) return;
    if (isCard(event.target)) return dwell.focusEnterCard();
    const trigger = triggerOf(event.target);
    if (!trigger) return;
    if (noReopenOnFocus === trigger) {
      noReopenOnFocus = null;
      return;
    }
    loadAhead();
    dwell.focusTrigger(trigger);
  }, capture);

  ctx.addEventListener(document, 'focusout', (event: FocusEvent) => {
    if (!byUser(event)) return;
    // Focus going nowhere: a button inside the card replaced by its content ("Spoiler anzeigen"),
    // or the window losing focus (another tab). Neither means the user left the card.
    if (event.relatedTarget === null && (isCard(event.target) || !document.hasFocus())) return;
    const fromOurs = isCard(event.target) || triggerOf(event.target) !== null;
    const toOurs = isCard(event.relatedTarget) || (open !== null && event.relatedTarget === open.trigger);
    if (fromOurs && !toOurs) dwell.focusLeft();
  }, capture);

  // A mouse press focuses the badge and focus opens the card at once, so by the time the press's own
  // click arrives the card may already be open: that click must not close it again. Only a card that
  // was open before the press (or, for Enter/Space, before the key) is closed by the click.
  let openBeforePress: HTMLElement | null = null;
  ctx.addEventListener(document, 'pointerdown', (event: PointerEvent) => {
    if (!byUser(event)) return;
    openBeforePress = open?.trigger ?? null;
  }, capture);

  // Badge clicks are ours alone: they open the card and never reach the site's tile (no navigation).
  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    if (!byUser(event)) return;
    const trigger = triggerOf(event.target);
    if (!trigger || !deps.markOfTrigger(trigger)?.badge) return;
    event.preventDefault();
    event.stopPropagation();
    const byKeyboard = event.detail === 0;
    const wasOpen = byKeyboard ? open?.trigger === trigger : openBeforePress === trigger;
    openBeforePress = null;
    if (wasOpen) dwell.close();
    else dwell.openNow(trigger);
  }, capture);

  // Escape while the focus is in the page (inside the card the host handles it, see popover-host).
  ctx.addEventListener(window, 'keydown', (event: KeyboardEvent) => {
    if (!byUser(event)) return;
    // Keys inside the card reach its own handler (capture at window runs first: stay out of its way).
    if (!open || isCard(event.target)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      dwell.close();
    } else if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && document.activeElement === open.trigger) {
      event.preventDefault();
      host?.focusFirst();
    }
  }, capture);

  return {
    close: () => dwell.close(),
    openFor: (trigger) => dwell.openNow(trigger),
    refresh() {
      if (open && host) host.update(propsFor(open.loaded));
    },
  };
}

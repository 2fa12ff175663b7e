/**
 * Mounts the film card: Preact inside an open shadow root on <body> (WXT's createShadowRootUi), so
 * the page's CSS cannot reach it and a tile's CSS transform cannot shift it. Positioned with
 * @floating-ui/dom (`strategy: 'fixed'`: offsetParent lookups across the shadow boundary mislead
 * 'absolute'), kept in place by `autoUpdate` while open, cleaned up on close.
 */
import { h, render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Popover, type PopoverProps } from '../../components/popover/Popover';
// Bundled as a string and put straight into the shadow root: no fetch of a web-accessible CSS file
// (which a page could probe for, and which an offline or request-blocking setup can break).
import cardCss from '../../components/popover/popover.css?inline';

export type CardProps = Omit<PopoverProps, 'onClose'>;

export interface PopoverHost {
  show(anchor: HTMLElement, props: CardProps): void;
  /**
   * Render the card hidden and lay it out beside `anchor` ahead of time (during the dwell), so that
   * `reveal` at the end of the dwell only has to make it visible: no render in that frame.
   */
  prepare(anchor: HTMLElement, props: CardProps): void;
  /** Show the card `prepare` rendered; false when there is none. */
  reveal(anchor: HTMLElement): boolean;
  /** Re-render with new props (settings changed while open). */
  update(props: CardProps): void;
  hide(): void;
  /** The page-side element hosting the shadow root: events from inside are retargeted to it. */
  readonly hostElement: HTMLElement;
  /** Move keyboard focus into the card (Tab from the trigger). */
  focusFirst(): void;
}

export interface PopoverHostHandlers {
  /** The close button, Escape inside the card, Tab past its last button. */
  onClose(reason: 'button' | 'escape' | 'tab-out'): void;
  /** Shift+Tab before the first button: back to the trigger. */
  onTabBack(): void;
}

/**
 * Events that must not bubble out of the card into the page: typing and clicking in the card is
 * not typing or clicking on Netflix (keyboard shortcuts, "click outside closes the preview").
 * Pointer over/out are left alone: the dwell controller needs them to keep the card open.
 */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'dblclick', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'contextmenu', 'wheel'];

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export async function createPopoverHost(ctx: ContentScriptContext, handlers: PopoverHostHandlers): Promise<PopoverHost> {
  let stopAutoUpdate: (() => void) | null = null;
  let container!: HTMLElement;
  const ui = await createShadowRootUi(ctx, {
    name: 'filmlupe-popover',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    css: cardCss,
    isolateEvents: ISOLATED_EVENTS,
    onMount(uiContainer) {
      container = uiContainer;
      return uiContainer;
    },
    onRemove() {
      stopAutoUpdate?.();
      render(null, container);
    },
  });
  ui.mount();
  // The card's buttons store corrections, open tabs, close it: only the user may press them. The
  // shadow root is open (the page could reach in), so a site script's `.click()` or dispatched key
  // (never trusted) is stopped here, before any button of the card sees it, default action included.
  for (const type of ISOLATED_EVENTS) {
    ui.shadow.addEventListener(type, (event) => {
      if (event.isTrusted) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    }, { capture: true });
  }
  ui.shadow.addEventListener('keydown', (event) => onKeyInCard(event as KeyboardEvent));

  function focusables(): HTMLElement[] {
    return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  }

  function onKeyInCard(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      handlers.onClose('escape');
      return;
    }
    if (event.key !== 'Tab') return;
    const all = focusables();
    const active = ui.shadow.activeElement;
    if (event.shiftKey && active === all[0]) {
      event.preventDefault();
      handlers.onTabBack();
    } else if (!event.shiftKey && active === all[all.length - 1]) {
      event.preventDefault();
      handlers.onClose('tab-out');
    }
  }

  function dialog(): HTMLElement | null {
    return container.querySelector<HTMLElement>('[role="dialog"]');
  }

  function renderCard(props: CardProps): void {
    render(h(Popover, { key: props.details.film.id, ...props, onClose: () => handlers.onClose('button') }), container);
  }

  function place(anchor: HTMLElement, floating: HTMLElement, visible = true): void {
    void computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(8),
        flip({ fallbackPlacements: ['top-start', 'right-start', 'left-start'] }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            floating.style.maxHeight = `${Math.max(160, Math.min(520, Math.floor(availableHeight)))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
      if (visible) floating.style.visibility = 'visible';
    });
  }

  return {
    hostElement: ui.shadowHost,
    show(anchor, props) {
      stopAutoUpdate?.();
      renderCard(props);
      const floating = dialog();
      if (!floating) return;
      floating.style.visibility = 'hidden';
      stopAutoUpdate = autoUpdate(anchor, floating, () => place(anchor, floating));
    },
    prepare(anchor, props) {
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      renderCard(props);
      const floating = dialog();
      if (!floating) return;
      floating.style.visibility = 'hidden';
      place(anchor, floating, false);
    },
    reveal(anchor) {
      const floating = dialog();
      if (!floating) return false;
      stopAutoUpdate?.();
      // autoUpdate places it at once: layout is done already, so this is cheap, and it becomes visible.
      stopAutoUpdate = autoUpdate(anchor, floating, () => place(anchor, floating));
      return true;
    },
    update(props) {
      if (dialog()) renderCard(props);
    },
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      render(null, container);
    },
    focusFirst() {
      (dialog()?.querySelector<HTMLElement>(FOCUSABLE) ?? dialog())?.focus();
    },
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FilmDetails } from '../messaging';
import { DEFAULT_SETTINGS } from '../settings';
import { createCardController } from './card';
import { PREPARE_AFTER_MS } from './dwell';
import { createMarker } from './marker';

// The card's wiring with the real dwell controller and marker; the shadow-root host and the
// background are stand-ins (the real ones need a browser: tests/e2e covers them).
const host = {
  hostElement: document.createElement('filmlupe-popover'),
  show: vi.fn(),
  prepare: vi.fn(),
  // false: "nothing prepared", so the tests below see the full show(); the prepared path has its own test.
  reveal: vi.fn((_anchor: HTMLElement) => false),
  update: vi.fn(),
  hide: vi.fn(),
  focusFirst: vi.fn(),
};
vi.mock('./load-card', () => ({ loadPopoverHost: async () => vi.fn(async () => host) }));

const sendMessage = vi.fn(async (type: string, _data?: unknown): Promise<unknown> => {
  if (type === 'getFilmDetails') return { film: { id: 'drive-2011' }, reviews: [], mentionedIn: [] } as unknown as FilmDetails;
  return undefined;
});
vi.mock('../messaging', () => ({ sendMessage: (type: string, data: unknown) => sendMessage(type, data) }));

const DRIVE = { id: 'drive-2011', title: 'Drive', year: 2011 };

/**
 * The browser marks the user's input as trusted (`isTrusted`), happy-dom marks nothing. The events
 * these tests dispatch stand for the user's, unless a test plays a site script (`fromPage`).
 * Registered on window in the capture phase before any card listener, so it runs first.
 */
let fromPage = false;
for (const type of ['pointerover', 'pointerout', 'pointerdown', 'focusin', 'focusout', 'click', 'keydown']) {
  window.addEventListener(type, (event) => Object.defineProperty(event, 'isTrusted', { value: !fromPage }), { capture: true });
}

/** WXT's ctx as far as the card uses it; `extensionGone()` is a reload: noticed only when asked (`isInvalid`). */
function fakeCtx(): ContentScriptContext {
  const controller = new AbortController();
  let gone = false;
  const invalid = () => {
    if (gone) controller.abort();
    return controller.signal.aborted;
  };
  return {
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, { ...options, signal: controller.signal }),
    onInvalidated: (callback: () => void) => controller.signal.addEventListener('abort', callback),
    get isInvalid() {
      return invalid();
    },
    get isValid() {
      return !invalid();
    },
    extensionGone: () => (gone = true),
    abort: () => controller.abort(),
  } as unknown as ContentScriptContext;
}

function setup(useBadge: boolean, film: typeof DRIVE & { sure?: boolean } = DRIVE) {
  document.body.innerHTML = useBadge
    ? '<div class="slot"><a href="/watch/1" aria-label="Drive">Drive</a></div>'
    : '<h1><span id="productTitle" title="Drive [Blu-ray]">Drive [Blu-ray]</span></h1>';
  const marker = createMarker({ useBadge });
  const source = document.querySelector(useBadge ? 'a' : '#productTitle')!;
  const mark = marker.mark({ element: source, text: 'Drive' }, film)!;
  const removeMarks = vi.fn(() => marker.unmark(mark));
  const onConfirmed = vi.fn(() => marker.markSure(mark));
  const ctx = fakeCtx();
  const card = createCardController(ctx, {
    markOfTrigger: (element) => marker.markOfTrigger(element),
    settings: () => DEFAULT_SETTINGS,
    onCorrected: () => ({ removeMarks }),
    onConfirmed,
    onSeenChanged: () => {},
  });
  return { trigger: mark.trigger, card, ctx, removeMarks, onConfirmed };
}

const pointer = (type: string, target: Element, relatedTarget: Element | null = null) =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, relatedTarget }));

describe('card controller in the page', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.clearAllMocks();
  });
  afterEach(() => {
    fromPage = false;
    (ctx as unknown as { abort(): void }).abort();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('opens after the dwell on the trigger, and hides the native tooltip only while open', async () => {
    const setupResult = setup(false);
    ctx = setupResult.ctx;
    const { trigger } = setupResult;
    pointer('pointerover', trigger, document.body);
    await vi.advanceTimersByTimeAsync(DEFAULT_SETTINGS.dwellMs - 1);
    expect(host.show).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(host.show).toHaveBeenCalledWith(trigger, expect.objectContaining({ theme: 'auto' }));
    expect(trigger.hasAttribute('title')).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.hide).toHaveBeenCalledTimes(1);
    expect(trigger.getAttribute('title')).toBe('Drive [Blu-ray]');
  });

  it('renders the card hidden while the pointer dwells and only reveals it when the dwell ends', async () => {
    const setupResult = setup(false);
    ctx = setupResult.ctx;
    const { trigger } = setupResult;
    host.reveal.mockImplementationOnce(() => true);
    pointer('pointerover', trigger, document.body);
    await vi.advanceTimersByTimeAsync(PREPARE_AFTER_MS);
    expect(host.prepare).toHaveBeenCalledWith(trigger, expect.objectContaining({ theme: 'auto' }));
    expect(host.reveal).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DEFAULT_SETTINGS.dwellMs - PREPARE_AFTER_MS);
    expect(host.reveal).toHaveBeenCalledWith(trigger);
    expect(host.show).not.toHaveBeenCalled();
    expect(host.prepare).toHaveBeenCalledTimes(1);
  });

  it('Escape on the page closes the card without touching focus', async () => {
    const setupResult = setup(false);
    ctx = setupResult.ctx;
    setupResult.trigger.focus();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.show).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.hide).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(setupResult.trigger);
  });

  it('a badge click opens the card at once and never reaches the site', async () => {
    const setupResult = setup(true);
    ctx = setupResult.ctx;
    const siteClick = vi.fn();
    document.querySelector('.slot')!.addEventListener('click', siteClick);
    (setupResult.trigger as HTMLButtonElement).click();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.show).toHaveBeenCalledTimes(1);
    expect(siteClick).not.toHaveBeenCalled();
    expect(setupResult.trigger.getAttribute('aria-expanded')).toBe('true');
  });

  it('a mouse press that focuses the badge opens the card, and the click of that press leaves it open', async () => {
    const setupResult = setup(true);
    ctx = setupResult.ctx;
    const badge = setupResult.trigger as HTMLButtonElement;
    badge.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    badge.focus();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.show).toHaveBeenCalledTimes(1);
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(host.hide).not.toHaveBeenCalled();
    // A second press on the open card's badge closes it.
    badge.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(host.hide).toHaveBeenCalledTimes(1);
  });

  it('"Nicht dieser Film?" stores the correction, then closes the card and removes the mark', async () => {
    const setupResult = setup(true);
    ctx = setupResult.ctx;
    (setupResult.trigger as HTMLButtonElement).click();
    await vi.advanceTimersByTimeAsync(0);
    const props = host.show.mock.calls[0]![1];
    await props.onNotThisFilm();
    expect(sendMessage).toHaveBeenCalledWith('addCorrection', { text: 'Drive', filmId: 'drive-2011' });
    expect(setupResult.removeMarks).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.hide).toHaveBeenCalled();
    expect(setupResult.removeMarks).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[data-filmlupe-film]')).toBeNull();
  });

  it('an unsure mark\'s badge asks; "Ja" stores the confirmation and the mark becomes sure', async () => {
    const setupResult = setup(true, { ...DRIVE, sure: false });
    ctx = setupResult.ctx;
    const badge = setupResult.trigger as HTMLButtonElement;
    expect(badge.hasAttribute('data-filmlupe-unsure')).toBe(true);
    expect(badge.getAttribute('aria-label')).toBe('Filmlupe: Ist das Drive (2011)?');
    badge.click();
    await vi.advanceTimersByTimeAsync(0);
    const props = host.show.mock.calls[0]![1];
    expect(props.sure).toBe(false);
    await props.onConfirm();
    expect(sendMessage).toHaveBeenCalledWith('confirmMatch', { text: 'Drive', filmId: 'drive-2011' });
    expect(setupResult.onConfirmed).toHaveBeenCalledTimes(1);
    expect(badge.hasAttribute('data-filmlupe-unsure')).toBe(false);
    expect(badge.getAttribute('aria-label')).toBe('Filmlupe: Drive (2011)');
    expect(host.hide).not.toHaveBeenCalled();
  });

  it('a sure mark carries no unsure attribute, and its card does not ask', async () => {
    const setupResult = setup(false, { ...DRIVE, sure: true });
    ctx = setupResult.ctx;
    expect(setupResult.trigger.hasAttribute('data-filmlupe-unsure')).toBe(false);
    setupResult.trigger.focus();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.show.mock.calls[0]![1].sure).toBe(true);
  });

  it('a site script\'s events and clicks neither open nor close the card', async () => {
    const setupResult = setup(true);
    ctx = setupResult.ctx;
    const badge = setupResult.trigger as HTMLButtonElement;
    fromPage = true;
    badge.click();
    pointer('pointerover', badge, document.body);
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.show).not.toHaveBeenCalled();

    fromPage = false;
    badge.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(host.show).toHaveBeenCalledTimes(1);
    fromPage = true;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    badge.click();
    badge.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: document.body }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.hide).not.toHaveBeenCalled();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
  });

  it('the first key after the extension was reloaded lets the dead script notice it and clean up', async () => {
    const setupResult = setup(true);
    ctx = setupResult.ctx;
    const cleanup = vi.fn();
    ctx.onInvalidated(cleanup);
    (ctx as unknown as { extensionGone(): void }).extensionGone();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(cleanup).toHaveBeenCalledTimes(1);
    (setupResult.trigger as HTMLButtonElement).click();
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.show).not.toHaveBeenCalled();
  });

  it('stops listening when the extension context is invalidated', async () => {
    const setupResult = setup(false);
    ctx = setupResult.ctx;
    (ctx as unknown as { abort(): void }).abort();
    pointer('pointerover', setupResult.trigger, document.body);
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.show).not.toHaveBeenCalled();
  });
});

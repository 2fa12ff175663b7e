/**
 * When the card opens and closes: the hover-card timing of Wikipedia's Page Previews (docs/ux.md).
 *
 *   pointer enters trigger ──150 ms──▶ load data ──(dwell, default 500 ms, from the enter)──▶ show
 *   pointer leaves before show ─▶ abandoned: its token is dead, a late answer is dropped
 *   pointer leaves trigger/card while shown ─▶ 300 ms grace ─▶ close (re-entering either keeps it)
 *   keyboard focus on trigger ─▶ load and show at once;  Escape ─▶ close
 *
 * DOM-free: the wiring (card.ts) feeds it events, tests feed it fake timers.
 */

export const PREPARE_AFTER_MS = 150;
export const CLOSE_GRACE_MS = 300;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface DwellOptions<T> {
  timers: Timers;
  /** Read at each pointer enter, so a changed setting applies to the next dwell. */
  dwellMs(): number;
  load(trigger: HTMLElement): Promise<T | null>;
  show(trigger: HTMLElement, data: T, openedBy: OpenedBy): void;
  hide(trigger: HTMLElement): void;
}

export type OpenedBy = 'pointer' | 'focus';

interface Attempt<T> {
  token: number;
  trigger: HTMLElement;
  openedBy: OpenedBy;
  data: Promise<T | null> | null;
}

export interface DwellController {
  pointerEnterTrigger(trigger: HTMLElement): void;
  pointerLeaveTrigger(trigger: HTMLElement): void;
  pointerEnterCard(): void;
  pointerLeaveCard(): void;
  focusTrigger(trigger: HTMLElement): void;
  /** Keyboard focus moved into the card: from now on only focus or Escape closes it. */
  focusEnterCard(): void;
  /** Keyboard focus left both the trigger and the card. */
  focusLeft(): void;
  /** Open at once (a click on a badge, the popup's "show this film"). */
  openNow(trigger: HTMLElement): void;
  /** Escape, a correction, a site switched off. */
  close(): void;
  openTrigger(): HTMLElement | null;
}

export function createDwellController<T>(options: DwellOptions<T>): DwellController {
  const { timers } = options;
  let token = 0;
  let attempt: Attempt<T> | null = null;
  let shown: { trigger: HTMLElement; openedBy: OpenedBy } | null = null;
  let pendingTimers: unknown[] = [];
  let graceTimer: unknown = null;

  function clearPending(): void {
    for (const id of pendingTimers) timers.clearTimeout(id);
    pendingTimers = [];
  }

  function cancelGrace(): void {
    if (graceTimer !== null) timers.clearTimeout(graceTimer);
    graceTimer = null;
  }

  function abandon(): void {
    token += 1;
    attempt = null;
    clearPending();
  }

  function loadOnce(current: Attempt<T>): Promise<T | null> {
    current.data ??= options.load(current.trigger).catch(() => null);
    return current.data;
  }

  function showWhenReady(current: Attempt<T>): void {
    void loadOnce(current).then((data) => {
      if (current.token !== token || !data) return; // abandoned meanwhile, or nothing to show
      attempt = null;
      if (shown && shown.trigger !== current.trigger) options.hide(shown.trigger);
      shown = { trigger: current.trigger, openedBy: current.openedBy };
      options.show(current.trigger, data, current.openedBy);
    });
  }

  function begin(trigger: HTMLElement, openedBy: OpenedBy, prepareAfter: number, showAfter: number): void {
    abandon();
    cancelGrace();
    const current: Attempt<T> = { token, trigger, openedBy, data: null };
    attempt = current;
    if (prepareAfter <= 0) void loadOnce(current);
    else pendingTimers.push(timers.setTimeout(() => void loadOnce(current), prepareAfter));
    if (showAfter <= 0) showWhenReady(current);
    else pendingTimers.push(timers.setTimeout(() => showWhenReady(current), showAfter));
  }

  function close(): void {
    abandon();
    cancelGrace();
    if (!shown) return;
    const { trigger } = shown;
    shown = null;
    options.hide(trigger);
  }

  function startGrace(): void {
    cancelGrace();
    graceTimer = timers.setTimeout(() => {
      graceTimer = null;
      close();
    }, CLOSE_GRACE_MS);
  }

  return {
    pointerEnterTrigger(trigger) {
      if (shown?.trigger === trigger) return cancelGrace();
      if (attempt?.trigger === trigger) return;
      begin(trigger, 'pointer', PREPARE_AFTER_MS, Math.max(PREPARE_AFTER_MS, options.dwellMs()));
    },
    pointerLeaveTrigger(trigger) {
      if (attempt?.trigger === trigger && attempt.openedBy === 'pointer') abandon();
      if (shown?.trigger === trigger && shown.openedBy === 'pointer') startGrace();
    },
    pointerEnterCard() {
      cancelGrace();
    },
    pointerLeaveCard() {
      if (shown?.openedBy === 'pointer') startGrace();
    },
    focusTrigger(trigger) {
      if (shown?.trigger === trigger) return cancelGrace();
      begin(trigger, 'focus', 0, 0);
    },
    focusEnterCard() {
      cancelGrace();
      if (shown) shown.openedBy = 'focus';
    },
    focusLeft() {
      if (attempt?.openedBy === 'focus') abandon();
      if (shown?.openedBy === 'focus') close();
    },
    openNow(trigger) {
      if (shown?.trigger === trigger) return cancelGrace();
      begin(trigger, 'focus', 0, 0);
    },
    close,
    openTrigger: () => shown?.trigger ?? null,
  };
}

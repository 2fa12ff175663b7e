import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_GRACE_MS, PREPARE_AFTER_MS, createDwellController } from './dwell';

const DWELL_MS = 500;

function setup(load?: (trigger: HTMLElement) => Promise<string | null>) {
  const shown: string[] = [];
  const loadSpy = vi.fn(load ?? (async (trigger: HTMLElement) => trigger.id));
  const controller = createDwellController<string>({
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (id) => clearTimeout(id as number) },
    dwellMs: () => DWELL_MS,
    load: loadSpy,
    show: (_trigger, data) => shown.push(data),
    hide: () => shown.push('closed'),
  });
  return { controller, shown, loadSpy };
}

function trigger(id: string): HTMLElement {
  const element = document.createElement('a');
  element.id = id;
  return element;
}

describe('dwell controller', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does nothing for a pointer passing over: no load before 150 ms, no card before the dwell', async () => {
    const { controller, shown, loadSpy } = setup();
    const drive = trigger('drive');
    controller.pointerEnterTrigger(drive);
    await vi.advanceTimersByTimeAsync(PREPARE_AFTER_MS - 1);
    expect(loadSpy).not.toHaveBeenCalled();
    controller.pointerLeaveTrigger(drive);
    await vi.advanceTimersByTimeAsync(2000);
    expect(loadSpy).not.toHaveBeenCalled();
    expect(shown).toEqual([]);
  });

  it('loads after 150 ms but shows only at the dwell, even when the data is ready sooner', async () => {
    const { controller, shown, loadSpy } = setup();
    controller.pointerEnterTrigger(trigger('drive'));
    await vi.advanceTimersByTimeAsync(PREPARE_AFTER_MS);
    expect(loadSpy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(DWELL_MS - PREPARE_AFTER_MS - 1);
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(shown).toEqual(['drive']);
    expect(controller.openTrigger()?.id).toBe('drive');
  });

  it('keeps the card when the pointer moves onto it within the grace time, closes after leaving it', async () => {
    const { controller, shown } = setup();
    const drive = trigger('drive');
    controller.pointerEnterTrigger(drive);
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    controller.pointerLeaveTrigger(drive);
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE_MS - 50);
    controller.pointerEnterCard();
    await vi.advanceTimersByTimeAsync(5000);
    expect(shown).toEqual(['drive']);
    controller.pointerLeaveCard();
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE_MS);
    expect(shown).toEqual(['drive', 'closed']);
  });

  it('keeps the card when the pointer comes back to the trigger within the grace time', async () => {
    const { controller, shown } = setup();
    const drive = trigger('drive');
    controller.pointerEnterTrigger(drive);
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    controller.pointerLeaveTrigger(drive);
    await vi.advanceTimersByTimeAsync(100);
    controller.pointerEnterTrigger(drive);
    await vi.advanceTimersByTimeAsync(5000);
    expect(shown).toEqual(['drive']);
  });

  it('drops the late result of an abandoned dwell', async () => {
    let answerSlowly!: (value: string) => void;
    const { controller, shown } = setup((element) =>
      element.id === 'slow' ? new Promise<string>((resolve) => (answerSlowly = resolve)) : Promise.resolve(element.id),
    );
    const slow = trigger('slow');
    controller.pointerEnterTrigger(slow);
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    controller.pointerLeaveTrigger(slow);
    answerSlowly('slow');
    await vi.advanceTimersByTimeAsync(5000);
    expect(shown).toEqual([]);
  });

  it('shows only the newest of two dwells when the first answer arrives late', async () => {
    let answerSlowly!: (value: string) => void;
    const { controller, shown } = setup((element) =>
      element.id === 'slow' ? new Promise<string>((resolve) => (answerSlowly = resolve)) : Promise.resolve(element.id),
    );
    const slow = trigger('slow');
    controller.pointerEnterTrigger(slow);
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    controller.pointerLeaveTrigger(slow);
    controller.pointerEnterTrigger(trigger('fast'));
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    answerSlowly('slow');
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['fast']);
  });

  it('opens on keyboard focus without a dwell and closes when focus leaves', async () => {
    const { controller, shown } = setup();
    controller.focusTrigger(trigger('drive'));
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['drive']);
    controller.focusLeft();
    expect(shown).toEqual(['drive', 'closed']);
  });

  it('a focus-opened card is not closed by the pointer wandering off', async () => {
    const { controller, shown } = setup();
    const drive = trigger('drive');
    controller.focusTrigger(drive);
    await vi.advanceTimersByTimeAsync(0);
    controller.pointerLeaveTrigger(drive);
    controller.pointerLeaveCard();
    await vi.advanceTimersByTimeAsync(5000);
    expect(shown).toEqual(['drive']);
  });

  it('Escape (close) shuts an open card at once and cancels a pending one', async () => {
    const { controller, shown } = setup();
    controller.pointerEnterTrigger(trigger('drive'));
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    controller.close();
    expect(shown).toEqual(['drive', 'closed']);
    controller.pointerEnterTrigger(trigger('driver'));
    await vi.advanceTimersByTimeAsync(200);
    controller.close();
    await vi.advanceTimersByTimeAsync(5000);
    expect(shown).toEqual(['drive', 'closed']);
  });

  it('shows nothing when there are no details for the film', async () => {
    const { controller, shown } = setup(async () => null);
    controller.pointerEnterTrigger(trigger('drive'));
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    expect(shown).toEqual([]);
  });

  it('one card at a time: a second film replaces the first', async () => {
    const { controller, shown } = setup();
    controller.focusTrigger(trigger('drive'));
    await vi.advanceTimersByTimeAsync(0);
    controller.focusTrigger(trigger('driver'));
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['drive', 'closed', 'driver']);
  });
});

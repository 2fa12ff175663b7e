import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageObserver, outermostConnected } from './observer';

/** A frame queue we run by hand: nothing runs until `runFrames()` (like a hidden tab). */
function manualFrames() {
  const queue: Array<() => void> = [];
  return {
    requestFrame: (callback: () => void) => void queue.push(callback),
    pending: () => queue.length,
    runFrames() {
      for (const callback of queue.splice(0)) callback();
    },
  };
}

/** MutationObserver callbacks are microtasks. */
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

function tile(title: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'tile';
  element.innerHTML = `<a href="/watch/1" aria-label="${title}"><p>${title}</p></a>`;
  return element;
}

describe('createPageObserver', () => {
  let root: HTMLElement;
  afterEach(() => root?.remove());

  function setup(threshold?: number) {
    root = document.createElement('main');
    document.body.append(root);
    const frames = manualFrames();
    const process = vi.fn<(roots: ParentNode[]) => void>();
    const observer = createPageObserver({
      root,
      requestFrame: frames.requestFrame,
      process,
      isOwn: (element) => element.tagName === 'FILMLUPE-POPOVER',
      fullRescanThreshold: threshold,
    });
    observer.start();
    return { frames, process, observer };
  }

  it('batches many mutations into one processing call per frame', async () => {
    const { frames, process } = setup();
    for (let index = 0; index < 50; index++) root.append(tile(`Film ${index}`));
    await mutationsDelivered();
    for (let index = 50; index < 100; index++) root.append(tile(`Film ${index}`));
    await mutationsDelivered();
    expect(frames.pending()).toBe(1);
    frames.runFrames();
    expect(process).toHaveBeenCalledTimes(1);
    expect(process.mock.calls[0]?.[0]).toHaveLength(100);
  });

  it('does no work while no frame runs (hidden tab) and catches up when one does', async () => {
    const { frames, process } = setup();
    root.append(tile('Drive'));
    await mutationsDelivered();
    expect(process).not.toHaveBeenCalled();
    frames.runFrames();
    expect(process).toHaveBeenCalledTimes(1);
  });

  it('drops a queued node that sits inside another queued node', async () => {
    const { frames, process } = setup();
    const outer = tile('Drive');
    root.append(outer);
    const inner = document.createElement('span');
    outer.append(inner);
    await mutationsDelivered();
    frames.runFrames();
    expect(process.mock.calls[0]?.[0]).toEqual([outer]);
  });

  it('skips irrelevant tags, our own popover host and nodes removed before the frame', async () => {
    const { frames, process } = setup();
    const script = document.createElement('script');
    const style = document.createElement('style');
    const host = document.createElement('filmlupe-popover');
    const gone = tile('Weg');
    root.append(script, style, host, gone);
    await mutationsDelivered();
    gone.remove();
    frames.runFrames();
    expect(process).not.toHaveBeenCalled();
  });

  it('switches to one full rescan above the threshold', async () => {
    const { frames, process } = setup(10);
    for (let index = 0; index < 11; index++) root.append(tile(`Film ${index}`));
    await mutationsDelivered();
    frames.runFrames();
    expect(process).toHaveBeenCalledTimes(1);
    expect(process.mock.calls[0]?.[0]).toEqual([root]);
  });

  it('rescanAll queues one scan of the root; stop ends all work', async () => {
    const { frames, process, observer } = setup();
    observer.rescanAll();
    frames.runFrames();
    expect(process.mock.calls[0]?.[0]).toEqual([root]);
    observer.stop();
    root.append(tile('Drive'));
    await mutationsDelivered();
    frames.runFrames();
    expect(process).toHaveBeenCalledTimes(1);
  });
});

describe('outermostConnected', () => {
  it('keeps only the outermost attached elements, once each', () => {
    const outer = document.createElement('div');
    const middle = document.createElement('div');
    const inner = document.createElement('div');
    const sibling = document.createElement('div');
    const detached = document.createElement('div');
    outer.append(middle);
    middle.append(inner);
    document.body.append(outer, sibling);
    expect(outermostConnected([inner, outer, sibling, detached, outer])).toEqual([outer, sibling]);
    outer.remove();
    sibling.remove();
  });
});

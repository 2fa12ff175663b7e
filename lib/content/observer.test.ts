import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageObserver, outermostConnected, type PageChanges } from './observer';

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

  function setup() {
    root = document.createElement('main');
    document.body.append(root);
    const frames = manualFrames();
    const process = vi.fn<(changes: PageChanges) => void>();
    const observer = createPageObserver({
      root,
      requestFrame: frames.requestFrame,
      process,
      isOwn: (element) => element.tagName === 'FILMLUPE-POPOVER',
      isInsideOwn: (element) => element.closest('.own') !== null,
    });
    observer.start();
    /** Lets the page's changes so far be handled and forgotten, so a test sees only what follows. */
    async function settled(): Promise<void> {
      await mutationsDelivered();
      frames.runFrames();
      process.mockClear();
    }
    return { frames, process, observer, settled };
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
    expect(process.mock.calls[0]?.[0].added).toHaveLength(100);
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
    expect(process.mock.calls[0]?.[0].added).toEqual([outer]);
  });

  it('hands over slots appended to a row that was there before the batch each as a subtree', async () => {
    const { frames, process, settled } = setup();
    const oldTrack = document.createElement('div');
    root.append(oldTrack);
    await settled();
    const late = [tile('Drive'), tile('Heat'), tile('Pusher')];
    for (const each of late) oldTrack.append(each);
    await mutationsDelivered();
    frames.runFrames();
    expect(process.mock.calls[0]?.[0]).toEqual({ added: late, changed: [], restructured: [oldTrack], removed: false });
  });

  it('queues a row filled slot by slot once; what changed inside it is only noted as restructured (the row is scanned whole)', async () => {
    const { frames, process } = setup();
    const section = document.createElement('section');
    section.innerHTML = '<h2>Neu</h2><div class="scroller"><div class="track"></div></div>';
    root.append(section);
    const track = section.querySelector('.track')!;
    for (let index = 0; index < 50; index++) track.append(tile(`Film ${index}`));
    const heading = section.querySelector('h2')!;
    heading.replaceChildren('Neu auf Netflix');
    await mutationsDelivered();
    frames.runFrames();
    expect(process.mock.calls[0]?.[0]).toEqual({ added: [section], changed: [], restructured: [root, track, heading], removed: false });
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
    // Only that the root's children changed (a mark inside it would be looked at again).
    expect(process.mock.calls.map(([changes]) => changes)).toEqual([{ added: [], changed: [], restructured: [root], removed: false }]);
  });

  it('says when the page took elements out (a marked tile may be gone with them)', async () => {
    const { frames, process, settled } = setup();
    const card = tile('Drive');
    root.append(card, 'text');
    await settled();
    root.lastChild!.remove();
    await mutationsDelivered();
    frames.runFrames();
    expect(process.mock.calls.at(-1)?.[0].removed).toBe(false);
    card.remove();
    await mutationsDelivered();
    frames.runFrames();
    expect(process.mock.calls.at(-1)?.[0]).toEqual({ added: [], changed: [], restructured: [root], removed: true });
  });

  it('our own element put beside a tile (a badge) and taken away again is no change of the page: no batch at all', async () => {
    const { frames, process, settled } = setup();
    const card = tile('Drive');
    root.append(card);
    await settled();
    const badge = document.createElement('filmlupe-popover');
    card.append(badge);
    await mutationsDelivered();
    frames.runFrames();
    expect(process).not.toHaveBeenCalled();
    // Taken away again (the mark undone): no batch either.
    badge.remove();
    await mutationsDelivered();
    frames.runFrames();
    expect(process).not.toHaveBeenCalled();
  });

  it('hands over thousands of added subtrees as they are, never as a scan of the whole root', async () => {
    const { frames, process } = setup();
    for (let index = 0; index < 3000; index++) root.append(tile(`Film ${index}`));
    await mutationsDelivered();
    frames.runFrames();
    expect(process).toHaveBeenCalledTimes(1);
    expect(process.mock.calls[0]?.[0].added).toHaveLength(3000);
    expect(process.mock.calls[0]?.[0].added).not.toContain(root);
  });

  it('hands over a row whose tiles were all swapped for new ones in one record as one subtree; tiles added beside others, or a few, each on its own', async () => {
    // Browsers make one record for replaceChildren, append(...) or innerHTML; happy-dom makes one per
    // node, so the records are handed to the observer's callback here as a browser makes them.
    let deliver: MutationCallback = () => {};
    vi.stubGlobal('MutationObserver', class {
      constructor(callback: MutationCallback) {
        deliver = callback;
      }
      observe() {}
      disconnect() {}
    });
    const handOver = (target: Element, addedNodes: Node[], removedNodes: Node[] = []) => {
      deliver([{ type: 'childList', target, addedNodes, removedNodes } as unknown as MutationRecord], {} as MutationObserver);
      frames.runFrames();
      return process.mock.calls.at(-1)?.[0].added;
    };
    const { frames, process } = setup();
    try {
      const row = document.createElement('div');
      root.append(row);
      const swapped = Array.from({ length: 20 }, (_, index) => tile(`Film ${index}`));
      row.append(...swapped);
      expect(handOver(row, swapped, [tile('Heat'), tile('Pusher')])).toEqual([row]);
      // Tiles appended beside tiles that stay: each new tile on its own.
      const appended = Array.from({ length: 10 }, (_, index) => tile(`New ${index}`));
      row.append(...appended);
      expect(handOver(row, appended)).toEqual(appended);
      // A few tiles that are all of a row's children: each on its own as well.
      const small = document.createElement('div');
      root.append(small);
      const few = [tile('Drive'), tile('Pusher')];
      small.append(...few);
      expect(handOver(small, few, [tile('Heat')])).toEqual(few);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports a relabelled tile, edited text and a replaced text node as changed, each element once', async () => {
    const { frames, process, settled } = setup();
    const card = tile('Drive');
    const other = tile('Heat');
    root.append(card, other);
    await settled();
    const link = card.querySelector('a')!;
    link.setAttribute('aria-label', 'Pusher');
    link.setAttribute('aria-label', 'Pusher II');
    (card.querySelector('p')!.firstChild as Text).data = 'Pusher II';
    other.querySelector('p')!.textContent = 'Heat';
    await mutationsDelivered();
    frames.runFrames();
    const changes = process.mock.calls[0]![0];
    expect(changes.added).toEqual([]);
    expect(changes.changed).toEqual([link, card.querySelector('p'), other.querySelector('p')]);
  });

  it('ignores attributes no adapter reads and changes inside our own elements', async () => {
    const card = tile('Drive');
    const { frames, process, settled } = setup();
    const badge = document.createElement('span');
    badge.className = 'own';
    badge.innerHTML = '<button aria-label="Filmlupe: Drive (2011)"></button>';
    root.append(card, badge);
    await settled();
    card.classList.add('hovered');
    card.setAttribute('data-filmlupe-film', 'drive-2011');
    card.style.color = 'red';
    badge.firstElementChild!.setAttribute('aria-label', 'Filmlupe: Ist das Drive (2011)?');
    await mutationsDelivered();
    frames.runFrames();
    expect(process).not.toHaveBeenCalled();
  });

  it('reports an element whose child elements changed as restructured, not as changed', async () => {
    const { frames, process, settled } = setup();
    const card = tile('Drive');
    root.append(card);
    await settled();
    card.querySelector('a')!.append(document.createElement('span'));
    await mutationsDelivered();
    frames.runFrames();
    const changes = process.mock.calls[0]![0];
    expect(changes.restructured).toEqual([card.querySelector('a')]);
    expect(changes.changed).toEqual([]);
  });

  it('rescanAll queues one scan of the root; stop ends all work', async () => {
    const { frames, process, observer } = setup();
    observer.rescanAll();
    frames.runFrames();
    expect(process.mock.calls[0]?.[0]).toEqual({ added: [root], changed: [], restructured: [], removed: false });
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

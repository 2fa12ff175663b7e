/**
 * One batched MutationObserver for the whole page (the uBlock Origin domWatcher / Dark Reader
 * pattern). The callback only queues added element nodes; the work runs once per batch, when
 * `requestFrame` says: in the page, right after the task that made the mutations, or in a hidden tab
 * at its next animation frame, which browsers do not run while it is hidden, so a hidden tab does no
 * work at all until it is shown. No polling, no intervals.
 *
 *   mutations ──queue──▶ pending roots ──(once per batch)──▶ drop nested/detached ──▶ process(roots)
 *                                   └─ more than `fullRescanThreshold` ─▶ process([document])
 */
import { warnOnce } from './log';

/** Tags whose subtrees never hold a film title. Upper case, as `Element.tagName` reports HTML tags. */
// (IMG is kept: several sites name a film only in `img[alt]`.)
const IRRELEVANT_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'BR', 'HR', 'VIDEO', 'AUDIO', 'SOURCE', 'CANVAS']);

export interface PageObserverOptions {
  /** The document (or a subtree in tests) to watch. */
  root: Node & ParentNode;
  /** Schedules `callback` once for the queued batch (see lib/content/session.ts for the page's choice). */
  requestFrame: (callback: () => void) => void;
  /** Handles a batch of added subtrees; `[root]` after a full rescan. */
  process: (roots: ParentNode[]) => void;
  /** Elements of our own (the popover host, badges) that must not be scanned. */
  isOwn?: (element: Element) => boolean;
  /** Above this many queued roots one full rescan is cheaper than many small ones. */
  fullRescanThreshold?: number;
}

export interface PageObserver {
  start(): void;
  stop(): void;
  /** Queue a scan of the whole root (start, SPA navigation, a site switched on). */
  rescanAll(): void;
}

export function createPageObserver(options: PageObserverOptions): PageObserver {
  const threshold = options.fullRescanThreshold ?? 1000;
  let pending: Element[] = [];
  let fullRescan = false;
  let frameRequested = false;
  let running = false;
  let observer: MutationObserver | null = null;

  function isRelevant(node: Node): node is Element {
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    if (IRRELEVANT_TAGS.has(element.tagName)) return false;
    // Everything inside an <svg> is drawing, never a title.
    if (element.namespaceURI === 'http://www.w3.org/2000/svg') return false;
    return !options.isOwn?.(element);
  }

  function requestRun(): void {
    if (frameRequested || !running) return;
    frameRequested = true;
    options.requestFrame(runFrame);
  }

  function onMutations(records: MutationRecord[]): void {
    if (fullRescan) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (isRelevant(node)) pending.push(node);
      }
    }
    if (pending.length > threshold) {
      fullRescan = true;
      pending = [];
    }
    if (pending.length > 0 || fullRescan) requestRun();
  }

  function runFrame(): void {
    frameRequested = false;
    if (!running) return;
    const roots = fullRescan ? [options.root] : outermostConnected(pending);
    fullRescan = false;
    pending = [];
    if (roots.length === 0) return;
    try {
      options.process(roots);
    } catch (error) {
      warnOnce('scan failed', error);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      observer = new MutationObserver(onMutations);
      observer.observe(options.root, { childList: true, subtree: true });
    },
    stop() {
      running = false;
      observer?.disconnect();
      observer = null;
      pending = [];
      fullRescan = false;
    },
    rescanAll() {
      fullRescan = true;
      pending = [];
      requestRun();
    },
  };
}

/**
 * The queued elements that are still in the page and not inside another queued element (a tile
 * added with its children is scanned once, from its outermost added node).
 */
export function outermostConnected(queued: Element[]): Element[] {
  const queuedSet = new Set(queued);
  const result: Element[] = [];
  for (const element of queuedSet) {
    if (!element.isConnected) continue;
    let ancestor = element.parentElement;
    while (ancestor && !queuedSet.has(ancestor)) ancestor = ancestor.parentElement;
    if (!ancestor) result.push(element);
  }
  return result;
}

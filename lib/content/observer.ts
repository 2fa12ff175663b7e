/**
 * One batched MutationObserver for the whole page (the uBlock Origin domWatcher / Dark Reader
 * pattern). The callback only queues nodes; the work runs once per batch, when `requestFrame` says: in
 * the page, right after the task that made the mutations, or in a hidden tab at its next animation
 * frame, which browsers do not run while it is hidden, so a hidden tab does no work at all until it is
 * shown. No polling, no intervals.
 *
 *   added elements ─────────────────────┐
 *   text / title attributes changed ────┼─queue─▶ (once per batch) drop detached/nested ─▶ process(batch)
 *   children of an element changed ────┘
 *
 * Every batch is handled as it came: a batch of thousands of added tiles is not turned into a scan of
 * the whole page (that re-sent every title of a 50,000-card page every time; issue 13.8). Only
 * `rescanAll` (start, SPA navigation) scans the whole root.
 */
import { warnOnce } from './log';

/** Tags whose subtrees never hold a film title. Upper case, as `Element.tagName` reports HTML tags. */
// (IMG is kept: several sites name a film only in `img[alt]`.)
const IRRELEVANT_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'BR', 'HR', 'VIDEO', 'AUDIO', 'SOURCE', 'CANVAS']);

/**
 * The attributes the site adapters read a title, year or kind from (lib/sites/*.ts): a change of one
 * of them may relabel a tile the site reuses. Not `class` (pages toggle classes on every hover) and none
 * of ours (data-filmlupe-*, tabindex, aria-expanded), so marking causes no change batch of its own.
 */
export const TITLE_ATTRIBUTES = [
  'aria-label',
  'alt',
  'title',
  'href',
  'content',
  'itemprop',
  'data-card-title',
  'data-card-entity-type',
  'data-uia',
  'data-testid',
  'data-automation-id',
];

/** Removed nodes of one record that are looked at for text (see onMutations). */
const FEW_REMOVED = 8;

/** Added nodes of one record that are read one by one even when they are all the target's children. */
const FEW_ADDED = 8;

/** Queued elements above which the ones the page removed again are dropped from the queue. */
const COMPACT_AT = 5000;

/** Levels above a record's target searched for a queued element (see `insideQueued`). */
const INSIDE_QUEUED_LEVELS = 3;

/** One batch of page changes, each list without detached or duplicate elements. */
export interface PageChanges {
  /**
   * Added subtrees (or an element whose children all came in one record), outermost only; `[root]` for a
   * scan of the whole root.
   */
  added: ParentNode[];
  /** Elements whose own text or title attributes changed: a title may read differently now. */
  changed: Element[];
  /** Elements whose children changed (elements added or removed): a marked title inside may read differently. */
  restructured: Element[];
  /** The page took elements out: marked tiles may be gone with them. */
  removed: boolean;
}

export interface PageObserverOptions {
  /** The document (or a subtree in tests) to watch. */
  root: Node & ParentNode;
  /** Schedules `callback` once for the queued batch (see lib/content/session.ts for the page's choice). */
  requestFrame: (callback: () => void) => void;
  /** Handles a batch. */
  process: (changes: PageChanges) => void;
  /** Elements of our own (the popover host, badge anchors) that must not be scanned. */
  isOwn?: (element: Element) => boolean;
  /** Whether a changed element is part of ours (a badge's label): such changes are ours, not the page's. */
  isInsideOwn?: (element: Element) => boolean;
}

export interface PageObserver {
  start(): void;
  stop(): void;
  /** Queue a scan of the whole root (start, SPA navigation, a site switched on). */
  rescanAll(): void;
}

export function createPageObserver(options: PageObserverOptions): PageObserver {
  /** Added elements, each once (a set: `insideQueued` looks targets up in it). */
  let queued = new Set<Element>();
  /** Elements whose text changed, and elements whose children changed: each once (sets). */
  let changed = new Set<Element>();
  let restructured = new Set<Element>();
  let removedElements = false;
  let compactAt = COMPACT_AT;
  let fullRescan = false;
  let frameRequested = false;
  let running = false;
  let observer: MutationObserver | null = null;

  function isRelevant(node: Node): node is Element {
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    if (IRRELEVANT_TAGS.has(element.tagName)) return false;
    // Everything inside an <svg> is drawing, never a title.
    return element.namespaceURI !== 'http://www.w3.org/2000/svg';
  }

  function requestRun(): void {
    if (frameRequested || !running) return;
    frameRequested = true;
    options.requestFrame(runFrame);
  }

  function onMutations(records: MutationRecord[]): void {
    // A scan of the whole root is queued: it will see all of this.
    if (fullRescan) return;
    // One call per task with all its records: ~510 for 10 rows on the hard bench page, where a row is
    // attached empty and its 50 slots are appended one by one, so the work per record is what counts
    // (each DOM read from the content script's world goes through a wrapper). A target is looked at once
    // per run of records that share it, and a record whose target lies inside a queued subtree is not
    // read further: that subtree is scanned whole, whatever changed in it (its added nodes would only be
    // taken out again as nested). Its target is only noted as restructured, once: a subtree the page
    // moved keeps its marks, and one inside that no longer reads as a title must go. Reading each
    // record's nodes as well cost ~0.5 ms a batch there (2026-12-04).
    let lastTarget: Node | null = null;
    let targetIsElement = false;
    let targetInsideQueued = false;
    for (const record of records) {
      const target = record.target;
      if (target !== lastTarget) {
        lastTarget = target;
        targetIsElement = target.nodeType === 1;
        targetInsideQueued = insideQueued(target);
        if (targetInsideQueued) {
          const element = targetIsElement ? (target as Element) : target.parentElement;
          if (element) restructured.add(element);
        }
      }
      if (targetInsideQueued) continue;
      const type = record.type;
      if (type === 'childList') {
        let text = false;
        let elements = false;
        const added = record.addedNodes;
        const addedCount = added.length;
        if (targetIsElement && addedCount > FEW_ADDED && addedCount >= target.childNodes.length) {
          // All of the target's children came with this record (a row of tiles swapped for another): the
          // target is queued as one added subtree. Reading each new child here cost ~10 ms of the page's
          // task for the churn page's swap of 2,000 elements (tests/e2e/churn.spec.ts, 2026-12-05).
          elements = true;
          if (isRelevant(target)) queued.add(target);
        } else {
          // Indexed, not for…of: no iterator (one more call into the page's world per node).
          for (let index = 0; index < addedCount; index++) {
            const node = added[index]!;
            const nodeType = node.nodeType;
            if (nodeType === 3) text = true;
            // Our own badge put beside a tile: no change of the page's titles, and nothing to look at again.
            else if (nodeType !== 1 || !options.isOwn?.(node as Element)) {
              elements = true;
              if (isRelevant(node)) queued.add(node);
            }
          }
        }
        // Removed text matters in a title element, which has few children; a container that lost a
        // thousand tiles is not read node by node (its marks went with the tiles).
        const removedNodes = record.removedNodes;
        const removedCount = removedNodes.length;
        if (removedCount > FEW_REMOVED) elements = removedElements = true;
        else {
          for (let index = 0; index < removedCount; index++) {
            const nodeType = removedNodes[index]!.nodeType;
            if (nodeType === 3) text = true;
            // Our own badge taken away again (a mark undone): no change of the page's titles either.
            else if (nodeType !== 1) elements = true;
            else if (!options.isOwn?.(removedNodes[index] as Element)) elements = removedElements = true;
          }
        }
        if (!targetIsElement) continue;
        // A title's text node replaced (`textContent = …`) is a change of the title's text.
        if (text) changed.add(target as Element);
        else if (elements) restructured.add(target as Element);
      } else {
        const element = type === 'characterData' ? target.parentElement : (target as Element);
        if (element) changed.add(element);
      }
    }
    // A hidden tab runs no batch until it is shown: the queue must not keep removed tiles alive meanwhile.
    if (queued.size + changed.size + restructured.size > compactAt) compact();
    if (queued.size > 0 || changed.size > 0 || restructured.size > 0 || removedElements) requestRun();
  }

  /**
   * Whether `target` is a queued element or lies a few levels inside one: nodes added there are in a
   * subtree that will be scanned anyway. A few levels only (a row's track of tiles sits two below the
   * row): the climb is paid for every new target, and a miss only queues what `outermostConnected`
   * takes out again.
   */
  function insideQueued(target: Node): boolean {
    if (queued.size === 0) return false;
    let node: Node | null = target;
    for (let depth = 0; node && depth <= INSIDE_QUEUED_LEVELS; depth++, node = node.parentNode) {
      if (queued.has(node as Element)) return true;
    }
    return false;
  }

  /** Drops queued elements the page removed again; runs when the queue doubled since (amortised). */
  function compact(): void {
    const connected = (element: Element) => element.isConnected;
    queued = new Set([...queued].filter(connected));
    changed = new Set([...changed].filter(connected));
    restructured = new Set([...restructured].filter(connected));
    compactAt = Math.max(COMPACT_AT, 2 * (queued.size + changed.size + restructured.size));
  }

  /** Forgets what is queued: it was handed over, or a scan of the whole root will see it. */
  function clearQueue(): void {
    queued = new Set();
    changed = new Set();
    restructured = new Set();
    removedElements = false;
    compactAt = COMPACT_AT;
  }

  function runFrame(): void {
    frameRequested = false;
    if (!running) return;
    const batch: PageChanges = fullRescan
      ? { added: [options.root], changed: [], restructured: [], removed: false }
      : {
          added: outermostConnected(queued),
          changed: stillInPage(changed, options.isInsideOwn),
          restructured: stillInPage(restructured, options.isInsideOwn),
          removed: removedElements,
        };
    fullRescan = false;
    clearQueue();
    if (batch.added.length === 0 && batch.changed.length === 0 && batch.restructured.length === 0 && !batch.removed) return;
    try {
      options.process(batch);
    } catch (error) {
      warnOnce('scan failed', error);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      observer = new MutationObserver(onMutations);
      observer.observe(options.root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: TITLE_ATTRIBUTES });
    },
    stop() {
      running = false;
      observer?.disconnect();
      observer = null;
      clearQueue();
      fullRescan = false;
    },
    rescanAll() {
      fullRescan = true;
      clearQueue();
      requestRun();
    },
  };
}

/** The elements still in the page, without our own. */
function stillInPage(elements: ReadonlySet<Element>, isInsideOwn: ((element: Element) => boolean) | undefined): Element[] {
  const result: Element[] = [];
  for (const element of elements) {
    if (element.isConnected && !isInsideOwn?.(element)) result.push(element);
  }
  return result;
}

/**
 * The queued elements that are still in the page and not inside another queued element (a tile
 * added with its children is scanned once, from its outermost added node).
 */
export function outermostConnected(queued: Element[] | ReadonlySet<Element>): Element[] {
  const queuedSet = queued instanceof Set ? queued : new Set(queued);
  const result: Element[] = [];
  for (const element of queuedSet) {
    if (!element.isConnected) continue;
    let ancestor = element.parentElement;
    while (ancestor && !queuedSet.has(ancestor)) ancestor = ancestor.parentElement;
    if (!ancestor) result.push(element);
  }
  return result;
}

/**
 * Marks matched titles in the page and removes the marks again. The marked trigger (the title
 * element itself, or a badge we add) carries `data-filmlupe-film="<film id>"`: the contract outside
 * tests and the popup rely on. An unsure match (`sure: false`, lib/title/evidence.ts) also carries
 * `data-filmlupe-unsure`: its card asks "Ist das …?" until the user answers.
 *
 * The marker holds the page's elements only weakly (WeakMaps, WeakRefs): a tile the page throws away is
 * released with everything we hung on it, even while other tiles of the same film stay marked.
 */
import type { FilmMatch, TitleKind } from '../title/types';
import type { FoundTitle } from '../sites/types';
import { createBadge, showBadgeSure } from './badge';
import { setDimmed } from './dim';

export const FILM_ATTRIBUTE = 'data-filmlupe-film';
export const UNSURE_ATTRIBUTE = 'data-filmlupe-unsure';

/** How far up from a changed node a marked title element is looked for (a title is a small subtree). */
const MARK_SEARCH_DEPTH = 12;

export interface Mark {
  film: FilmMatch;
  /** The raw page text the match came from (the key of a "Nicht dieser Film" correction). */
  text: string;
  /** The year and kind the page stated beside the text when it was matched. */
  year: number | null;
  kind: TitleKind | null;
  /** The element the adapter found. */
  source: Element;
  /** What the user hovers or focuses: `source`, or our badge. */
  trigger: HTMLElement;
  badge: boolean;
  /** We added tabindex="0" and must take it away again. */
  addedTabIndex: boolean;
  /** The scanner's stamp: when this mark was made or last found showing the same title. */
  checked: number;
}

export interface Marker {
  mark(found: FoundTitle, film: FilmMatch): Mark | null;
  /** The user said "Ja": the mark's match is sure from now on (attribute and badge follow). */
  markSure(mark: Mark): void;
  /** The user marked the film as seen or not: its marks follow (and their dimming, lib/content/dim.ts). */
  setSeen(filmId: string, seen: boolean): void;
  /** The dimming setting changed: every mark of a seen film is dimmed, or no longer. */
  updateDimming(): void;
  /** The mark whose trigger is `element` or contains it. */
  markOfTrigger(element: Element): Mark | undefined;
  /** The mark made for this title element, if any. */
  markOfSource(element: Element): Mark | undefined;
  /** The mark whose title element is `node` or contains it (a change inside a marked title). */
  markContaining(node: Element): Mark | undefined;
  marksOfFilm(filmId: string): Mark[];
  /** Every mark, in the page or not (the scanner's sweep after a scan of the whole page). */
  allMarks(): Mark[];
  unmark(mark: Mark): void;
  unmarkAll(): void;
  /** Marked films in page order, each once (for the popup and the toolbar badge). */
  filmsInPageOrder(): FilmMatch[];
}

/** Whether a found title is the one a mark was made for (same text, same stated year and kind). */
export function showsSameTitle(mark: Mark, found: FoundTitle): boolean {
  return mark.text === found.text && mark.year === (found.year ?? null) && mark.kind === (found.kind ?? null);
}

function isFocusable(element: Element): boolean {
  if (element.hasAttribute('tabindex')) return true;
  if (element.matches('a[href], button, input, select, textarea, summary, [contenteditable="true"]')) return true;
  return false;
}

export interface MarkerOptions {
  useBadge: boolean;
  /** "Gesehene Filme abdunkeln" is on (read at each mark; `updateDimming` after a change). */
  dimSeen?: () => boolean;
}

export function createMarker(options: MarkerOptions): Marker {
  const dimSeen = options.dimSeen ?? (() => false);
  // Weak on both sides: the page's elements are the keys, so a removed tile takes its mark with it.
  const marksBySource = new WeakMap<Element, Mark>();
  const marksByTrigger = new WeakMap<Element, Mark>();
  /** Every mark, for the few walks over all of them (stop, the popup's films); pruned as refs die. */
  const registry = new Set<WeakRef<Mark>>();
  /** Registry size after its last pruning: it is pruned again when it has doubled since (amortised). */
  let prunedSize = 0;
  function mark(found: FoundTitle, film: FilmMatch): Mark | null {
    const source = found.element;
    if (marksBySource.has(source) || !source.isConnected) return null;
    const year = found.year ?? null;
    const kind = found.kind ?? null;
    let mark: Mark;
    if (options.useBadge) {
      const { anchor, button } = createBadge(film);
      // Off-screen clones (Netflix keeps them with aria-hidden) stay hoverable but out of the tab order.
      if (source.closest('[aria-hidden="true"]')) button.tabIndex = -1;
      button.setAttribute(FILM_ATTRIBUTE, film.id);
      placeBadge(source, anchor);
      mark = { film, text: found.text, year, kind, source, trigger: button, badge: true, addedTabIndex: false, checked: 0 };
    } else {
      const trigger = source as HTMLElement;
      const addedTabIndex = !isFocusable(trigger);
      if (addedTabIndex) trigger.tabIndex = 0;
      trigger.setAttribute(FILM_ATTRIBUTE, film.id);
      mark = { film, text: found.text, year, kind, source, trigger, badge: false, addedTabIndex, checked: 0 };
    }
    if (film.sure === false) mark.trigger.setAttribute(UNSURE_ATTRIBUTE, '');
    if (film.seen && dimSeen()) setDimmed(source, true);
    marksBySource.set(source, mark);
    marksByTrigger.set(mark.trigger, mark);
    registry.add(new WeakRef(mark));
    if (registry.size > 2 * prunedSize + 1000) prune();
    return mark;
  }

  /** Drops the registry's refs to marks the garbage collector took (their tiles are gone). */
  function prune(): void {
    for (const ref of registry) if (!ref.deref()) registry.delete(ref);
    prunedSize = registry.size;
  }

  function unmark(mark: Mark): void {
    if (marksBySource.get(mark.source) !== mark) return;
    marksBySource.delete(mark.source);
    marksByTrigger.delete(mark.trigger);
    setDimmed(mark.source, false);
    if (mark.badge) {
      (mark.trigger.parentElement ?? mark.trigger).remove();
      return;
    }
    mark.trigger.removeAttribute(FILM_ATTRIBUTE);
    mark.trigger.removeAttribute(UNSURE_ATTRIBUTE);
    mark.trigger.removeAttribute('aria-expanded');
    mark.trigger.removeAttribute('aria-controls');
    if (mark.addedTabIndex) mark.trigger.removeAttribute('tabindex');
  }

  /** Every mark still made (unmarked ones leave the registry's walk here). */
  function allMarks(): Mark[] {
    const marks: Mark[] = [];
    for (const ref of registry) {
      const found = ref.deref();
      if (found && marksBySource.get(found.source) === found) marks.push(found);
      else registry.delete(ref);
    }
    prunedSize = registry.size;
    return marks;
  }

  function liveMarks(): Mark[] {
    // Tiles the page removed but still holds (a pool of nodes to reuse) lose their marks here.
    const marks = allMarks();
    const live: Mark[] = [];
    for (const each of marks) {
      if (each.source.isConnected) live.push(each);
      else unmark(each);
    }
    return live;
  }

  function markSure(mark: Mark): void {
    if (mark.film.sure !== false) return;
    mark.film = { ...mark.film, sure: true };
    mark.trigger.removeAttribute(UNSURE_ATTRIBUTE);
    if (mark.badge) showBadgeSure(mark.trigger, mark.film);
  }

  function setSeen(filmId: string, seen: boolean): void {
    const dim = seen && dimSeen();
    for (const each of liveMarks()) {
      if (each.film.id !== filmId) continue;
      each.film = { ...each.film, seen };
      setDimmed(each.source, dim);
    }
  }

  function updateDimming(): void {
    const dim = dimSeen();
    for (const each of allMarks()) setDimmed(each.source, dim && each.film.seen === true);
  }

  return {
    mark,
    markSure,
    setSeen,
    updateDimming,
    unmark,
    allMarks,
    markOfTrigger(element) {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const found = marksByTrigger.get(node);
        if (found) return found;
      }
      return undefined;
    },
    markOfSource: (element) => marksBySource.get(element),
    markContaining(node) {
      let depth = 0;
      for (let element: Element | null = node; element && depth < MARK_SEARCH_DEPTH; element = element.parentElement, depth++) {
        const found = marksBySource.get(element);
        if (found) return found;
      }
      return undefined;
    },
    marksOfFilm: (filmId) => liveMarks().filter((mark) => mark.film.id === filmId),
    unmarkAll() {
      for (const mark of allMarks()) unmark(mark);
      registry.clear();
      prunedSize = 0;
    },
    filmsInPageOrder() {
      // Each film's first mark in page order (one comparison per mark), then the few films sorted:
      // sorting every mark compared nodes n·log n times in a 50,000-node page. Asked for by a report
      // or the popup, not after every batch (lib/content/session.ts).
      const firstOfFilm = new Map<string, Mark>();
      for (const mark of liveMarks()) {
        const first = firstOfFilm.get(mark.film.id);
        if (!first || precedes(mark.source, first.source)) firstOfFilm.set(mark.film.id, mark);
      }
      return [...firstOfFilm.values()].sort((a, b) => (precedes(a.source, b.source) ? -1 : 1)).map((mark) => mark.film);
    },
  };
}

function precedes(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * Where the badge goes: as the last child of the parent of the tile's link, i.e. beside the <a>,
 * never inside it. A <button> inside an <a> is invalid (interactive content inside interactive
 * content): screen readers announce it oddly and a click would also follow the link. Beside the
 * link it stays inside the site's tile wrapper (Netflix's `div[data-virtual-slot]` /
 * `.ptrack-content`), so it scrolls and disappears with the tile.
 */
function placeBadge(source: Element, badge: HTMLElement): void {
  const link = source.closest('a[href], button') ?? source;
  const container = link.parentElement ?? source;
  container.append(badge);
}

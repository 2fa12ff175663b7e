/**
 * Marks matched titles in the page and removes the marks again. The marked trigger (the title
 * element itself, or a badge we add) carries `data-filmlupe-film="<film id>"`: the contract outside
 * tests and the popup rely on. An unsure match (`sure: false`, lib/title/evidence.ts) also carries
 * `data-filmlupe-unsure`: its card asks "Ist das …?" until the user answers.
 */
import type { FilmMatch } from '../title/types';
import type { FoundTitle } from '../sites/types';
import { createBadge, showBadgeSure } from './badge';

export const FILM_ATTRIBUTE = 'data-filmlupe-film';
export const UNSURE_ATTRIBUTE = 'data-filmlupe-unsure';

export interface Mark {
  film: FilmMatch;
  /** The raw page text the match came from (the key of a "Nicht dieser Film" correction). */
  text: string;
  /** The element the adapter found. */
  source: Element;
  /** What the user hovers or focuses: `source`, or our badge. */
  trigger: HTMLElement;
  badge: boolean;
  /** We added tabindex="0" and must take it away again. */
  addedTabIndex: boolean;
}

export interface Marker {
  mark(found: FoundTitle, film: FilmMatch): Mark | null;
  /** The user said "Ja": the mark's match is sure from now on (attribute and badge follow). */
  markSure(mark: Mark): void;
  /** The mark whose trigger is `element` or contains it. */
  markOfTrigger(element: Element): Mark | undefined;
  marksOfFilm(filmId: string): Mark[];
  unmark(mark: Mark): void;
  unmarkAll(): void;
  /** Marked films in page order, each once (for the popup and the toolbar badge). */
  filmsInPageOrder(): FilmMatch[];
}

function isFocusable(element: Element): boolean {
  if (element.hasAttribute('tabindex')) return true;
  if (element.matches('a[href], button, input, select, textarea, summary, [contenteditable="true"]')) return true;
  return false;
}

export function createMarker(options: { useBadge: boolean }): Marker {
  const marksBySource = new Map<Element, Mark>();
  const marksByTrigger = new Map<Element, Mark>();
  /**
   * Each marked film's first mark in page order, kept up to date as marks come, so that a report after
   * a batch of new tiles compares only the new marks (null: work it out anew from all marks).
   */
  let firsts: Mark[] | null = [];

  function noteFirst(mark: Mark): void {
    if (!firsts) return;
    const index = firsts.findIndex((first) => first.film.id === mark.film.id);
    if (index >= 0 && !precedes(mark.source, firsts[index]!.source)) return;
    if (index >= 0) firsts.splice(index, 1);
    let at = 0;
    while (at < firsts.length && precedes(firsts[at]!.source, mark.source)) at++;
    firsts.splice(at, 0, mark);
  }

  function mark(found: FoundTitle, film: FilmMatch): Mark | null {
    const source = found.element;
    if (marksBySource.has(source) || !source.isConnected) return null;
    let mark: Mark;
    if (options.useBadge) {
      const { anchor, button } = createBadge(film);
      // Off-screen clones (Netflix keeps them with aria-hidden) stay hoverable but out of the tab order.
      if (source.closest('[aria-hidden="true"]')) button.tabIndex = -1;
      button.setAttribute(FILM_ATTRIBUTE, film.id);
      placeBadge(source, anchor);
      mark = { film, text: found.text, source, trigger: button, badge: true, addedTabIndex: false };
    } else {
      const trigger = source as HTMLElement;
      const addedTabIndex = !isFocusable(trigger);
      if (addedTabIndex) trigger.tabIndex = 0;
      trigger.setAttribute(FILM_ATTRIBUTE, film.id);
      mark = { film, text: found.text, source, trigger, badge: false, addedTabIndex };
    }
    if (film.sure === false) mark.trigger.setAttribute(UNSURE_ATTRIBUTE, '');
    marksBySource.set(source, mark);
    marksByTrigger.set(mark.trigger, mark);
    noteFirst(mark);
    return mark;
  }

  function unmark(mark: Mark): void {
    firsts = null;
    marksBySource.delete(mark.source);
    marksByTrigger.delete(mark.trigger);
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

  function liveMarks(): Mark[] {
    // Tiles the page removed (virtualised rows) are forgotten here, so the maps do not grow forever.
    for (const mark of [...marksBySource.values()]) {
      if (!mark.source.isConnected) unmark(mark);
    }
    return [...marksBySource.values()];
  }

  function markSure(mark: Mark): void {
    if (mark.film.sure !== false) return;
    mark.film = { ...mark.film, sure: true };
    mark.trigger.removeAttribute(UNSURE_ATTRIBUTE);
    if (mark.badge) showBadgeSure(mark.trigger, mark.film);
  }

  return {
    mark,
    markSure,
    unmark,
    markOfTrigger(element) {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const found = marksByTrigger.get(node);
        if (found) return found;
      }
      return undefined;
    },
    marksOfFilm: (filmId) => liveMarks().filter((mark) => mark.film.id === filmId),
    unmarkAll() {
      for (const mark of [...marksBySource.values()]) unmark(mark);
    },
    filmsInPageOrder() {
      // Still right while every first mark is in the page (a later mark that left changes nothing).
      if (firsts && firsts.every((mark) => mark.source.isConnected)) return firsts.map((mark) => mark.film);
      // Each film's first mark in page order (one comparison per mark), then the few films sorted:
      // sorting every mark compared nodes n·log n times in a 50,000-node page after every batch.
      const firstOfFilm = new Map<string, Mark>();
      for (const mark of liveMarks()) {
        const first = firstOfFilm.get(mark.film.id);
        if (!first || precedes(mark.source, first.source)) firstOfFilm.set(mark.film.id, mark);
      }
      firsts = [...firstOfFilm.values()].sort((a, b) => (precedes(a.source, b.source) ? -1 : 1));
      return firsts.map((mark) => mark.film);
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

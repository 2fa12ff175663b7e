/**
 * The small Filmlupe badge for tiles the site scales and previews on hover (Netflix). Hovering the
 * tile itself belongs to the site; hovering or focusing the badge belongs to us, so the two do not
 * fight over one pointer. The badge lives in the page (not in our shadow root); its look, the
 * magnifier, the "?" of an unsure match and the focus ring come from components/badge/badge.css,
 * which the browser injects with the content script. A badge is two elements with class names: one
 * made per marked tile costs a clone, its label and two listeners.
 */
import type { FilmMatch } from '../title/types';

/**
 * Events the site must not see on the badge: hovering or clicking it is not hovering the tile. A page
 * shows dozens of badges and each listener costs its registration (~1.4 µs in the content script's
 * world, 13 of them ~0.7 ms for the 39 badges of the hard bench page at load, 2026-12-05), so a badge
 * listens at once only for what can come first: the pointer entering it (a mouse, pen or touch sends
 * `pointerover` before any other of these) and a click (Enter on the focused badge clicks it without
 * a pointer). The rest is listened for from the pointer's first entry on.
 */
const KEPT_FROM_SITE_ONCE_ENTERED = ['pointerover', 'pointerout', 'pointermove', 'mouseover', 'mouseout', 'mousemove', 'pointerdown', 'mousedown', 'pointerup', 'mouseup'];

/** "Filmlupe: Drive (2011)", or for an unsure match the question its card asks. */
export function badgeLabel(film: FilmMatch): string {
  return film.sure === false ? `Filmlupe: Ist das ${film.title} (${film.year})?` : `Filmlupe: ${film.title} (${film.year})`;
}

export const BADGE_ANCHOR_CLASS = 'filmlupe-badge-anchor';
const BADGE_CLASS = 'filmlupe-badge';

/** Built once and cloned per badge (a page may show dozens at once). */
let template: HTMLElement | null = null;

function badgeTemplate(): HTMLElement {
  if (template?.ownerDocument === document) return template;
  const anchor = document.createElement('span');
  anchor.className = BADGE_ANCHOR_CLASS;
  const badge = document.createElement('button');
  badge.type = 'button';
  badge.className = BADGE_CLASS;
  badge.setAttribute('aria-haspopup', 'dialog');
  badge.setAttribute('aria-expanded', 'false');
  anchor.append(badge);
  template = anchor;
  return anchor;
}

/**
 * The badge button (the trigger) inside its positioning block (what goes into the page). The marker
 * marks the button with the film, as it marks any other trigger; its `data-filmlupe-unsure` turns the
 * magnifier into a question mark (badge.css).
 */
export function createBadge(film: FilmMatch): { anchor: HTMLElement; button: HTMLButtonElement } {
  const anchor = badgeTemplate().cloneNode(true) as HTMLElement;
  const badge = anchor.firstElementChild as HTMLButtonElement;
  badge.setAttribute('aria-label', badgeLabel(film));
  // Our own listeners run on the document in the capture phase, before these bubble-phase stops.
  badge.addEventListener('click', stopAtBadge);
  badge.addEventListener('pointerover', stopAndKeepTheRestFromSite, { once: true });
  return { anchor, button: badge };
}

/** The badge of a match the user confirmed: the plain label again (the marker takes the question's attribute away). */
export function showBadgeSure(badge: HTMLElement, film: FilmMatch): void {
  badge.setAttribute('aria-label', badgeLabel(film));
}

function stopAtBadge(event: Event): void {
  event.stopPropagation();
}

/** The pointer entered the badge for the first time: from now on every event of KEPT_FROM_SITE_ONCE_ENTERED stops here. */
function stopAndKeepTheRestFromSite(event: Event): void {
  event.stopPropagation();
  for (const type of KEPT_FROM_SITE_ONCE_ENTERED) event.currentTarget?.addEventListener(type, stopAtBadge);
}

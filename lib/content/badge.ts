/**
 * The small Filmlupe badge for tiles the site scales and previews on hover (Netflix). Hovering the
 * tile itself belongs to the site; hovering or focusing the badge belongs to us, so the two do not
 * fight over one pointer. The badge lives in the page (not in our shadow root), so its look is set
 * inline: a stylesheet would have to be injected into the page.
 */
import type { FilmMatch } from '../title/types';

// The badge hangs from a zero-height block placed right below the tile's link: that block spans the
// tile's width without taking any room, so the badge can sit in the tile's lower right corner
// without making the site's container `position: relative` (which could move the site's own
// absolutely positioned parts) and without covering the title text Netflix shows bottom left.
const ANCHOR_STYLE = 'display:block;position:relative;width:auto;height:0;margin:0;padding:0;border:0;pointer-events:none';

const BADGE_STYLE = [
  'position: absolute',
  'right: 6px',
  'bottom: 6px',
  'z-index: 3',
  'display: flex',
  'align-items: center',
  'justify-content: center',
  'box-sizing: border-box',
  'width: 28px',
  'height: 28px',
  'margin: 0',
  'padding: 0',
  'border: 2px solid #f5c518',
  'border-radius: 50%',
  'background: rgba(20, 20, 20, 0.88)',
  'color: #f5c518',
  'cursor: pointer',
  'pointer-events: auto',
  'box-shadow: 0 1px 4px rgba(0, 0, 0, 0.6)',
].join(';');

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

/** An unsure badge: a dashed ring around a question mark instead of the magnifier. */
const UNSURE_RING = 'dashed';
const QUESTION_STYLE = 'font:700 15px/1 Arial,sans-serif;margin:0;padding:0';

export const BADGE_ANCHOR_CLASS = 'filmlupe-badge-anchor';

/**
 * Built once each (sure, unsure) and cloned per badge: a clone copies the parsed inline styles instead
 * of parsing them again. Building the unsure badge's question mark anew for each badge cost about as
 * much as all the rest of making a badge (hard bench page, 2026-12-04).
 */
const templates = new Map<boolean, HTMLElement>();

function badgeTemplate(unsure: boolean): HTMLElement {
  const built = templates.get(unsure);
  if (built?.ownerDocument === document) return built;
  const anchor = document.createElement('span');
  anchor.className = BADGE_ANCHOR_CLASS;
  anchor.style.cssText = ANCHOR_STYLE;
  const badge = document.createElement('button');
  badge.type = 'button';
  badge.className = 'filmlupe-badge';
  badge.setAttribute('aria-haspopup', 'dialog');
  badge.setAttribute('aria-expanded', 'false');
  badge.style.cssText = BADGE_STYLE;
  if (unsure) showQuestionMark(badge);
  else badge.append(magnifierIcon());
  anchor.append(badge);
  templates.set(unsure, anchor);
  return anchor;
}

/**
 * The badge button (the trigger) inside its positioning block (what goes into the page). The marker
 * marks the button with the film, as it marks any other trigger.
 */
export function createBadge(film: FilmMatch): { anchor: HTMLElement; button: HTMLButtonElement } {
  const anchor = badgeTemplate(film.sure === false).cloneNode(true) as HTMLElement;
  const badge = anchor.firstElementChild as HTMLButtonElement;
  badge.setAttribute('aria-label', badgeLabel(film));
  // Our own listeners run on the document in the capture phase, before these bubble-phase stops.
  badge.addEventListener('click', stopAtBadge);
  badge.addEventListener('pointerover', stopAndKeepTheRestFromSite, { once: true });
  // A visible focus ring even where the site removes outlines from buttons (WCAG 2.4.7).
  badge.addEventListener('focus', showFocusRing);
  badge.addEventListener('blur', hideFocusRing);
  return { anchor, button: badge };
}

function showQuestionMark(badge: HTMLElement): void {
  badge.style.borderStyle = UNSURE_RING;
  const mark = document.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  mark.style.cssText = QUESTION_STYLE;
  mark.textContent = '?';
  badge.replaceChildren(mark);
}

/** The badge of a match the user confirmed: the magnifier and the plain label again. */
export function showBadgeSure(badge: HTMLElement, film: FilmMatch): void {
  badge.style.borderStyle = 'solid';
  badge.setAttribute('aria-label', badgeLabel(film));
  badge.replaceChildren(magnifierIcon());
}

function stopAtBadge(event: Event): void {
  event.stopPropagation();
}

/** The pointer entered the badge for the first time: from now on every event of KEPT_FROM_SITE_ONCE_ENTERED stops here. */
function stopAndKeepTheRestFromSite(event: Event): void {
  event.stopPropagation();
  for (const type of KEPT_FROM_SITE_ONCE_ENTERED) event.currentTarget?.addEventListener(type, stopAtBadge);
}

function showFocusRing(event: Event): void {
  (event.currentTarget as HTMLElement).style.setProperty('outline', '3px solid #ffffff', 'important');
}

function hideFocusRing(event: Event): void {
  (event.currentTarget as HTMLElement).style.removeProperty('outline');
}

// The magnifier drawn with two inline-styled spans (a ring and a handle) rather than an SVG: cloning an
// SVG icon made each badge ~25 µs dearer (its attributes are parsed again on every clone; bench page,
// 2026-11-21), and a page may show dozens of badges at once.
const LENS_STYLE = 'position:absolute;left:5.5px;top:5.5px;width:6px;height:6px;box-sizing:content-box;border:2px solid currentColor;border-radius:50%;margin:0;padding:0';
const HANDLE_STYLE = 'position:absolute;left:15px;top:12.75px;width:2px;height:6.5px;background:currentColor;border-radius:1px;transform:rotate(-45deg);margin:0;padding:0';

function magnifierIcon(): HTMLElement {
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  const lens = document.createElement('span');
  lens.style.cssText = LENS_STYLE;
  const handle = document.createElement('span');
  handle.style.cssText = HANDLE_STYLE;
  icon.append(lens, handle);
  return icon;
}

/**
 * "Gesehene Filme abdunkeln": the title element of a film the user has seen (the tile's link on
 * Netflix, the title on a shop page) is shown faded, while the setting is on.
 *
 * An inline `opacity` on that one element, not a <style> node the page's scripts could find. (A rule in
 * the stylesheet the manifest injects, components/badge/badge.css, would do as well, except against
 * a site that sets its own inline `opacity: … !important` on its tiles: only an inline !important
 * outweighs that.) The element also carries `data-filmlupe-seen` (for tests, and so that it is done
 * once); its own inline opacity, if it had one, is kept and put back when the dimming is undone
 * (setting off, film un-seen, mark removed, extension stopped: the marker unmarks every element then).
 */
export const SEEN_ATTRIBUTE = 'data-filmlupe-seen';
/** Faded enough to tell apart at a glance, still legible (the title can still be read and hovered). */
export const DIMMED_OPACITY = '0.45';

type Styled = Element & ElementCSSInlineStyle;

/** The element's own inline opacity before we dimmed it (value and priority; '' when it had none). */
const ownOpacity = new WeakMap<Element, { value: string; priority: string }>();

function styled(element: Element): element is Styled {
  return 'style' in element && typeof (element as Styled).style?.setProperty === 'function';
}

export function setDimmed(element: Element, dimmed: boolean): void {
  // The attribute first: `unmark` calls this for every mark, and reading `style` makes a style object.
  if (element.hasAttribute(SEEN_ATTRIBUTE) === dimmed || !styled(element)) return;
  const { style } = element;
  if (dimmed) {
    ownOpacity.set(element, { value: style.getPropertyValue('opacity'), priority: style.getPropertyPriority('opacity') });
    element.setAttribute(SEEN_ATTRIBUTE, '');
    // !important: a site's own rule for its tiles (hover effects) must not undo it.
    style.setProperty('opacity', DIMMED_OPACITY, 'important');
    return;
  }
  element.removeAttribute(SEEN_ATTRIBUTE);
  const own = ownOpacity.get(element);
  ownOpacity.delete(element);
  if (own?.value) style.setProperty('opacity', own.value, own.priority);
  else style.removeProperty('opacity');
}

import { describe, expect, it } from 'vitest';
import { createBadge } from './badge';

const DRIVE = { id: 'drive-2011', title: 'Drive', year: 2011 };

/** A tile whose wrapper, like a site's, listens for every pointer and mouse event bubbling up to it. */
function tileWithBadge(): { badge: HTMLButtonElement; seenBySite: string[] } {
  const wrapper = document.createElement('div');
  const { anchor, button } = createBadge(DRIVE);
  wrapper.append(anchor);
  document.body.replaceChildren(wrapper);
  const seenBySite: string[] = [];
  const types = ['pointerover', 'pointerout', 'pointermove', 'mouseover', 'mouseout', 'mousemove', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
  for (const type of types) wrapper.addEventListener(type, () => seenBySite.push(type));
  return { badge: button, seenBySite };
}

const fire = (target: Element, type: string) => target.dispatchEvent(new Event(type, { bubbles: true }));

describe('the badge keeps its pointer and mouse events from the site (hovering it is not hovering the tile)', () => {
  it('a hover and a click, in the order a browser sends them, twice: the site sees none', () => {
    const { badge, seenBySite } = tileWithBadge();
    const hoverAndClick = ['pointerover', 'mouseover', 'pointermove', 'mousemove', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'pointerout', 'mouseout'];
    for (const type of [...hoverAndClick, ...hoverAndClick]) fire(badge, type);
    expect(seenBySite).toEqual([]);
  });

  it('the badge holds no element of its own that the pointer could enter (its icon is drawn by badge.css)', () => {
    const { badge } = tileWithBadge();
    expect(badge.children).toHaveLength(0);
  });

  it('a click without a pointer (Enter on the focused badge) stays with the badge', () => {
    const { badge, seenBySite } = tileWithBadge();
    fire(badge, 'click');
    expect(seenBySite).toEqual([]);
  });

  it('events on the tile itself still reach the site', () => {
    const { badge, seenBySite } = tileWithBadge();
    fire(badge.closest('div')!, 'mouseover');
    expect(seenBySite).toEqual(['mouseover']);
  });
});

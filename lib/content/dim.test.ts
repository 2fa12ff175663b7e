import { afterEach, describe, expect, it } from 'vitest';
import type { FilmMatch } from '../title/types';
import { DIMMED_OPACITY, SEEN_ATTRIBUTE, setDimmed } from './dim';
import { createMarker } from './marker';

const SEEN: FilmMatch = { id: 'drive-2011', title: 'Drive', year: 2011, sure: true, seen: true };
const NOT_SEEN: FilmMatch = { id: 'the-driver-1978', title: 'Driver', year: 1978, sure: true };

afterEach(() => document.body.replaceChildren());

function tile(text: string, style = ''): HTMLElement {
  const element = document.createElement('a');
  element.href = '/title/1';
  element.textContent = text;
  if (style) element.setAttribute('style', style);
  document.body.append(element);
  return element;
}

const dimmed = (element: HTMLElement) => element.hasAttribute(SEEN_ATTRIBUTE) && element.style.getPropertyValue('opacity') === DIMMED_OPACITY;

describe('setDimmed', () => {
  it('fades the element and puts its own inline opacity back when undone', () => {
    const plain = tile('Drive');
    const own = tile('Drive', 'opacity: 0.9; color: red');
    for (const element of [plain, own]) setDimmed(element, true);
    expect(dimmed(plain) && dimmed(own)).toBe(true);
    setDimmed(own, true);
    for (const element of [plain, own]) setDimmed(element, false);
    expect(plain.getAttribute('style') ?? '').toBe('');
    expect(plain.hasAttribute(SEEN_ATTRIBUTE)).toBe(false);
    expect(own.style.getPropertyValue('opacity')).toBe('0.9');
    expect(own.style.getPropertyValue('color')).toBe('red');
  });
});

describe('the marker dims tiles of seen films while the setting is on', () => {
  function setup(dimOn: boolean) {
    let on = dimOn;
    const marker = createMarker({ useBadge: false, dimSeen: () => on });
    const seenTile = tile('Drive');
    const otherTile = tile('Driver');
    marker.mark({ element: seenTile, text: 'Drive' }, SEEN);
    marker.mark({ element: otherTile, text: 'Driver' }, NOT_SEEN);
    return { marker, seenTile, otherTile, switchTo: (next: boolean) => ((on = next), marker.updateDimming()) };
  }

  it('dims only the seen film, and undoes it when the setting goes off and comes back', () => {
    const { seenTile, otherTile, switchTo } = setup(true);
    expect(dimmed(seenTile)).toBe(true);
    expect(dimmed(otherTile)).toBe(false);
    switchTo(false);
    expect(dimmed(seenTile)).toBe(false);
    expect(seenTile.getAttribute('style') ?? '').toBe('');
    switchTo(true);
    expect(dimmed(seenTile)).toBe(true);
  });

  it('dims nothing while the setting is off', () => {
    const { seenTile } = setup(false);
    expect(seenTile.hasAttribute(SEEN_ATTRIBUTE)).toBe(false);
  });

  it('follows "Gesehen" pressed and taken back in the card', () => {
    const { marker, seenTile, otherTile } = setup(true);
    marker.setSeen(NOT_SEEN.id, true);
    expect(dimmed(otherTile)).toBe(true);
    marker.setSeen(SEEN.id, false);
    expect(dimmed(seenTile)).toBe(false);
    expect(marker.filmsInPageOrder().map((film) => film.seen)).toEqual([false, true]);
  });

  it('takes the dimming away with the marks (the extension stops, the site is switched off)', () => {
    const { marker, seenTile } = setup(true);
    marker.unmarkAll();
    expect(seenTile.hasAttribute(SEEN_ATTRIBUTE)).toBe(false);
    expect(seenTile.getAttribute('style') ?? '').toBe('');
  });
});

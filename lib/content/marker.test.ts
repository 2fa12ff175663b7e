import { afterEach, describe, expect, it } from 'vitest';
import type { FilmMatch } from '../title/types';
import { createMarker } from './marker';

/** Rows of tiles, each tile `<a>` named by its index. */
function rows(rowCount: number, perRow: number): { root: HTMLElement; tiles: HTMLElement[] } {
  const root = document.createElement('main');
  const tiles: HTMLElement[] = [];
  for (let row = 0; row < rowCount; row++) {
    const section = document.createElement('section');
    for (let column = 0; column < perRow; column++) {
      const tile = document.createElement('a');
      tile.href = `/watch/${tiles.length}`;
      tile.textContent = `Film ${tiles.length}`;
      section.append(tile);
      tiles.push(tile);
    }
    root.append(section);
  }
  document.body.append(root);
  return { root, tiles };
}

function film(id: number): FilmMatch {
  return { id: `film-${id}`, title: `Film ${id}`, year: 2000 };
}

/** A fixed shuffle (no randomness in tests): every index once, far from page order. */
function shuffled(count: number): number[] {
  return Array.from({ length: count }, (_, index) => (index * 37 + 11) % count);
}

describe('marker: films in page order', () => {
  afterEach(() => document.body.replaceChildren());

  it('keeps each film at its first tile in page order, however the marks come in', () => {
    const { tiles } = rows(10, 10);
    const marker = createMarker({ useBadge: false });
    // 100 tiles, 41 films: tile i shows film i % 41, so most films have several tiles.
    for (const index of shuffled(100)) {
      marker.mark({ element: tiles[index]!, text: `Film ${index}` }, film(index % 41));
      const expected = [...new Set(tiles.slice(0, 100).filter((tile) => tile.hasAttribute('data-filmlupe-film')).map((tile) => tile.getAttribute('data-filmlupe-film')))];
      expect(marker.filmsInPageOrder().map((each) => each.id)).toEqual(expected);
    }
  });

  it('moves a film up when a tile of it comes in above its first one, with badges too', () => {
    const { tiles } = rows(4, 5);
    const marker = createMarker({ useBadge: true });
    marker.mark({ element: tiles[2]!, text: 'Film 2' }, film(2));
    marker.mark({ element: tiles[10]!, text: 'Film 10' }, film(10));
    marker.mark({ element: tiles[19]!, text: 'Film 19' }, film(19));
    marker.mark({ element: tiles[15]!, text: 'Film 15' }, film(2));
    expect(marker.filmsInPageOrder().map((each) => each.id)).toEqual(['film-2', 'film-10', 'film-19']);
    marker.mark({ element: tiles[0]!, text: 'Film 0' }, film(19));
    marker.mark({ element: tiles[12]!, text: 'Film 12' }, film(7));
    expect(marker.filmsInPageOrder().map((each) => each.id)).toEqual(['film-19', 'film-2', 'film-10', 'film-7']);
  });
});

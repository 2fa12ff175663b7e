import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/unit/real-pages';
import { appletv } from './appletv';

const titles = (doc: ParentNode, url: string) =>
  appletv.find(doc, new URL(url)).map(({ text, year, kind }) => ({ text, year: year ?? null, kind: kind ?? null }));

describe('Apple TV adapter', () => {
  it.each([
    ['https://tv.apple.com/de/movie/drive/umc.cmc.123', true],
    ['https://tv.apple.com/de/show/pusher/umc.cmc.456', true],
    ['https://www.apple.com/de/apple-tv-4k/', false],
  ])('handles %s: %s', (url, handled) => {
    expect(appletv.handles(new URL(url))).toBe(handled);
  });

  it('reads the movie detail page from JSON-LD, with year and kind, and not the shelf', () => {
    const doc = fixtureDocument('appletv-movie-detail.html');
    expect(titles(doc, 'https://tv.apple.com/de/movie/drive/umc.cmc.123')).toEqual([{ text: 'Drive', year: 2011, kind: 'film' }]);
    expect(appletv.find(doc, new URL('https://tv.apple.com/de/movie/drive/umc.cmc.123'))[0]?.element.tagName).toBe('H1');
  });

  it('marks a show detail page as a series', () => {
    expect(titles(fixtureDocument('appletv-show-detail.html'), 'https://tv.apple.com/de/show/pusher/umc.cmc.456')).toEqual([
      { text: 'Pusher', year: 2024, kind: 'series' },
    ]);
  });

  it('falls back to og:title without the store name', () => {
    const doc = fixtureDocument('appletv-movie-detail.html');
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    expect(titles(doc, 'https://tv.apple.com/de/movie/drive/umc.cmc.123')).toEqual([{ text: 'Drive', year: null, kind: 'film' }]);
  });

  it('reads the player title', () => {
    expect(titles(fixtureDocument('appletv-player.html'), 'https://tv.apple.com/de/movie/walhalla-rising/umc.cmc.9?action=play')).toEqual([
      { text: 'Walhalla Rising', year: null, kind: 'film' },
    ]);
  });

  it('finds nothing on the start page, whose headings are not titles', () => {
    const doc = new DOMParser().parseFromString('<h1>Apple TV+</h1><h2>Top-Filme</h2>', 'text/html');
    expect(titles(doc, 'https://tv.apple.com/de')).toEqual([]);
  });

  it('reads only the subtree it is given (no document metadata there)', () => {
    const doc = fixtureDocument('appletv-movie-detail.html');
    expect(titles(doc.querySelector('section')!, 'https://tv.apple.com/de/movie/drive/umc.cmc.123')).toEqual([]);
  });
});

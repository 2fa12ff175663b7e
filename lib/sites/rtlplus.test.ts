import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/unit/real-pages';
import { rtlDocumentTitle, rtlplus } from './rtlplus';

const found = (root: ParentNode, address: string) =>
  rtlplus.find(root, new URL(address)).map(({ element, text, kind }) => ({ tag: element.tagName, text, kind }));

describe('RTL+ adapter', () => {
  it.each([
    ['https://plus.rtl.de/video-tv/filme/driver-123456', true],
    ['https://www.rtl.de/', false],
  ])('handles %s: %s', (address, handled) => {
    expect(rtlplus.handles(new URL(address))).toBe(handled);
  });

  it('reads a film page: cover without alt, so the title comes from document.title', () => {
    expect(found(fixtureDocument('rtlplus-film-detail.html'), 'https://plus.rtl.de/video-tv/filme/driver-123456')).toEqual([
      { tag: 'IMG', text: 'Driver', kind: 'film' },
    ]);
  });

  it('reads a series page from the cover alt and says it is a series', () => {
    expect(found(fixtureDocument('rtlplus-series-detail.html'), 'https://plus.rtl.de/video-tv/serien/drive-987654')).toEqual([
      { tag: 'IMG', text: 'Drive', kind: 'series' },
    ]);
  });

  it('finds nothing outside /video-tv/ detail pages', () => {
    expect(found(fixtureDocument('rtlplus-film-detail.html'), 'https://plus.rtl.de/')).toEqual([]);
  });

  it.each([
    ['Driver im Online Stream | RTL+', 'Driver'],
    ['Alles, was wir geben mussten im Online Stream  | RTL+', 'Alles, was wir geben mussten'],
    ['RTL+', ''],
    ['| RTL+', ''],
  ])('rtlDocumentTitle(%j) = %j', (title, text) => {
    expect(rtlDocumentTitle(title)).toBe(text);
  });
});

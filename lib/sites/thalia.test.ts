import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/unit/real-pages';
import { thalia } from './thalia';

const productUrl = 'https://www.thalia.de/shop/home/artikeldetails/A1000000001';
const found = (root: ParentNode, address = productUrl) =>
  thalia.find(root, new URL(address)).map(({ element, text }) => ({ tag: element.tagName, text }));

describe('Thalia adapter', () => {
  it.each([
    [productUrl, true],
    ['https://www.thalia.at/shop/home/artikeldetails/A1', false],
  ])('handles %s: %s', (address, handled) => {
    expect(thalia.handles(new URL(address))).toBe(handled);
  });

  it('reads a DVD product heading, and not the recommendations', () => {
    expect(found(fixtureDocument('thalia-dvd.html'))).toEqual([{ tag: 'H1', text: 'Driver' }]);
  });

  it.each([
    ['a novel typed as schema.org Book', 'thalia-book.html'],
    ['a book typed as Product with a film in its name', 'thalia-book-product.html'],
  ])('finds nothing on %s', (_, name) => {
    expect(found(fixtureDocument(name))).toEqual([]);
  });

  it('stays silent without structured data, even on a product page with a film-like heading', () => {
    expect(found(new DOMParser().parseFromString('<h1>Drive</h1><p>DVD</p>', 'text/html'))).toEqual([]);
  });

  it('reads a product typed as schema.org Movie', () => {
    const doc = new DOMParser().parseFromString(
      '<script type="application/ld+json">{"@type":"Movie","name":"Pusher"}</script><h1>Pusher</h1>',
      'text/html',
    );
    expect(found(doc)).toEqual([{ tag: 'H1', text: 'Pusher' }]);
  });

  it('reads only product pages', () => {
    expect(found(fixtureDocument('thalia-dvd.html'), 'https://www.thalia.de/kategorie/filme')).toEqual([]);
  });
});

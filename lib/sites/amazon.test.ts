import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/unit/real-pages';
import { amazon, isFilmProductPage } from './amazon';
import type { FoundTitle } from './types';

const product = new URL('https://www.amazon.de/Drive-Blu-ray-Ryan-Gosling/dp/B005LPW7E8');
const texts = (found: FoundTitle[]) => found.map((f) => f.text);

describe('amazon.handles', () => {
  it.each([
    ['https://www.amazon.de/dp/B005LPW7E8', true],
    ['https://www.amazon.com/Taxi-Driver/dp/B01M0000TD', true],
    ['https://www.amazon.co.uk/s?k=drive', true],
    ['https://www.amazon.at/dp/B005LPW7E8', true],
    ['https://www.amazon.de/gp/video/detail/B00K19SD8Q', false],
    ['https://www.amazon.de/-/en/gp/video/detail/B00K19SD8Q', false],
    ['https://www.amazon.fr/dp/B005LPW7E8', false],
    ['https://www.netflix.com/browse', false],
  ])('%s → %s', (url, expected) => {
    expect(amazon.handles(new URL(url))).toBe(expected);
  });
});

describe('isFilmProductPage', () => {
  it.each([
    ['amazon-dvd-product.html', true],
    ['amazon-com-product.html', true],
    ['amazon-book-product.html', false],
    ['amazon-unknown-product.html', false],
  ])('%s → %s', (name, expected) => {
    expect(isFilmProductPage(fixtureDocument(name))).toBe(expected);
  });
});

describe('amazon.find on hand-written fixtures', () => {
  it('DVD product page: the product title (whitespace collapsed), then film carousel cards by their full image alt', () => {
    const found = amazon.find(fixtureDocument('amazon-dvd-product.html'), product);
    expect(texts(found)).toEqual(['Drive [Blu-ray]', 'Drive My Car [Blu-ray]', 'Baby Driver (4K Ultra HD) (+ Blu-ray 2D)']);
    expect(found[0]?.element.id).toBe('productTitle');
    expect(found.every((f) => f.kind === null)).toBe(true);
  });

  it('DVD product page: books, soundtracks, truncated names and customer images are not titles', () => {
    const all = texts(amazon.find(fixtureDocument('amazon-dvd-product.html'), product));
    for (const noise of ['Drive: Roman', 'Drive (Original Motion Picture Soundtrack) [Vinyl LP]', 'Drive My Car [Blu-r…', 'Best Drive Blu-ray to Date', 'Prime']) {
      expect(all).not.toContain(noise);
    }
  });

  it('a book named like a film is never returned', () => {
    expect(amazon.find(fixtureDocument('amazon-book-product.html'), new URL('https://www.amazon.de/dp/3257000001'))).toEqual([]);
  });

  it('a product page without a film store marker (a game) is not returned', () => {
    expect(amazon.find(fixtureDocument('amazon-unknown-product.html'), new URL('https://www.amazon.de/dp/B0GAME0001'))).toEqual([]);
  });

  it('amazon.com product page recognised by its inline product group', () => {
    const found = amazon.find(fixtureDocument('amazon-com-product.html'), new URL('https://www.amazon.com/dp/B01M0000TD'));
    expect(texts(found)).toEqual(['Taxi Driver (40th Anniversary Edition) [Blu-ray]']);
  });

  it('search results: films and results without a format kept; books and soundtracks left out', () => {
    const found = amazon.find(fixtureDocument('amazon-search.html'), new URL('https://www.amazon.de/s?k=drive'));
    expect(texts(found)).toEqual(['Drive [Blu-ray]', 'Drive My Car', 'Driver', 'Taxi Driver [Blu-ray]']);
    expect(found.every((f) => f.element.tagName === 'H2')).toBe(true);
    for (const noise of ['Ergebnisse', 'Sony Pictures', 'Drive: Roman', 'Drive (Original Motion Picture Soundtrack)']) {
      expect(texts(found)).not.toContain(noise);
    }
  });

  it('search in the DVD department keeps every result; in the book department none', () => {
    const doc = fixtureDocument('amazon-search.html');
    expect(amazon.find(doc, new URL('https://www.amazon.de/s?k=drive&i=dvd'))).toHaveLength(6);
    expect(amazon.find(doc, new URL('https://www.amazon.de/s?k=drive&i=stripbooks'))).toEqual([]);
  });

  it('an added result on its own is found; the page is not changed', () => {
    const doc = fixtureDocument('amazon-search.html');
    const before = doc.body.innerHTML;
    const result = doc.querySelector('[data-asin="B0B000DMC2"]')!;
    expect(texts(amazon.find(result, new URL('https://www.amazon.de/s?k=drive')))).toEqual(['Drive My Car']);
    expect(doc.body.innerHTML).toBe(before);
  });
});

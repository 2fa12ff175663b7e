import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/unit/real-pages';
import { joyn, joynDocumentTitle } from './joyn';

const found = (root: ParentNode, address: string) =>
  joyn.find(root, new URL(address)).map(({ element, text, kind }) => ({ tag: element.tagName, text, kind }));

describe('Joyn adapter', () => {
  it.each([
    ['https://www.joyn.de/filme/drive', true],
    ['https://joyn.de/serien/pusher', true],
    ['https://www.joyn.at/filme/drive', false],
  ])('handles %s: %s', (address, handled) => {
    expect(joyn.handles(new URL(address))).toBe(handled);
  });

  it('reads the logo alt on a film page, not the recommendations', () => {
    expect(found(fixtureDocument('joyn-film-detail.html'), 'https://www.joyn.de/filme/alles-was-wir-geben-mussten')).toEqual([
      { tag: 'IMG', text: 'Alles, was wir geben mussten', kind: 'film' },
    ]);
  });

  it('falls back to document.title on a series page and says it is a series', () => {
    expect(found(fixtureDocument('joyn-series-detail.html'), 'https://www.joyn.de/serien/pusher')).toEqual([
      { tag: 'IMG', text: 'Pusher', kind: 'series' },
    ]);
  });

  it('finds the logo when the added node is the logo itself', () => {
    const logo = fixtureDocument('joyn-film-detail.html').querySelector('img.artLogo')!;
    expect(found(logo, 'https://www.joyn.de/filme/alles-was-wir-geben-mussten')).toEqual([
      { tag: 'IMG', text: 'Alles, was wir geben mussten', kind: 'film' },
    ]);
  });

  it('ignores logos outside detail pages (start page teasers, channels)', () => {
    expect(found(fixtureDocument('joyn-film-detail.html'), 'https://www.joyn.de/')).toEqual([]);
  });

  it.each([
    ['Drive | Joyn', 'Drive'],
    ['Alles, was wir geben mussten  | Joyn', 'Alles, was wir geben mussten'],
    ['Drive', ''],
    ['Joyn', ''],
  ])('joynDocumentTitle(%j) = %j', (title, text) => {
    expect(joynDocumentTitle(title)).toBe(text);
  });
});

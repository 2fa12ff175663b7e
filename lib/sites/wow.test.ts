import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/unit/real-pages';
import { wow } from './wow';

const url = new URL('https://www.wowtv.de/asset/filme/drive');
const found = (root: ParentNode) => wow.find(root, url).map(({ element, text }) => ({ tag: element.tagName, text }));

describe('WOW adapter', () => {
  it.each([
    ['https://www.wowtv.de/asset/filme/drive', true],
    ['https://wowtv.de/', true],
    ['https://www.wow.de/', false],
  ])('handles %s: %s', (address, handled) => {
    expect(wow.handles(new URL(address))).toBe(handled);
  });

  it('reads the logo alt on a detail page and nothing from the tiles or buttons', () => {
    expect(found(fixtureDocument('wow-asset-detail.html'))).toEqual([{ tag: 'IMG', text: 'Drive' }]);
  });

  it('reads the heading when the logo has no alt text', () => {
    expect(found(fixtureDocument('wow-asset-heading.html'))).toEqual([{ tag: 'H1', text: 'Pusher II' }]);
  });

  it('finds the title in an added subtree too', () => {
    expect(found(fixtureDocument('wow-asset-detail.html').querySelector('.program-details')!)).toEqual([{ tag: 'IMG', text: 'Drive' }]);
  });

  it('finds the logo when the added node is the logo itself', () => {
    const logo = fixtureDocument('wow-asset-detail.html').querySelector('img.program-details__title')!;
    expect(found(logo)).toEqual([{ tag: 'IMG', text: 'Drive' }]);
  });

  it('finds nothing on a page without the detail hero', () => {
    expect(found(new DOMParser().parseFromString('<h1>Filme</h1><img alt="Drive">', 'text/html'))).toEqual([]);
  });
});

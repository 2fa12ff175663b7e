import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/unit/real-pages';
import { initFilm, mubi } from './mubi';

const fixture = () => fixtureDocument('mubi-film-detail.html');
const filmUrl = 'https://mubi.com/de/de/films/valhalla-rising';
const found = (root: ParentNode, address = filmUrl) =>
  mubi.find(root, new URL(address)).map(({ element, text, year, kind }) => ({ tag: element.tagName, text, year, kind }));

describe('MUBI adapter', () => {
  it.each([
    ['https://mubi.com/de/de/films/drive', true],
    ['https://mubi.com/films/drive', true],
    ['https://example.org/films/drive', false],
  ])('handles %s: %s', (address, handled) => {
    expect(mubi.handles(new URL(address))).toBe(handled);
  });

  it('reads title and year from the Next.js data and hovers the film name, not the director', () => {
    expect(found(fixture())).toEqual([{ tag: 'H1', text: 'Walhalla Rising', year: 2009, kind: 'film' }]);
  });

  it('falls back to og:title (with its year) when the data script is missing', () => {
    const doc = fixture();
    doc.getElementById('__NEXT_DATA__')!.remove();
    expect(found(doc)).toEqual([{ tag: 'H1', text: 'Walhalla Rising (2009)', year: null, kind: 'film' }]);
  });

  it('falls back to the itemprop text when the page has no metadata at all', () => {
    const doc = fixture();
    doc.getElementById('__NEXT_DATA__')!.remove();
    doc.querySelector('meta[property="og:title"]')!.remove();
    expect(found(doc)).toEqual([{ tag: 'H1', text: 'Walhalla Rising', year: null, kind: 'film' }]);
  });

  it('finds nothing on pages that are not a film page', () => {
    expect(found(fixture(), 'https://mubi.com/de/de/showing')).toEqual([]);
  });

  it.each([
    ['{"props":{"initialProps":{"pageProps":{"initFilm":{"title":"Drive","year":2011}}}}}', { title: 'Drive', year: 2011 }],
    ['{"props":{"initialProps":{"pageProps":{"initFilm":{"title":"Drive","year":"2011"}}}}}', { title: 'Drive', year: null }],
    ['{"props":{"initialProps":{"pageProps":{"initFilm":{"title":42}}}}}', null],
    ['{"props":{"pageProps":{}}}', null],
    ['[1,2,3]', null],
    ['null', null],
    ['{"props":', null],
    [`{"props":{"initialProps":{"pageProps":{"initFilm":{"title":"Drive"}}}},"pad":"${'x'.repeat(200_001)}"}`, null],
  ])('initFilm(%#) reads only a well-formed, small film object', (json, film) => {
    expect(initFilm(json)).toEqual(film);
  });
});

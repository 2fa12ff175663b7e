import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/unit/real-pages';
import { isFilmProduct, mediamarkt } from './mediamarkt';

const found = (root: ParentNode, address = 'https://www.mediamarkt.de/de/product/_drive-1234567.html') =>
  mediamarkt.find(root, new URL(address)).map(({ element, text }) => ({ tag: element.tagName, text }));

describe('MediaMarkt / Saturn adapter', () => {
  it.each([
    ['https://www.mediamarkt.de/de/product/_drive-1234567.html', true],
    ['https://www.saturn.de/de/product/_drive-1234567.html', true],
    ['https://www.mediamarkt.nl/nl/product/_drive-1234567.html', false],
  ])('handles %s: %s', (address, handled) => {
    expect(mediamarkt.handles(new URL(address))).toBe(handled);
  });

  it('reads the film product heading, and not the "bought together" offers', () => {
    expect(found(fixtureDocument('mediamarkt-film-bluray.html'))).toEqual([{ tag: 'H1', text: 'Drive [Blu-ray]' }]);
  });

  it.each([
    ['a Blu-ray player', 'mediamarkt-bluray-player.html', 'https://www.mediamarkt.de/de/product/_sony-1.html'],
    ['a console game', 'mediamarkt-saturn-game.html', 'https://www.saturn.de/de/product/_driver-1.html'],
  ])('finds nothing on %s', (_, name, address) => {
    expect(found(fixtureDocument(name), address)).toEqual([]);
  });

  it.each([
    ['Drive [Blu-ray]', [], false, true],
    ['Drive - (4K Ultra HD Blu-ray)', [], false, true],
    ['Drive', ['Film & Musik', 'Filme', 'DVD'], false, true],
    ['Drive', ['Film & Musik > Filme > Blu-ray'], false, true],
    ['Drive', [], false, false],
    ['Drive: Roman', ['Bücher', 'Romane'], false, false],
    ['Drive [DVD]', [], true, false],
    ['Ready Player One [Blu-ray]', ['Filme', 'Blu-ray'], false, true],
    ['Panasonic DMP-BDT167 Blu-ray Player', ['TV & Audio', 'Blu-ray Player'], false, false],
    ['Verbatim BD-R Blu-ray Rohlinge', ['Computer', 'Speichermedien', 'Blu-ray Rohlinge'], false, false],
    ['Driver [PlayStation 5]', ['Gaming', 'PS5 Spiele'], false, false],
  ])('isFilmProduct(%j, %j, book=%j) = %j', (name, categories, isBook, film) => {
    expect(isFilmProduct(name, categories, isBook)).toBe(film);
  });
});

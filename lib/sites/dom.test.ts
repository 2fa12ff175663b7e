import { describe, expect, it } from 'vitest';
import { collapse, forEachWithSelf, kindFromPath, metaContent, queryAllWithSelf, titleText } from './dom';

/** The plain definition the fast path must agree with. */
const reference = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('collapse', () => {
  it.each([
    ['Drive', 'Drive'],
    ['Taxi Driver', 'Taxi Driver'],
    ['  Drive ', 'Drive'],
    ['Taxi  Driver', 'Taxi Driver'],
    ['Taxi\nDriver', 'Taxi Driver'],
    ['Taxi\u00a0Driver', 'Taxi Driver'],
    ['Taxi\u2009Driver\u3000', 'Taxi Driver'],
    ['\ufeffDrive', 'Drive'],
    ['Walhalla\t \r\nRising', 'Walhalla Rising'],
    [' ', ''],
    ['', ''],
    ['Amélie – Die fabelhafte Welt', 'Amélie – Die fabelhafte Welt'],
  ])('%j → %j', (input, expected) => {
    expect(collapse(input)).toBe(expected);
    expect(collapse(input)).toBe(reference(input));
  });

  it('is empty for null and undefined', () => {
    expect(collapse(null)).toBe('');
    expect(collapse(undefined)).toBe('');
  });

  it('agrees with the regular expression on every whitespace character in any position', () => {
    const spaces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b'];
    for (const space of spaces) {
      for (const input of [`${space}a`, `a${space}`, `a${space}b`, `a ${space}b`, `${space}${space}`]) {
        expect(collapse(input), JSON.stringify(input)).toBe(reference(input));
      }
    }
  });
});

describe('title readers', () => {
  const element = (html: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    return holder.firstElementChild!;
  };

  it('reads a logo image by its alt and any other element by its text', () => {
    expect(titleText(element('<img alt=" Drive  (2011) " src="x.png">'))).toBe('Drive (2011)');
    expect(titleText(element('<h1> Pusher\n II </h1>'))).toBe('Pusher II');
    expect(metaContent(element('<meta property="og:title" content=" Drive ">'))).toBe('Drive');
  });

  it.each([
    ['https://www.joyn.de/filme/drive', 'film'],
    ['https://www.joyn.de/serien/drive', 'series'],
    ['https://www.joyn.de/Filme/drive', 'film'],
    ['https://www.joyn.de/mediathek', null],
  ])('kindFromPath(%j) = %j', (url, kind) => {
    expect(kindFromPath(new URL(url), ['filme'], ['serien'])).toBe(kind);
  });
});

describe('queryAllWithSelf and forEachWithSelf', () => {
  const tree = () => {
    const holder = document.createElement('div');
    holder.innerHTML =
      '<section class="card" id="outer"><span><section class="card" id="inner"></section></span></section><section class="card" id="next"></section><b class="card" id="bold"></b>';
    return holder;
  };
  const ids = (elements: Element[]) => elements.map((element) => element.id);

  it.each([
    ['the document', (holder: Element) => holder.ownerDocument, 'section.card', ['outer', 'inner', 'next']],
    ['a subtree that matches: itself first', (holder: Element) => holder.querySelector('#outer')!, 'section.card', ['outer', 'inner']],
    ['a subtree that does not match', (holder: Element) => holder, 'section.card', ['outer', 'inner', 'next']],
    ['no match at all', (holder: Element) => holder, 'i', []],
  ])('%s', (_name, rootOf, selector, expected) => {
    const holder = tree();
    document.body.append(holder);
    const root = rootOf(holder);
    const visited: Element[] = [];
    expect(ids(queryAllWithSelf(root, selector))).toEqual(expected);
    expect(forEachWithSelf(root, selector, (element) => visited.push(element))).toBe(expected.length);
    expect(ids(visited)).toEqual(expected);
    holder.remove();
  });
});

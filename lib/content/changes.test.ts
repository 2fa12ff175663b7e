import { afterEach, describe, expect, it } from 'vitest';
import type { FoundTitle } from '../sites/types';
import { page } from './test-page';
import { findAroundChange, groupSiblings, hasAtMost, isInsideAny, MIN_SIBLING_GROUP, SMALL_SUBTREE } from './changes';

/** A stand-in adapter: every `a[aria-label]` is a title, found from any root above or at it. */
function find(root: Element): FoundTitle[] {
  const links = [...root.querySelectorAll('a[aria-label]')];
  if (root.matches('a[aria-label]')) links.unshift(root);
  return links.map((element) => ({ element, text: element.getAttribute('aria-label')! }));
}

afterEach(() => document.body.replaceChildren());

describe('findAroundChange: the title a changed node belongs to', () => {
  it.each([
    ['the title element itself (a relabelled card)', 'a'],
    ['text three levels inside it (a 2023 card\'s fallback text)', 'p'],
    ['an image inside its link (a poster\'s alt)', 'img'],
  ])('%s', (_case, changedSelector) => {
    const main = page('<div class="row"><div class="slot"><a aria-label="Drive"><div><div><p>Drive</p></div><img alt=""></div></a></div><div class="slot"><a aria-label="Heat"></a></div></div>');
    const found = findAroundChange(main.querySelector(changedSelector)!, find);
    expect(found.map((item) => item.text)).toEqual(['Drive']);
  });

  it('finds nothing for a change outside any title, and never searches a large subtree', () => {
    const tiles = Array.from({ length: SMALL_SUBTREE }, (_, i) => `<div><a aria-label="Tile ${i}"></a></div>`).join('');
    const main = page(`<section><span id="clock">12:03</span>${tiles}</section>`);
    const searched: Element[] = [];
    const found = findAroundChange(main.querySelector('#clock')!, (root) => (searched.push(root), find(root)));
    expect(found).toEqual([]);
    expect(searched).toEqual([main.querySelector('#clock')]);
  });
});

describe('hasAtMost', () => {
  it.each([
    [0, 1, true],
    [5, 6, true],
    [6, 6, false],
    [300, 200, false],
  ])('a root with %i elements below it, limit %i → %s', (below, limit, expected) => {
    const root = document.createElement('div');
    let parent: Element = root;
    // Half of them nested, half side by side: the count walks down and across.
    for (let i = 0; i < below; i++) {
      const child = document.createElement('span');
      parent.append(child);
      if (i % 2 === 0) parent = child;
    }
    expect(hasAtMost(root, limit)).toBe(expected);
  });
});

describe('groupSiblings: many added siblings are searched through their parent once', () => {
  it('groups a swapped-in row, keeps a few added tiles and a tile added to a large row one by one', () => {
    const swapped = page(Array.from({ length: 20 }, () => '<div class="slot"></div>').join(''));
    const large = page(Array.from({ length: 20 }, () => '<div class="slot"></div>').join(''));
    const few = page('<div></div><div></div>');
    const swappedRoots = [...swapped.children];
    const lateInLarge = [...large.children].slice(0, MIN_SIBLING_GROUP);
    const jobs = groupSiblings([...swappedRoots, ...lateInLarge, ...few.children, document]);
    expect(jobs).toContainEqual({ root: swapped, only: new Set(swappedRoots) });
    expect(jobs.filter((job) => job.only === undefined).map((job) => job.root)).toEqual([document, ...lateInLarge, ...few.children]);
  });

  it('isInsideAny keeps only the titles inside the added siblings', () => {
    const row = page('<div class="slot"><a aria-label="Neu"></a></div><div class="slot"><a aria-label="Alt"></a></div>');
    const added = new Set([row.firstElementChild!]);
    expect(find(row).filter((item) => isInsideAny(item.element, added, row)).map((item) => item.text)).toEqual(['Neu']);
  });
});

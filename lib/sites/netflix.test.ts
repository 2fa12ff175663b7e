import { describe, expect, it } from 'vitest';
import { describeRealPage, fixtureDocument, parseHtml, realPage } from '../../tests/unit/real-pages';
import { isListPage, netflix, overlaysInDocument } from './netflix';

const browse = new URL('https://www.netflix.com/browse');
const texts = (root: ParentNode, url = browse) => netflix.find(root, url).map((found) => found.text);

describe('netflix.handles', () => {
  it.each([
    ['https://www.netflix.com/browse', true],
    ['https://netflix.com/title/70202145', true],
    ['https://www.netflix.com.evil.example/browse', false],
    ['https://www.amazon.de/gp/video/detail/B00K19SD8Q', false],
  ])('%s → %s', (url, expected) => {
    expect(netflix.handles(new URL(url))).toBe(expected);
  });
});

describe('netflix.find on hand-written fixtures', () => {
  it('2023 cards: titles in page order, the empty label falls back to p.fallback-text, clones found too', () => {
    const found = netflix.find(fixtureDocument('netflix-2023.html'), browse);
    expect(found.map((f) => f.text)).toEqual(['Baby Driver', 'Drive', 'Drive My Car', 'Taxi Driver', 'Baby Driver']);
    expect(found.every((f) => f.element.matches('a.slider-refocus'))).toBe(true);
    expect(found.every((f) => f.kind === null && f.year === null)).toBe(true);
  });

  it('never returns row headers or "See more titles"', () => {
    const all = texts(fixtureDocument('netflix-2023.html'));
    expect(all).not.toContain('See more titles');
    expect(all).not.toContain('Beliebt auf Netflix');
    expect(all).not.toContain('Alle ansehen');
  });

  it('2017 cards: the label on div.title-card', () => {
    const found = netflix.find(fixtureDocument('netflix-2017.html'), browse);
    expect(found.map((f) => f.text)).toEqual(['Drive', 'Driver', 'Pusher']);
    expect(texts(fixtureDocument('netflix-2017.html'))).not.toContain('Thriller');
  });

  it('2026 cards: label cut at " (", game cards and search suggestions left out', () => {
    const found = netflix.find(fixtureDocument('netflix-2026.html'), browse);
    expect(found.map((f) => f.text)).toEqual(['Drive', 'Drive My Car', 'Baby Driver', 'Walhalla Rising']);
    expect(found.some((f) => f.element.closest('[data-uia="search-box"]'))).toBe(false);
    expect(found.map((f) => f.text)).not.toContain('Drive Ahead!');
  });

  it('preview modal, detail modal and player title', () => {
    const found = netflix.find(fixtureDocument('netflix-modal.html'), new URL('https://www.netflix.com/watch/60011152?jbv=60011152'));
    expect(found.map((f) => [f.text, f.year])).toEqual([
      ['Never Let Me Go', 2010],
      ['Taxi Driver', null],
      ['The Office (U.S.)', null],
    ]);
    expect(found.map((f) => f.text)).not.toContain('Abspielen');
  });

  it.each([
    ['https://www.netflix.com/browse', false, false],
    ['https://www.netflix.com/browse?jbv=60011152', true, false],
    ['https://www.netflix.com/title/60011152', true, false],
    ['https://www.netflix.com/watch/60011152?trackId=1', false, true],
  ])('a whole-document scan of %s looks for a modal: %s, for the player: %s', (url, modal, player) => {
    expect(overlaysInDocument(new URL(url))).toEqual({ modal, player });
  });

  it.each([
    ['https://www.netflix.com/browse', true],
    ['https://www.netflix.com/browse/genre/83', true],
    ['https://www.netflix.com/de/browse/genre/34399', true],
    ['https://www.netflix.com/search?q=drive', true],
    ['https://www.netflix.com/latest', true],
    ['https://www.netflix.com/browse?jbv=60011152', true],
    ['https://www.netflix.com/title/70202145', false],
    ['https://www.netflix.com/de/title/70202145', false],
    ['https://www.netflix.com/de-en/title/70202145', false],
    ['https://www.netflix.com/watch/70202145', false],
    ['https://www.netflix.com/', false],
  ])('%s lists titles (no film page, no JSON-LD search): %s', (url, listsTitles) => {
    expect(isListPage(new URL(url))).toBe(listsTitles);
    expect(netflix.mayBeFilmPage?.(new URL(url))).toBe(!listsTitles);
  });

  it('a modal added later is found in its subtree whatever the address says, the player title at the player\'s address', () => {
    const doc = fixtureDocument('netflix-modal.html');
    const textsAt = (url: URL) => [...doc.body.children].flatMap((child) => netflix.find(child, url).map((f) => f.text));
    expect(textsAt(browse)).toEqual(['Never Let Me Go', 'Taxi Driver']);
    expect(textsAt(new URL('https://www.netflix.com/watch/60011152'))).toEqual(['Never Let Me Go', 'Taxi Driver', 'The Office (U.S.)']);
    expect(netflix.find(doc, browse)).toEqual([]);
  });

  it('a logo added into a modal already open is found, from the logo or from a part of the modal', () => {
    const doc = fixtureDocument('netflix-modal.html');
    const logo = doc.querySelector('.detail-modal img')!;
    expect(texts(logo)).toEqual(['Taxi Driver']);
    expect(texts(logo.parentElement!)).toEqual(['Taxi Driver']);
    // The same image outside every modal is no logo.
    const row = doc.createElement('div');
    row.append(logo.cloneNode());
    doc.body.append(row);
    expect(texts(row)).toEqual([]);
  });

  it('finds a card when the added subtree is the card itself, and nothing twice', () => {
    const doc = fixtureDocument('netflix-2026.html');
    const card = doc.querySelector('a[data-uia="standard-card"]')!;
    expect(texts(card)).toEqual(['Drive My Car']);
    const slot = card.parentElement!;
    expect(texts(slot)).toEqual(['Drive My Car']);
  });

  it.each(['netflix-2017.html', 'netflix-2023.html', 'netflix-2026.html'])('%s: rows added one by one yield the cards of the whole page', (name) => {
    const doc = fixtureDocument(name);
    const whole = netflix.find(doc, browse).map((f) => f.element);
    const byRow = [...doc.body.children].flatMap((child) => netflix.find(child, browse).map((f) => f.element));
    expect(byRow).toEqual(whole);
  });

  it('does not change the page', () => {
    const doc = fixtureDocument('netflix-2023.html');
    const before = doc.body.innerHTML;
    netflix.find(doc, browse);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('asks for a badge as trigger (Netflix scales tiles on hover)', () => {
    expect(netflix.badge).toBe(true);
  });
});

describeRealPage('netflix.find on the saved 2023 browse page', ['netflix/browse-rows-2023-06.fragment.html'], () => {
  const doc = parseHtml(`<!doctype html><html><body>${realPage('netflix/browse-rows-2023-06.fragment.html') ?? ''}</body></html>`);
  const found = netflix.find(doc, browse);

  it('returns the 15 cards with exactly the 14 distinct titles of PROVENANCE.md', () => {
    expect(found).toHaveLength(15);
    expect([...new Set(found.map((f) => f.text))].sort()).toEqual(
      [
        'All Quiet on the Western Front',
        'Spider-Man: Into the Spider-Verse',
        'Rick and Morty',
        'Black Lagoon',
        'Cyberpunk: Edgerunners',
        'The Office (U.S.)',
        'Brooklyn Nine-Nine',
        'Breaking Bad',
        'Friends',
        'The Big Bang Theory',
        'Hajime no Ippo: The Fighting!',
        'Neon Genesis Evangelion',
        'BoJack Horseman',
        "JoJo's Bizarre Adventure",
      ].sort(),
    );
  });

  it('finds the slider clone of "Rick and Morty" as a card of its own (it gets its own badge)', () => {
    const rick = found.filter((f) => f.text === 'Rick and Morty');
    expect(rick).toHaveLength(2);
    expect(rick[0]?.element).not.toBe(rick[1]?.element);
  });

  it('never returns "See more titles" or a row header', () => {
    const all = found.map((f) => f.text);
    expect(all).not.toContain('See more titles');
    expect(all.some((text) => text.startsWith('Continue Watching'))).toBe(false);
    expect(all).not.toContain('Explore All');
  });
});

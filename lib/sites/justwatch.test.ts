import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../tests/unit/real-pages';
import { justwatch, justwatchKind } from './justwatch';
import type { FoundTitle } from './types';

const summary = (found: FoundTitle[]) => found.map((f) => [f.text, f.year ?? null, f.kind ?? null]);

describe('justwatch.handles', () => {
  it.each([
    ['https://www.justwatch.com/de/Film/drive', true],
    ['https://www.justwatch.com/us/movie/drive', true],
    ['https://www.justwatch.com.example/de', false],
    ['https://www.netflix.com/browse', false],
  ])('%s → %s', (url, expected) => {
    expect(justwatch.handles(new URL(url))).toBe(expected);
  });
});

describe('justwatchKind', () => {
  it.each([
    ['/de/Film/drive', 'film'],
    ['/de/Serie/drive-2007', 'series'],
    ['/us/movie/drive', 'film'],
    ['/uk/tv-show/drive', 'series'],
    ['/at/Film/pusher', 'film'],
    ['/de/Anbieter/netflix', null],
    ['/de/constructor/x', null],
    ['/de/Film', null],
    ['/de', null],
    ['', null],
  ])('%s → %s', (path, kind) => {
    expect(justwatchKind(path)).toBe(kind);
  });
});

describe('justwatch.find on hand-written fixtures', () => {
  it('2026 German film page: the plain h1 with the year beside it, then the similar titles with kind from their path', () => {
    const found = justwatch.find(fixtureDocument('justwatch-film-de.html'), new URL('https://www.justwatch.com/de/Film/drive'));
    expect(summary(found)).toEqual([
      ['Drive', 2011, 'film'],
      ['Drive My Car', null, 'film'],
      ['Baby Driver', null, 'film'],
      ['Drive', null, 'series'],
    ]);
    expect(found.map((f) => f.text)).not.toContain('Ähnliche Titel wie Drive');
  });

  it('older English page: span.release-year cut from the heading and read as the year', () => {
    const found = justwatch.find(fixtureDocument('justwatch-film-old.html'), new URL('https://www.justwatch.com/us/movie/the-driver'));
    expect(summary(found)).toEqual([['The Driver', 1978, 'film']]);
  });

  it('a series page heading is a series', () => {
    const found = justwatch.find(fixtureDocument('justwatch-film-de.html'), new URL('https://www.justwatch.com/uk/tv-show/drive'));
    expect(summary(found.slice(0, 1))).toEqual([['Drive', 2011, 'series']]);
  });

  it('list page: grid titles only, never the page heading', () => {
    const found = justwatch.find(fixtureDocument('justwatch-list-de.html'), new URL('https://www.justwatch.com/de/Anbieter/netflix/neu'));
    expect(summary(found)).toEqual([
      ['Pusher', null, 'film'],
      ['Pusher', null, 'series'],
      ['Walhalla Rising', null, 'film'],
    ]);
  });

  it('an added grid item on its own is found; the page is not changed', () => {
    const doc = fixtureDocument('justwatch-list-de.html');
    const before = doc.body.innerHTML;
    const item = doc.querySelector('a[href="/de/Film/walhalla-rising"]')!;
    expect(justwatch.find(item, new URL('https://www.justwatch.com/de')).map((f) => f.text)).toEqual(['Walhalla Rising']);
    expect(doc.body.innerHTML).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import { generic, withoutSiteName } from './generic';
import { MAX_JSON_CHARS } from './jsonld';

const url = new URL('https://www.example-shop.de/film/drive');
const page = (head: string, body = '') =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const found = (doc: Document) =>
  generic.find(doc, url).map(({ element, text, year, kind }) => ({ tag: element.tagName, text, year, kind }));

describe('generic detector', () => {
  it.each([
    ['a Movie object', ld({ '@context': 'https://schema.org', '@type': 'Movie', name: 'Drive', datePublished: '2011-09-15' })],
    ['a Movie inside @graph', ld({ '@graph': [{ '@type': 'WebPage', name: 'Drive online' }, { '@type': 'Movie', name: 'Drive', dateCreated: '2011' }] })],
    ['a Movie in a top-level array', ld([{ '@type': 'Organization', name: 'Shop' }, { '@type': ['Movie'], name: 'Drive', datePublished: '2011-01-01' }])],
    ['a prefixed type', ld({ '@type': 'http://schema.org/Movie', name: 'Drive', datePublished: '2011' })],
  ])('reads name and year from %s, hovering the heading', (_, script) => {
    expect(found(page(script, '<h1>Drive – jetzt ansehen</h1>'))).toEqual([
      { tag: 'H1', text: 'Drive', year: 2011, kind: 'film' },
    ]);
  });

  it('uses og:title when og:type says video.movie', () => {
    const doc = page('<meta property="og:type" content="video.movie"><meta property="og:title" content="Driver">', '<h1>Driver</h1>');
    expect(found(doc)).toEqual([{ tag: 'H1', text: 'Driver', year: null, kind: 'film' }]);
  });

  it('cuts the site name that og:title repeats', () => {
    const doc = page('<meta property="og:type" content="video.movie"><meta property="og:site_name" content="Filmshop"><meta property="og:title" content="Drive | Filmshop">', '<h1>Drive</h1>');
    expect(found(doc)).toEqual([{ tag: 'H1', text: 'Drive', year: null, kind: 'film' }]);
  });

  it.each([
    ['Drive | Filmshop', 'Filmshop', 'Drive'],
    ['Mission: Impossible - Fallout', 'Filmshop', 'Mission: Impossible - Fallout'],
    ['Drive – Filmshop', 'Filmshop', 'Drive'],
    ['Drive', '', 'Drive'],
  ])('withoutSiteName(%j, %j) = %j', (title, siteName, text) => {
    expect(withoutSiteName(title, siteName)).toBe(text);
  });

  it('falls back to the heading text when the movie signal has no name', () => {
    const doc = page('<meta property="og:type" content="video.movie">', '<h1> Pusher  II </h1>');
    expect(found(doc)).toEqual([{ tag: 'H1', text: 'Pusher II', year: null, kind: 'film' }]);
  });

  it('still reports a JSON-LD movie on a page without a heading', () => {
    expect(found(page(ld({ '@type': 'Movie', name: 'Drive' })))).toEqual([
      { tag: 'SCRIPT', text: 'Drive', year: null, kind: 'film' },
    ]);
  });

  it.each([
    ['a book page with a heading', '<meta property="og:type" content="book"><meta property="og:title" content="Drive">', '<h1>Drive</h1>'],
    ['a series', ld({ '@type': 'TVSeries', name: 'Drive' }), '<h1>Drive</h1>'],
    ['a product', ld({ '@type': 'Product', name: 'Drive [Blu-ray]' }), '<h1>Drive [Blu-ray]</h1>'],
    ['broken JSON', '<script type="application/ld+json">{"@type": "Movie", name: </script>', '<h1>Drive</h1>'],
    ['a plain page', '<title>Drive</title>', '<h1>Drive</h1>'],
  ])('finds nothing on %s', (_, head, body) => {
    expect(found(page(head, body))).toEqual([]);
  });

  it('ignores an oversized JSON-LD script', () => {
    const huge = ld({ '@type': 'Movie', name: 'Drive', padding: 'x'.repeat(MAX_JSON_CHARS) });
    expect(found(page(huge, '<h1>Drive</h1>'))).toEqual([]);
  });

  it('handles no URL by itself', () => {
    expect(generic.handles(url)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { describeRealPage, fixtureDocument, parseHtml, realPage } from '../../tests/unit/real-pages';
import { primevideo, titleFromDocumentTitle } from './primevideo';
import type { FoundTitle } from './types';

const detail = new URL('https://www.amazon.de/gp/video/detail/B00K0000D1');
const summary = (found: FoundTitle[]) => found.map((f) => [f.text, f.kind ?? null, f.year ?? null]);

describe('primevideo.handles', () => {
  it.each([
    ['https://www.amazon.de/gp/video/detail/B00K19SD8Q', true],
    ['https://www.amazon.de/-/en/gp/video/detail/B00K19SD8Q', true],
    ['https://www.amazon.com/gp/video/storefront', true],
    ['https://www.amazon.co.uk/gp/video/detail/B0X', true],
    ['https://www.amazon.at/gp/video/detail/B0X', true],
    ['https://www.primevideo.com/detail/0P8U0K5FTUUSPTTIM52DRBN8KJ', true],
    ['https://www.amazon.de/dp/B005LPW7E8', false],
    ['https://www.amazon.de/Drive-Blu-ray-Ryan-Gosling/dp/B005LPW7E8', false],
    ['https://www.netflix.com/browse', false],
  ])('%s → %s', (url, expected) => {
    expect(primevideo.handles(new URL(url))).toBe(expected);
  });
});

describe('titleFromDocumentTitle', () => {
  it.each([
    ['Watch Young Sherlock - Staffel 1 | Prime Video', 'Young Sherlock - Staffel 1'],
    ['Drive ansehen | Prime Video', 'Drive'],
    ['Amazon.de: Drive [dt./OV] ansehen | Prime Video', 'Drive [dt./OV]'],
    ['Prime Video: Watch movies, TV shows, sports, and live TV', ''],
    ['Prime Video | Prime Video', ''],
    ['Drive [Blu-ray]: Amazon.de: DVD & Blu-ray', ''],
  ])('%s → %s', (input, expected) => {
    expect(titleFromDocumentTitle(input)).toBe(expected);
  });
});

describe('primevideo.find on hand-written fixtures', () => {
  it('≤2022 detail: the heading with the release-year badge, then the related packshots', () => {
    const found = primevideo.find(fixtureDocument('primevideo-2021.html'), detail);
    expect(summary(found)).toEqual([
      ['Drive [dt./OV]', null, 2011],
      ['Drive My Car [OV]', null, null],
      ['Baby Driver [dt./OV]', null, null],
      ['Driver', null, null],
      ['Drive - Staffel 1', null, null],
    ]);
    expect(found[0]?.element.tagName).toBe('H1');
  });

  it('≤2022 detail: star rows, review and trailer buttons, "Back to top" are not titles', () => {
    const texts = primevideo.find(fixtureDocument('primevideo-2021.html'), detail).map((f) => f.text);
    for (const noise of ['5 star', '1 star', 'Write a customer review', 'Back to top', 'Watch Trailer']) {
      expect(texts).not.toContain(noise);
    }
    expect(texts.some((text) => text.startsWith('Rated'))).toBe(false);
  });

  it('2023+ cards: Movie → film, TV Show → series; trailers, bonus content, events and Live-TV left out', () => {
    const found = primevideo.find(fixtureDocument('primevideo-2023.html'), new URL('https://www.amazon.de/gp/video/movie'));
    expect(summary(found)).toEqual([
      ['Drive', 'film', null],
      ['Drive My Car [OmU]', 'film', null],
      ['Driven - Season 1', 'series', null],
      ['Baby Driver', null, null],
      ['Driver (1978)', null, null],
    ]);
    expect(found.every((f) => f.element.tagName === 'ARTICLE')).toBe(true);
    const texts = found.map((f) => f.text);
    for (const noise of ['Drive: Official Trailer', 'Drive: Behind the Scenes', 'Drive-In Live', 'Drive Club', 'Live-TV', 'Play', 'Alle anzeigen']) {
      expect(texts).not.toContain(noise);
    }
  });

  it('2026 hero: the title logo alt with the release year; "Watch trailer" is not a title', () => {
    const found = primevideo.find(fixtureDocument('primevideo-2026.html'), detail);
    expect(summary(found)).toEqual([['Walhalla Rising', null, 2009]]);
  });

  it('2026 hero without alt: the title comes from document.title and "Staffel 1" makes it a series', () => {
    const found = primevideo.find(fixtureDocument('primevideo-2026-series.html'), detail);
    expect(summary(found)).toEqual([['Driven - Staffel 1', 'series', 2026]]);
  });

  it('an added card subtree on its own is found; the page is not changed', () => {
    const doc = fixtureDocument('primevideo-2023.html');
    const before = doc.body.innerHTML;
    const card = doc.querySelector('article[data-card-title="Drive My Car [OmU]"]')!;
    expect(primevideo.find(card, detail).map((f) => f.text)).toEqual(['Drive My Car [OmU]']);
    expect(primevideo.find(doc.querySelector('article[data-testid="super-carousel-card"]')!, detail).map((f) => f.text)).toEqual([
      'Baby Driver',
    ]);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describeRealPage('primevideo.find on the saved 2026 Young Sherlock page', ['primevideo/detail-young-sherlock-amazon.de-2026.html'], () => {
  const doc = parseHtml(realPage('primevideo/detail-young-sherlock-amazon.de-2026.html') ?? '');
  const found = primevideo.find(doc, new URL('https://www.amazon.de/-/en/gp/video/detail/B0F54Z36VS'));
  const texts = found.map((f) => f.text);

  it('finds the logo-only hero "Young Sherlock" first, as a series (document.title says Staffel 1)', () => {
    expect(summary(found.slice(0, 1))).toEqual([['Young Sherlock', 'series', 2026]]);
  });

  it('finds the 4 films as kind film', () => {
    expect(found.filter((f) => f.kind === 'film').map((f) => f.text)).toEqual(['Alter weißer Mann', 'A Killer Romance', 'Boneyard', 'The Creator']);
  });

  it('finds the 7 series as kind series', () => {
    expect(found.filter((f) => f.kind === 'series' && f.element.tagName === 'ARTICLE').map((f) => f.text)).toEqual([
      'The 50 - Season 1',
      'Scarpetta - Season 1',
      'Cross - Season 1',
      'Two and a Half Men, Season 1',
      'Marshals, Season 1',
      'Fallout - Season 1',
      'Elementary - Staffel 1 [dt./OV]',
    ]);
  });

  it('finds nothing else: no trailer, no bonus content, no "Play S1 E4" or other button label', () => {
    expect(found).toHaveLength(12);
    expect(texts).not.toContain('Young Sherlock - Season 1: Teaser Trailer');
    expect(texts).not.toContain('Young Sherlock: The Characters of Young Sherlock');
    expect(texts.some((text) => /^(Play|Resume|Watch|Download)\b/.test(text))).toBe(false);
  });
});

describeRealPage(
  'primevideo.find on the saved 2021 Um Jeden Preis page',
  ['primevideo/amazon.de-gp-video-detail-B00K19SD8Q-um-jeden-preis-2021-04.html'],
  () => {
    const doc = parseHtml(realPage('primevideo/amazon.de-gp-video-detail-B00K19SD8Q-um-jeden-preis-2021-04.html') ?? '');
    const found = primevideo.find(doc, new URL('https://www.amazon.de/-/en/gp/video/detail/B00K19SD8Q'));
    const texts = found.map((f) => f.text);

    it('finds the heading with the release-year badge first', () => {
      expect(summary(found.slice(0, 1))).toEqual([['Um Jeden Preis [dt./OV]', null, 2013]]);
      expect(found[0]?.element.getAttribute('data-automation-id')).toBe('title');
    });

    it.each([
      'The Lucky One - Für immer der Deine [dt./OV]',
      'Für immer Single? [dt./OV]',
      'Self/less - Der Fremde in mir [dt./OV]',
      'Sahara - Abenteuer In Der Wuste',
      'Fahrenheit 451',
      'Fahrenheit 451 [OV]',
      'Footloose (2011)',
      'Der große Leichtsinn - The Big Easy',
      'Treme - Staffel 1',
    ])('finds the related title %s', (title) => {
      expect(texts).toContain(title);
    });

    it('finds all 63 related packshots (counted with grep in the saved file) and no year on them', () => {
      expect(found.slice(1)).toHaveLength(63);
      expect(found.slice(1).every((f) => f.year === null && f.element.tagName === 'A')).toBe(true);
    });

    it.each(['5 star', '4 star', '3 star', '2 star', '1 star', 'Write a customer review', 'Back to top', 'Watch Trailer', 'Report abuse', 'Customer Profile link'])(
      'never returns %s',
      (noise) => {
        expect(texts).not.toContain(noise);
      },
    );
  },
);

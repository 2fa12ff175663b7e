import { describe, expect, it } from 'vitest';
import { describeRealPage, fixtureDocument, realPage } from '../../tests/unit/real-pages';
import { cutDisneyLabel, disneyplus, titleFromDisneyDocumentTitle } from './disneyplus';
import type { FoundTitle } from './types';

const home = new URL('https://www.disneyplus.com/de-de/home');
const summary = (found: FoundTitle[]) => found.map((f) => [f.text, f.year ?? null, f.kind ?? null]);
const labelsFile = 'disneyplus/card-aria-labels-de-2026-03.json';

describe('disneyplus.handles', () => {
  it.each([
    ['https://www.disneyplus.com/de-de/home', true],
    ['https://www.disneyplus.com/browse/entity-123', true],
    ['https://www.disneyplus.com.example/home', false],
    ['https://www.netflix.com/browse', false],
  ])('%s → %s', (url, expected) => {
    expect(disneyplus.handles(new URL(url))).toBe(expected);
  });
});

describe('cutDisneyLabel on label forms', () => {
  it.each([
    ['Drive Rated 16 Released 2011. Genre: Drama, Thriller. Select for details on this title.', 'Drive', 2011, null],
    ['Number 1 Label: New Movie Taxi Driver Rated 16 Released 1976. Select for details on this title.', 'Taxi Driver', 1976, 'film'],
    ['Driven Season 2 Coming March 25\nCatch Up on the Series Rated 12 Released 2024. Select for details on this title.', 'Driven', 2024, 'series'],
    ['Castle Season 1 Episode 1 Flowers for Your Grave 25 minutes remaining', 'Castle', null, 'series'],
    ['Driver STAR Original Für Details zu diesem Titel auswählen.', 'Driver', null, null],
  ])('%s → %s', (label, title, year, kind) => {
    expect(cutDisneyLabel(label)).toEqual({ title, year, kind });
  });

  it.each([
    'Für Details zu diesem Titel auswählen.',
    'Horror Für Details zu diesem Titel auswählen.',
    'ZDF  Für Details zu diesem Titel auswählen.',
    'Comedy Select for details on this title.',
    '',
  ])('%j is not a title', (label) => {
    expect(cutDisneyLabel(label)).toBeNull();
  });

  it('stays fast on a hostile 60 000-character label', () => {
    const hostile = ' 1 h Ab x y Staffel 1 Noch Label: Neu'.repeat(1600) + ' Für Details zu diesem Titel auswählen.';
    const started = performance.now();
    cutDisneyLabel(hostile);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('removes the hero prompt text when it is given', () => {
    const label = 'Drive Das Kultfilm-Wochenende\nJetzt aufholen Altersfreigabe: 16 Erscheinungsjahr: 2011. Für Details zu diesem Titel auswählen.';
    expect(cutDisneyLabel(label, 'Das Kultfilm-Wochenende')).toEqual({ title: 'Drive', year: 2011, kind: null });
  });
});

describe('disneyplus.find on hand-written fixtures', () => {
  it('German home: titles in page order with year and kind; tiles, collections and empty labels left out', () => {
    const found = disneyplus.find(fixtureDocument('disneyplus-home-de.html'), home);
    expect(summary(found)).toEqual([
      ['Drive', 2011, null],
      ['Baby Driver', 2017, 'film'],
      ['Drive My Car', 2021, null],
      ['Driven', 2024, 'series'],
      ['Driver', null, null],
      ['Driven', null, 'series'],
      ['Walhalla Rising', null, null],
    ]);
    const texts = found.map((f) => f.text);
    for (const noise of ['Horror', 'Drive-in Klassiker', 'Komödien', 'Das Kultfilm-Wochenende', '']) expect(texts).not.toContain(noise);
  });

  it('English home: the same cutting on English labels', () => {
    const found = disneyplus.find(fixtureDocument('disneyplus-home-en.html'), new URL('https://www.disneyplus.com/en-gb/home'));
    expect(summary(found)).toEqual([
      ['Drive', 2011, null],
      ['Taxi Driver', 1976, 'film'],
      ['Drive My Car', null, null],
      ['Driven', 2024, 'series'],
    ]);
  });

  it('detail page: the title logo alt, else document.title before "|"', () => {
    const detail = new URL('https://www.disneyplus.com/de-de/browse/entity-77');
    expect(summary(disneyplus.find(fixtureDocument('disneyplus-detail.html'), detail))).toEqual([['Alles, was wir geben mussten', null, null]]);
    expect(summary(disneyplus.find(fixtureDocument('disneyplus-detail-noalt.html'), detail))).toEqual([['Walhalla Rising', null, null]]);
  });

  it('an added card on its own is found; the page is not changed', () => {
    const doc = fixtureDocument('disneyplus-home-de.html');
    const before = doc.body.innerHTML;
    const card = doc.querySelector('a[href="/browse/entity-0003"]')!;
    expect(disneyplus.find(card, home).map((f) => f.text)).toEqual(['Drive My Car']);
    expect(doc.body.innerHTML).toBe(before);
  });

  it.each([
    ['Zoomania 2 ansehen | Disney+', 'Zoomania 2'],
    ['Watch Drive | Disney+', 'Drive'],
    ['Disney+ | Filme und Serien', ''],
  ])('titleFromDisneyDocumentTitle(%j) → %j', (input, expected) => {
    expect(titleFromDisneyDocumentTitle(input)).toBe(expected);
  });
});

describeRealPage('cutDisneyLabel on the 732 real German labels', [labelsFile], () => {
  const labels: string[] = JSON.parse(realPage(labelsFile) ?? '[]');
  const tiles = new Set([
    'ZDF', 'Für deinen Serien-Marathon', 'Demnächst verfügbar', 'Alle Sammlungen', 'Highlights aus Deutschland & mehr',
    'Animation für Erwachsene', 'Drama', 'Komödien', 'Action und Abenteuer', 'Suspense und Thriller', 'Science-Fiction',
    'True Crime', 'Dokumentation', 'Musik', 'Horror', 'Mystery',
  ]);
  const isTile = (label: string) => tiles.has(label.replace(' Für Details zu diesem Titel auswählen.', '').trim());

  it('reads all 732 labels', () => {
    expect(labels).toHaveLength(732);
  });

  it('returns null for exactly the genre and collection tiles', () => {
    const nulls = labels.filter((label) => cutDisneyLabel(label) === null);
    expect(nulls.length).toBeGreaterThan(0);
    expect(nulls.filter((label) => !isTile(label))).toEqual([]);
    expect(labels.filter(isTile).filter((label) => cutDisneyLabel(label) !== null)).toEqual([]);
  });

  it('cuts every other label to a non-empty title without label residue', () => {
    const residue = /Altersfreigabe|Erscheinungsjahr|Genre:|Für Details|auf Disney\+|Label:|Nummer \d|Jetzt aufholen|Noch \d|\d Minuten|Stunde|Staffel \d|Folge \d|Disney\+ Original|STAR Original|STAR Generic|Hulu Original|ZDF Enterprises|Mach dich bereit|\n|\s{2}/;
    const bad = labels
      .filter((label) => !isTile(label))
      .map((label) => [label, cutDisneyLabel(label)?.title ?? ''] as const)
      .filter(([, title]) => title === '' || title !== title.trim() || residue.test(title));
    expect(bad).toEqual([]);
  });

  it('takes the year from "Erscheinungsjahr" wherever the label has one', () => {
    for (const label of labels) {
      const stated = /Erscheinungsjahr: (\d{4})/.exec(label)?.[1];
      if (stated) expect(cutDisneyLabel(label)?.year).toBe(Number(stated));
    }
  });

  it.each([
    ['Zoomania 2 Ab 11. März auf Disney+ Altersfreigabe: 6 Erscheinungsjahr: 2025. Genre: Comedy, Animation. Für Details zu diesem Titel auswählen.', 'Zoomania 2', 2025, null],
    ['Daredevil: Born Again Staffel 2 ab 25. März\nJetzt aufholen Altersfreigabe: 18 Erscheinungsjahr: 2025. Genre: Drama, Superhelden. Disney+ Original Für Details zu diesem Titel auswählen.', 'Daredevil: Born Again', 2025, 'series'],
    ['The Mandalorian Mach dich bereit für Mandalorian and Grogu\nJetzt aufholen Altersfreigabe: 12 Erscheinungsjahr: 2019. Genre: Action und Abenteuer, Science-Fiction. Disney+ Original Für Details zu diesem Titel auswählen.', 'The Mandalorian', 2019, null],
    ['Love Story: John F. Kennedy Jr. & Carolyn Bessette Neue Folge ab Freitag\nJetzt aufholen Label: Neue Folge Altersfreigabe: 12 Erscheinungsjahr: 2026. Genre: Drama, Anthologie. Hulu Original Series Für Details zu diesem Titel auswählen.', 'Love Story: John F. Kennedy Jr. & Carolyn Bessette', 2026, 'series'],
    ['Label: Neuer Film Men in Black Altersfreigabe: 12 Erscheinungsjahr: 1997. Abenteuer, Comedy Für Details zu diesem Titel auswählen.', 'Men in Black', 1997, 'film'],
    ['Nummer 2 Hulu Original Series Label: Neue Folge Love Story: John F. Kennedy Jr. & Carolyn Bessette Altersfreigabe: 12 Erscheinungsjahr: 2026. Genre: Drama, Anthologie. Für Details zu diesem Titel auswählen.', 'Love Story: John F. Kennedy Jr. & Carolyn Bessette', 2026, 'series'],
    ['ZDF Enterprises Die purpurnen Flüsse Altersfreigabe: 12 Erscheinungsjahr: 2018. Drama, Thriller Für Details zu diesem Titel auswählen.', 'Die purpurnen Flüsse', 2018, null],
    ['Mein Freund, das Ekel ZDF Enterprises Für Details zu diesem Titel auswählen.', 'Mein Freund, das Ekel', null, null],
    ['Castle Staffel 1 Folge 1 Blumen für dein Grab Noch 25\u00a0Minuten', 'Castle', null, 'series'],
    ['Aladdin Noch Noch 1\u00a0Stunde 3\u00a0Minuten', 'Aladdin', null, null],
    ['Upside Down Magic – Magie steht Kopf Noch 2\u00a0Minuten', 'Upside Down Magic – Magie steht Kopf', null, null],
    ['Der Teufel trägt Prada Altersfreigabe: 0 Erscheinungsjahr: 2006. Drama, Comedy Für Details zu diesem Titel auswählen.', 'Der Teufel trägt Prada', 2006, null],
    ['Shōgun STAR Original Für Details zu diesem Titel auswählen.', 'Shōgun', null, null],
    ['Label: Neu Phineas und Ferb Für Details zu diesem Titel auswählen.', 'Phineas und Ferb', null, null],
    ['Avengers:  Endgame Für Details zu diesem Titel auswählen.', 'Avengers: Endgame', null, null],
    ['Nur noch 60 Sekunden Für Details zu diesem Titel auswählen.', 'Nur noch 60 Sekunden', null, null],
    ['Disney+ Original Star Wars: Maul - Shadow Lord Altersfreigabe: 12 Erscheinungsjahr: 2026. Action und Abenteuer, Animation Für Details zu diesem Titel auswählen.', 'Star Wars: Maul - Shadow Lord', 2026, null],
    ['Label: Neuer Film 2012 Für Details zu diesem Titel auswählen.', '2012', null, 'film'],
  ])('real label %j → %j', (label, title, year, kind) => {
    expect(labels).toContain(label);
    expect(cutDisneyLabel(label)).toEqual({ title, year, kind });
  });
});

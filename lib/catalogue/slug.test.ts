import { describe, expect, it } from 'vitest';
import { filmIdFor, slug } from './slug';

describe('slug', () => {
  it.each([
    ['Drive', 'drive'],
    ['The Driver', 'the-driver'],
    ['Taxi Driver', 'taxi-driver'],
    ['Pusher II', 'pusher-ii'],
    ['Pusher 3', 'pusher-3'],
    ['Never Let Me Go', 'never-let-me-go'],
    ['Alles, was wir geben mussten', 'alles-was-wir-geben-mussten'],
    ['Die Brücke', 'die-bruecke'],
    ['Das Mädchen Rosemarie', 'das-maedchen-rosemarie'],
    ['Die Blechtrommel: Ölprinz', 'die-blechtrommel-oelprinz'],
    ['Straße', 'strasse'],
    ['ÄÖÜ', 'aeoeue'],
    ['Amélie', 'amelie'],
    ['Schindler’s List', 'schindlers-list'],
    ["Schindler's List", 'schindlers-list'],
    ['Léon – Der Profi', 'leon-der-profi'],
    ['  M – Eine Stadt sucht einen Mörder  ', 'm-eine-stadt-sucht-einen-moerder'],
    ['2001: A Space Odyssey', '2001-a-space-odyssey'],
  ])('%s → %s', (title, expected) => {
    expect(slug(title)).toBe(expected);
  });
});

describe('filmIdFor', () => {
  it.each([
    ['Drive', 2011, 'drive-2011'],
    ['The Driver', 1978, 'the-driver-1978'],
    ['Valhalla Rising', 2009, 'valhalla-rising-2009'],
  ])('%s (%i) → %s', (title, year, expected) => {
    expect(filmIdFor(title, year)).toBe(expected);
  });
});

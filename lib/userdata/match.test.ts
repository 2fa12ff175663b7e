import { describe, expect, it } from 'vitest';
import { buildTitleIndex } from '../title/match';
import { matchRow } from './match';
import type { ImportRow } from './rows';
import { importTestIndex } from './test-catalogue';

const index = importTestIndex();

function row(title: string, year: number | null, more: Partial<ImportRow> = {}): ImportRow {
  return { file: 'x.csv', line: 2, title, year, source: 'letterboxd', kind: 'film', rating: null, seen: true, seenDate: null, watchlistSince: null, review: null, tags: [], ...more };
}

describe('matchRow: title and year to a catalogue film, only when sure', () => {
  it.each([
    ['Drive', 2011, 'drive-2011'],
    ['The Driver', 1978, 'the-driver-1978'],
    ['Driver', 1978, 'the-driver-1978'],
    ['Heat', 1995, 'heat-1995'],
    ['Heat', 1986, 'heat-1986'],
    ['Heat', 1996, 'heat-1995'],
    ['Collateral', 2004, 'collateral-2004'],
    ['Collateral', 2005, 'collateral-2004'],
    ['Valhalla Rising', 2009, 'valhalla-rising-2009'],
    ['Seven', 1995, 'seven-1995'],
    ['Drive', null, 'drive-2011'],
  ])('%s (%s) → %s', (title, year, id) => {
    expect(matchRow(index, row(title, year))).toEqual({ film: expect.objectContaining({ id, sure: true }) });
  });

  it.each([
    ['Der Nebelwald von Quarnbek', 2021, 'Nicht im Katalog'],
    ['Se7en', 1995, 'Nicht im Katalog'],
    ['Drive My Car', 2021, 'Nicht im Katalog'],
    ['Parasite', 2019, 'Jahr passt zu keinem Film'],
    ['Heat', 2010, 'Jahr passt zu keinem Film'],
    ['Drive', 1990, 'Jahr passt zu keinem Film'],
    ['Heat', null, 'Mehrere Filme mit diesem Titel und Jahr'],
    ['Collateral', null, 'Ohne Jahr nicht sicher zuzuordnen'],
  ])('%s (%s) is unmatched: %s', (title, year, reason) => {
    expect(matchRow(index, row(title, year))).toEqual({ reason });
  });

  it.each([
    ['series', 'TV Series', 'Serie, kein Film (TV Series)'],
    ['other', 'Short', 'Kein Spielfilm (Short)'],
  ] as const)('an IMDb title of kind %s is unmatched even when a film has its name', (kind, typeLabel, reason) => {
    expect(matchRow(index, row('Fargo', 1996, { source: 'imdb', kind, typeLabel }))).toEqual({ reason });
  });

  it('says when the catalogue has the title in that year but the text reads as no film (a known limit of lib/title)', () => {
    const index2 = buildTitleIndex([{ id: 'open-season-2-2009', year: 2009, titles: ['Open Season 2'] }]);
    expect(matchRow(index2, row('Open Season 2', 2009))).toEqual({ reason: 'Nicht sicher zuzuordnen' });
  });

  it('tries IMDb’s original title when the localised one finds nothing', () => {
    expect(matchRow(index, row('Der Pate', 1972, { source: 'imdb', originalTitle: 'The Godfather' }))).toEqual({ film: expect.objectContaining({ id: 'the-godfather-1972' }) });
  });

  it('keeps the telling reason when the original title names a film of another year', () => {
    expect(matchRow(index, row('Parasit', 2019, { source: 'imdb', originalTitle: 'Parasite' }))).toEqual({ reason: 'Jahr passt zu keinem Film' });
  });
});

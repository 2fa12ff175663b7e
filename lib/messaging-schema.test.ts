import { describe, expect, it } from 'vitest';
import { checkMessage, type BackgroundMessage } from './messaging-schema';
import { encodeTitles } from './messaging';
import { SLICE_TILES } from './content/scanner';

const DRIVE = { id: 'drive-2011', title: 'Drive', year: 2011, sure: true };
const report = { siteId: 'netflix', siteName: 'Netflix', candidateCount: null, films: [DRIVE], disabled: false };

describe('checkMessage: what our own pages and content scripts send passes unchanged', () => {
  const fullSlice = encodeTitles(Array.from({ length: SLICE_TILES }, (_, index) => ({ text: `Titel ${index} `.padEnd(300, 'x'), year: index % 7 === 0 ? 2011 : null })));
  it.each<[BackgroundMessage, unknown]>([
    ['matchTitles', { siteId: 'netflix', titles: encodeTitles([{ text: 'Drive' }, { text: 'Driver', year: 1978, kind: 'film' }]) }],
    ['matchTitles', { siteId: 'netflix', titles: encodeTitles([]) }],
    ['matchTitles', { siteId: 'amazon', titles: fullSlice }],
    ['getFilmDetails', { id: 'drive-2011' }],
    ['searchCatalogue', { query: '' }],
    ['searchCatalogue', { query: 'Winding Refn' }],
    ['reportDetection', report],
    ['reportDetection', { siteId: null, siteName: null, candidateCount: 12, films: [{ id: 'drive-2011', title: 'Drive', year: 2011 }], disabled: true }],
    ['getDetection', { tabId: 1_234_567 }],
    ['addCorrection', { text: 'Drive [dt./OV]', filmId: 'drive-2011' }],
    ['confirmMatch', { text: 'x'.repeat(300), filmId: 'collateral-2004' }],
    ['clearCorrections', undefined],
    ['countCorrections', undefined],
    ['openOptions', undefined],
  ])('%s %#', (type, data) => {
    expect(checkMessage(type, structuredClone(data))).toEqual(data);
  });

  it('drops keys the protocol does not know', () => {
    expect(checkMessage('addCorrection', { text: 'Drive', filmId: 'drive-2011', extra: 'x'.repeat(1000) })).toEqual({ text: 'Drive', filmId: 'drive-2011' });
  });
});

describe('checkMessage: anything else is refused, naming the field and why', () => {
  it.each<[BackgroundMessage, unknown, RegExp]>([
    ['matchTitles', { siteId: 'netflix', titles: { count: 2, texts: 'Drive', hints: [] } }, /^matchTitles: titles: .*count/],
    ['matchTitles', { siteId: 'netflix', titles: { count: 10_001, texts: '\n'.repeat(10_000), hints: [] } }, /titles\.count/],
    ['matchTitles', { siteId: 'netflix', titles: { count: 1, texts: 'x'.repeat(3_000_001), hints: [] } }, /titles\.texts/],
    ['matchTitles', { siteId: 'netflix', titles: { count: 1, texts: 'Drive', hints: [{ index: 0, year: 2011, kind: 'movie' }] } }, /titles\.hints\.0\.kind/],
    ['matchTitles', { siteId: 'netflix', titles: { count: 1, texts: 'Drive', hints: [{ index: 1, year: null, kind: null }] } }, /Hinweise/],
    ['matchTitles', { titles: encodeTitles([{ text: 'Drive' }]) }, /siteId/],
    ['getFilmDetails', { id: '' }, /id: leer/],
    ['getFilmDetails', { id: 'x'.repeat(301) }, /id: Invalid length/],
    ['getFilmDetails', null, /^getFilmDetails: Nachricht: /],
    ['searchCatalogue', { query: ['Drive'] }, /query/],
    ['reportDetection', { ...report, films: [{ id: 'drive-2011', title: 'Drive' }] }, /films\.0\.year/],
    ['reportDetection', { ...report, candidateCount: -1 }, /candidateCount/],
    ['getDetection', { tabId: 1.5 }, /tabId/],
    ['addCorrection', { text: '   ', filmId: 'drive-2011' }, /text: leer/],
    ['addCorrection', { text: 'x'.repeat(5_000_000), filmId: 'drive-2011' }, /text: Invalid length/],
    ['confirmMatch', { text: 'Collateral', filmId: 7 }, /filmId/],
    ['clearCorrections', { all: true }, /Nachricht/],
  ])('%s %#', (type, data, reason) => {
    expect(() => checkMessage(type, data)).toThrow(reason);
    const message = (() => {
      try {
        checkMessage(type, data);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message.length, 'the data itself is not repeated').toBeLessThan(300);
  });
});

/**
 * The classes of issue 12, each wherever it stands (after a dash, inside brackets, at the end): the
 * cleaner reads a grammar of the vocabulary, not a list of phrases. Beside each class, titles that merely
 * look like it and must stay whole.
 */
import { describe, expect, it } from 'vitest';
import { cleanTitle } from './clean';
import { expectRow, type TitleRow } from './test-films';
import type { TitleKind } from './types';

const DRIVE = 'drive-2011';

// Modifiers before an edition noun or a format.
const modifiers: TitleRow[] = [
  ['Drive - Limited Steelbook', 'Drive', null, 'film', DRIVE],
  ['Drive (Limited Steelbook) [Blu-ray]', 'Drive', null, 'film', DRIVE],
  ['Drive Uncut Mediabook', 'Drive', null, 'film', DRIVE],
  ['Drive - Uncut Mediabook (4K UHD + Blu-ray)', 'Drive', null, 'film', DRIVE],
  ["Drive - Ultimate Collector's Edition Box", 'Drive', null, 'film', DRIVE],
  ["Drive (Ultimate Collector's Edition Box)", 'Drive', null, 'film', DRIVE],
  ['Drive - 2-Disc Special Edition', 'Drive', null, 'film', DRIVE],
  ['Drive (2-Disc Special Edition) [DVD]', 'Drive', null, 'film', DRIVE],
  ['Drive - Digitally Remastered', 'Drive', null, 'film', DRIVE],
  ['Drive (Digitally Remastered)', 'Drive', null, 'film', DRIVE],
  ['Drive - Restaurierte Fassung [Blu-ray]', 'Drive', null, 'film', DRIVE],
  ['Metropolis - Restaurierte Fassung [Blu-ray]', 'Metropolis', null, 'film', null],
  ['Drive: Special Edition', 'Drive', null, 'film', DRIVE],
  ['Drive, Limited Edition', 'Drive', null, 'film', DRIVE],
  ['Drive - Jubiläumsedition', 'Drive', null, 'film', DRIVE],
];

// English format runs joined by "+" after a dash, with an edition name before them.
const formatRuns: TitleRow[] = [
  ['Drive - 4K Ultra HD + Blu-ray', 'Drive', null, 'film', DRIVE],
  ['Drive - Blu-ray + DVD + Digital', 'Drive', null, 'film', DRIVE],
  ['Drive Digital HD', 'Drive', null, 'film', DRIVE],
  ['Drive - 4K Ultra HD + Bonus Blu-ray', 'Drive', null, 'film', DRIVE],
  ['Drive Anniversary Edition 4K', 'Drive', null, 'film', DRIVE],
  ['Taxi Driver - 40th Anniversary Edition 4K Ultra HD + Blu-ray', 'Taxi Driver', null, 'film', 'taxi-driver-1976'],
  ['Drive - Blu Ray', 'Drive', null, 'film', DRIVE],
  ['Drive 3D Blu-ray', 'Drive', null, 'film', DRIVE],
];

// Series labels: the title of a series is the series' name, its kind series.
const seriesLabels: TitleRow[] = [
  ['Fargo - Staffel 3', 'Fargo', null, 'series', null],
  ['Fargo - Season 2 [dt./OV]', 'Fargo', null, 'series', null],
  ['Fargo: Season 1', 'Fargo', null, 'series', null],
  ['Fargo, Season 1', 'Fargo', null, 'series', null],
  ['Fargo - Die komplette erste Staffel', 'Fargo', null, 'series', null],
  ['Fargo - The Complete First Season', 'Fargo', null, 'series', null],
  ['Fargo - 2. Staffel [Blu-ray]', 'Fargo', null, 'series', null],
  ['Fargo Staffel 1 - Steelbook', 'Fargo', null, 'series', null],
  ['Fargo - Season 2 Blu-ray', 'Fargo', null, 'series', null],
  ['Fargo (Complete Season 1) [DVD]', 'Fargo', null, 'series', null],
  ['Fargo S02E04', 'Fargo', null, 'series', null],
  ['Fargo - Season 1: Teaser Trailer', 'Fargo', null, 'other', null],
  ['Percy Jackson: Die Serie', 'Percy Jackson: Die Serie', null, 'series', null],
];

// Look alike, stay whole: a tag word that is a title's own word, a bare number, a noun without a modifier.
const staysWhole: Array<[string, string, TitleKind]> = [
  ['Step Up 3D', 'Step Up 3D', 'film'],
  ['The Box', 'The Box', 'film'],
  ['Man Ray', 'Man Ray', 'film'],
  ['The Final Cut', 'The Final Cut', 'film'],
  ['Die Edition', 'Die Edition', 'film'],
  ['Pusher 3 Special Edition', 'Pusher 3', 'film'],
  ['Nummer 5 lebt!', 'Nummer 5 lebt!', 'film'],
  ['Season of the Witch', 'Season of the Witch', 'film'],
  ['A Series of Unfortunate Events', 'A Series of Unfortunate Events', 'film'],
  ['The Final Season', 'The Final Season', 'film'],
  ['Four Seasons', 'Four Seasons', 'film'],
  ['Blu-ray', 'Blu-ray', 'film'],
];

// Garbled by pages: an article put last, a stray slash, a country mark.
const garbled: TitleRow[] = [
  ['Help, The', 'The Help', null, 'film', null],
  ['Driver, The [Blu-ray]', 'The Driver', null, 'film', 'the-driver-1978'],
  ['Cool Runnings / - Dabeisein ist alles', 'Cool Runnings - Dabeisein ist alles', null, 'film', 'cool-runnings-1993'],
  ['The Office (U.S.)', 'The Office', null, 'film', null],
];

describe('the cleaner reads a grammar', () => {
  it.each(modifiers)('modifiers: %s', (...row) => expectRow(...row));
  it.each(formatRuns)('format run: %s', (...row) => expectRow(...row));
  it.each(seriesLabels)('series label: %s', (...row) => expectRow(...row));
  it.each(garbled)('garbled: %s', (...row) => expectRow(...row));
  it.each(staysWhole)('stays whole: %s', (input, title, kind) => {
    expect(cleanTitle(input)).toMatchObject({ title, kind });
  });
});

/**
 * The traps of issue 2: titles that contain a catalogue title but name something else, years that
 * contradict, remakes with the same title, "A - B" halves, slashes, extras, and hostile page text.
 */
import { describe, expect, it } from 'vitest';
import { cleanTitle } from './clean';
import { matchTitle } from './match';
import { foldKey, normalizeKey } from './normalize';
import { expectRow, TEST_INDEX, type TitleRow } from './test-films';

// Whole titles only: a catalogue title inside a longer title is a different work.
const wholeTitlesOnly: TitleRow[] = [
  ['Drive My Car', 'Drive My Car', null, 'film', null],
  ['Drive My Car [OmU]', 'Drive My Car', null, 'film', null],
  ['Drive Angry', 'Drive Angry', null, 'film', null],
  ['Drive Angry [3D Blu-ray]', 'Drive Angry', null, 'film', null],
  ['Drive Angry (2011)', 'Drive Angry', 2011, 'film', null],
  ['Baby Driver', 'Baby Driver', null, 'film', null],
  ['Taxi Driver', 'Taxi Driver', null, 'film', 'taxi-driver-1976'],
  ['Driven', 'Driven', null, 'film', null],
  ['Google Drive', 'Google Drive', null, 'film', null],
  ['Test Drive', 'Test Drive', null, 'film', null],
  ['Driver: San Francisco', 'Driver: San Francisco', null, 'film', null],
  ['Drive: The Surprising Truth About What Motivates Us', 'Drive: The Surprising Truth About What Motivates Us', null, 'film', null],
  ['The Drive', 'The Drive', null, 'film', null],
  ['Drive-In', 'Drive-In', null, 'film', null],
  ['Pusher 2', 'Pusher 2', null, 'film', null],
  ['Mission: Impossible – Dead Reckoning', 'Mission: Impossible – Dead Reckoning', null, 'film', null],
  ['Mission: Impossible - Dead Reckoning (2023)', 'Mission: Impossible - Dead Reckoning', 2023, 'film', null],
];

const yearsAndRemakes: TitleRow[] = [
  ['Drive (1997)', 'Drive', 1997, 'film', null],
  ['Drive', 'Drive', null, 'film', 'drive-2011', { year: 2012 }],
  ['Drive', 'Drive', null, 'film', null, { year: 2013 }],
  // Text and site disagree with each other: nothing can be trusted.
  ['Drive (2011)', 'Drive', 2011, 'film', null, { year: 1997 }],
  ['Taxi Driver (1978)', 'Taxi Driver', 1978, 'film', null],
  ['Point Break', 'Point Break', null, 'film', null],
  ['Point Break (1991)', 'Point Break', 1991, 'film', 'point-break-1991'],
  ['Point Break (1992)', 'Point Break', 1992, 'film', 'point-break-1991'],
  ['Point Break', 'Point Break', null, 'film', 'point-break-2015', { year: 2015 }],
  ['Gefährliche Brandung', 'Gefährliche Brandung', null, 'film', 'point-break-1991'],
  ['Footloose', 'Footloose', null, 'film', null],
  ['Footloose (2012)', 'Footloose', 2012, 'film', 'footloose-2011'],
  ['Fahrenheit 451', 'Fahrenheit 451', null, 'film', 'fahrenheit-451-2018', { year: 2018 }],
  ['Fahrenheit 451', 'Fahrenheit 451', null, 'film', null, { year: 1990 }],
];

const spellings: TitleRow[] = [
  ['drive', 'drive', null, 'film', 'drive-2011'],
  ['Ｄｒｉｖｅ', 'Ｄｒｉｖｅ', null, 'film', 'drive-2011'],
  ['Drive\u00a0[Blu-ray]', 'Drive', null, 'film', 'drive-2011'],
  ['Dri\u00adve', 'Dri\u00adve', null, 'film', 'drive-2011'],
  [`Drive${' '.repeat(200)}[Blu-ray]\n`, 'Drive', null, 'film', 'drive-2011'],
  ['Driver', 'Driver', null, 'film', 'the-driver-1978'],
  ['Mission Impossible', 'Mission Impossible', null, 'film', 'mission-impossible-1996'],
  ['Mission – Impossible', 'Mission – Impossible', null, 'film', 'mission-impossible-1996'],
  ['Spider-Man – A New Universe', 'Spider-Man – A New Universe', null, 'film', 'spider-man-into-the-spider-verse-2018'],
  ['Alles, was wir geben mußten', 'Alles, was wir geben mußten', null, 'film', 'never-let-me-go-2010'],
  // A wrong umlaut is not a dropped one: no folding for text that has umlauts of its own.
  ['Alles, was wir geben müssten', 'Alles, was wir geben müssten', null, 'film', null],
  ['Alter weisser Mann', 'Alter weisser Mann', null, 'film', 'alter-weisser-mann-2024'],
  ['ALTER WEISSER MANN', 'ALTER WEISSER MANN', null, 'film', 'alter-weisser-mann-2024'],
  ['Sahara - Abenteuer in der Wueste', 'Sahara - Abenteuer in der Wueste', null, 'film', 'sahara-2005'],
  ['Der grosse Leichtsinn', 'Der grosse Leichtsinn', null, 'film', 'the-big-easy-1986'],
  ['Schindlers Liste', 'Schindlers Liste', null, 'film', 'schindlers-list-1993'],
  ['Schindler`s List', 'Schindler`s List', null, 'film', 'schindlers-list-1993'],
  ['Jennifers Body', 'Jennifers Body', null, 'film', 'jennifers-body-2009'],
  ['Was passiert, wenn’s passiert ist', 'Was passiert, wenn’s passiert ist', null, 'film', 'what-to-expect-when-youre-expecting-2012'],
  ['Walhalla Rising', 'Walhalla Rising', null, 'film', 'valhalla-rising-2009'],
];

// "A - B": both halves must name the same film, or one half a film and a stated year must agree.
const halves: TitleRow[] = [
  ['The Lucky One – Für immer der Deine', 'The Lucky One – Für immer der Deine', null, 'film', 'the-lucky-one-2012'],
  ['The Lucky One - Für immer Dein (2012)', 'The Lucky One - Für immer Dein', 2012, 'film', 'the-lucky-one-2012'],
  // One half names the film, the other is German: a German release title, asked about (titles-sure.test.ts).
  ['The Lucky One - Für immer Dein', 'The Lucky One - Für immer Dein', null, 'film', 'the-lucky-one-2012'],
  ['The Lucky One - Für immer Dein', 'The Lucky One - Für immer Dein', null, 'film', 'the-lucky-one-2012', { year: 2012 }],
  ['The Big Easy - Der große Leichtsinn', 'The Big Easy - Der große Leichtsinn', null, 'film', 'the-big-easy-1986'],
  ['Jack in the Box – ES lebt', 'Jack in the Box – ES lebt', null, 'film', 'jack-in-the-box-2019'],
  ['Drive - Taxi Driver', 'Drive - Taxi Driver', null, 'film', null],
  ['Drive - Taxi Driver (2011)', 'Drive - Taxi Driver', 2011, 'film', null],
  // One half names two remakes; the stated year picks one of them.
  ['Point Break - Extrem', 'Point Break - Extrem', null, 'film', 'point-break-2015', { year: 2015 }],
  ['Point Break - Extrem', 'Point Break - Extrem', null, 'film', null],
];

const slashes: TitleRow[] = [
  ['Self/less', 'Self/less', null, 'film', 'self-less-2015'],
  ['Face/Off', 'Face/Off', null, 'film', 'face-off-1997'],
  ['AC/DC: Let There Be Rock', 'AC/DC: Let There Be Rock', null, 'film', null],
  ['Fahrenheit 9/11', 'Fahrenheit 9/11', null, 'film', 'fahrenheit-9-11-2004'],
  ['Robot Monster/Cat-Women of the Moon', 'Robot Monster/Cat-Women of the Moon', null, 'bundle', null],
  ['Alien / Aliens', 'Alien / Aliens', null, 'bundle', null],
  ['Drive / Pusher', 'Drive / Pusher', null, 'bundle', null],
];

const kinds: TitleRow[] = [
  ['The Collection', 'The Collection', null, 'film', 'the-collection-2012'],
  ['The Collection (2012)', 'The Collection', 2012, 'film', 'the-collection-2012'],
  ['Season of the Witch', 'Season of the Witch', null, 'film', 'season-of-the-witch-2011'],
  ['Open Season', 'Open Season', null, 'film', null],
  ['Drive - Trailer', 'Drive - Trailer', null, 'other', null],
  ['Drive: Featurette', 'Drive: Featurette', null, 'other', null],
  ['Drive - Bonus', 'Drive - Bonus', null, 'other', null],
  ['Hinter den Kulissen von Drive', 'Hinter den Kulissen von Drive', null, 'other', null],
  ['Drive - Behind the Scenes', 'Drive - Behind the Scenes', null, 'other', null],
  ['Drive, Season 1', 'Drive', null, 'series', null],
  ['Drive Staffel 2', 'Drive', null, 'series', null],
  ['Drive S01E03', 'Drive', null, 'series', null],
  ['Drive Trilogy', 'Drive Trilogy', null, 'bundle', null],
  ['Drive', 'Drive', null, 'film', null, { kind: 'bundle' }],
  ['Taxi Driver', 'Taxi Driver', null, 'film', null, { kind: 'other' }],
  ['[Blu-ray]', '', null, 'film', null],
  ['', '', null, 'film', null],
];

describe('title traps', () => {
  it.each(wholeTitlesOnly)('whole titles only: %s', (...row) => expectRow(...row));
  it.each(yearsAndRemakes)('years and remakes: %s %j', (...row) => expectRow(...row));
  it.each(spellings)('spelling: %s', (...row) => expectRow(...row));
  it.each(halves)('halves: %s %j', (...row) => expectRow(...row));
  it.each(slashes)('slash: %s', (...row) => expectRow(...row));
  it.each(kinds)('kind: %s %j', (...row) => expectRow(...row));
});

describe('hostile page text', () => {
  const hundredKilobytes = 100_000;
  const pathological = [
    '['.repeat(hundredKilobytes),
    '('.repeat(hundredKilobytes),
    '- '.repeat(hundredKilobytes / 2),
    'Drive' + ' \t-'.repeat(hundredKilobytes / 4),
    '–'.repeat(hundredKilobytes),
    '([' .repeat(hundredKilobytes / 2),
    '/a'.repeat(hundredKilobytes / 2),
    'Drive [Blu-ray] '.repeat(hundredKilobytes / 16),
    'Staffel '.repeat(hundredKilobytes / 8),
  ];

  it.each(pathological.map((text) => [text.slice(0, 12), text]))('100 KB starting %j: no title, no match', (_start, text) => {
    const cleaned = cleanTitle(text);
    expect(cleaned.keys).toEqual([]);
    expect(matchTitle(TEST_INDEX, text)).toBeNull();
  });

  // Under the length cap the scanners run in full on hostile shapes.
  it.each([
    ['['.repeat(299)],
    ['('.repeat(150) + ')'.repeat(149)],
    ['- '.repeat(149)],
    ['Drive ' + '(Blu-ray) '.repeat(29)],
    ['a/'.repeat(149)],
    ['Drive ' + 'Special '.repeat(36) + 'Edition'],
  ])('under the cap: %j', (text) => {
    expect(cleanTitle(text).title.length).toBeLessThanOrEqual(300);
  });

  it('collapses 100 KB of padding whitespace (Amazon pads #productTitle) and still finds the film', () => {
    const padded = `${' '.repeat(hundredKilobytes / 2)}Drive${'\n'.repeat(hundredKilobytes / 2)}[Blu-ray]`;
    expect(matchTitle(TEST_INDEX, padded)?.id).toBe('drive-2011');
  });

  it('keys of 100 KB are computed in one pass', () => {
    expect(normalizeKey('Ä-'.repeat(50_000))).toBe(Array(50_000).fill('ae').join(' '));
    expect(foldKey('Ä-'.repeat(50_000))).toBe(Array(50_000).fill('a').join(' '));
  });
});

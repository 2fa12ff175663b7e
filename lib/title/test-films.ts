/**
 * TEST-ONLY catalogue for the title tests (imported by lib/title/*.test.ts, never by the extension).
 * The first block mirrors the real catalogue in data/. The second block are stand-ins for the tests
 * only: real films with their established German and original titles, chosen for what they exercise
 * (remakes with the same title, "EN - DE" titles, a slash inside a title, dropped umlauts). They are
 * not catalogue data and carry no review, rating or other fact.
 */
import { expect } from 'vitest';
import { buildTitleIndex, lookupTitle, matchTitle } from './match';
import type { MatchableFilm, TitleHints, TitleKind } from './types';

/** A base film of the test catalogues, and a curated one (lib/userdata/test-catalogue.ts uses them too). */
export const film = (id: string, year: number, ...titles: string[]): MatchableFilm => ({ id, year, titles });
export const curated = (id: string, year: number, ...titles: string[]): MatchableFilm => ({ id, year, titles, curated: true });

export const REAL_FILMS: MatchableFilm[] = [
  curated('drive-2011', 2011, 'Drive'),
  curated('the-driver-1978', 1978, 'Driver', 'The Driver'),
  curated('taxi-driver-1976', 1976, 'Taxi Driver'),
  curated('pusher-1996', 1996, 'Pusher'),
  curated('pusher-ii-2004', 2004, 'Pusher II'),
  curated('pusher-3-2005', 2005, 'Pusher 3'),
  curated('valhalla-rising-2009', 2009, 'Walhalla Rising', 'Valhalla Rising'),
  // No "mußten" alias here on purpose: ß → ss must make the old spelling match by itself.
  curated('never-let-me-go-2010', 2010, 'Alles, was wir geben mussten', 'Never Let Me Go'),
];

export const STAND_IN_FILMS: MatchableFilm[] = [
  film('point-break-1991', 1991, 'Gefährliche Brandung', 'Point Break'),
  film('point-break-2015', 2015, 'Point Break'),
  film('footloose-1984', 1984, 'Footloose'),
  film('footloose-2011', 2011, 'Footloose'),
  film('fahrenheit-451-1966', 1966, 'Fahrenheit 451'),
  film('fahrenheit-451-2018', 2018, 'Fahrenheit 451'),
  film('all-quiet-on-the-western-front-1930', 1930, 'Im Westen nichts Neues', 'All Quiet on the Western Front'),
  film('all-quiet-on-the-western-front-2022', 2022, 'Im Westen nichts Neues', 'All Quiet on the Western Front'),
  film('the-lucky-one-2012', 2012, 'The Lucky One - Für immer der Deine', 'The Lucky One'),
  film('the-big-easy-1986', 1986, 'Der große Leichtsinn', 'The Big Easy'),
  film('self-less-2015', 2015, 'Self/less - Der Fremde in mir', 'Self/less'),
  film('face-off-1997', 1997, 'Im Körper des Feindes', 'Face/Off'),
  film('fahrenheit-9-11-2004', 2004, 'Fahrenheit 9/11'),
  film('sahara-2005', 2005, 'Sahara - Abenteuer in der Wüste', 'Sahara'),
  film('jack-in-the-box-2019', 2019, 'Jack in the Box - Es lebt', 'The Jack in the Box'),
  film('mission-impossible-1996', 1996, 'Mission: Impossible'),
  film('les-miserables-2012', 2012, 'Les Misérables'),
  film('the-blues-brothers-1980', 1980, 'Blues Brothers', 'The Blues Brothers'),
  film('schindlers-list-1993', 1993, 'Schindlers Liste', "Schindler's List"),
  film('at-any-price-2012', 2012, 'Um jeden Preis', 'At Any Price'),
  film('spider-man-into-the-spider-verse-2018', 2018, 'Spider-Man: A New Universe', 'Spider-Man: Into the Spider-Verse'),
  film('hollow-man-2000', 2000, 'Hollow Man: Unsichtbare Gefahr', 'Hollow Man'),
  film('alter-weisser-mann-2024', 2024, 'Alter weißer Mann'),
  film('hit-man-2023', 2023, 'A Killer Romance', 'Hit Man'),
  film('the-creator-2023', 2023, 'The Creator'),
  film('deception-2008', 2008, 'Deception - Tödliche Versuchung', 'Deception'),
  film('me-and-orson-welles-2008', 2008, 'Ich & Orson Welles', 'Me and Orson Welles'),
  film('what-to-expect-when-youre-expecting-2012', 2012, "Was passiert, wenn's passiert ist", "What to Expect When You're Expecting"),
  film('that-awkward-moment-2014', 2014, 'Für immer Single?', 'That Awkward Moment'),
  film('enemy-mine-1985', 1985, 'Enemy Mine - Geliebter Feind', 'Enemy Mine'),
  film('frequency-2000', 2000, 'Frequency'),
  film('the-devil-wears-prada-2006', 2006, 'Der Teufel trägt Prada', 'The Devil Wears Prada'),
  film('men-in-black-1997', 1997, 'Men in Black'),
  film('the-crimson-rivers-2000', 2000, 'Die purpurnen Flüsse', 'Les Rivières pourpres'),
  film('jennifers-body-2009', 2009, "Jennifer's Body - Jungs nach ihrem Geschmack", "Jennifer's Body"),
  film('the-collection-2012', 2012, 'The Collection'),
  film('cool-runnings-1993', 1993, 'Cool Runnings – Dabei sein ist alles', 'Cool Runnings'),
  film('season-of-the-witch-2011', 2011, 'Der letzte Tempelritter', 'Season of the Witch'),
];

export const TEST_FILMS = [...REAL_FILMS, ...STAND_IN_FILMS];
export const TEST_INDEX = buildTitleIndex(TEST_FILMS);

/** One table row: the raw page text, what the cleaner should make of it, and the film it names (or null). */
export type TitleRow = [
  input: string,
  title: string,
  year: number | null,
  kind: TitleKind,
  matchId: string | null,
  hints?: TitleHints,
];

/** Checks one row against the test catalogue: cleaned title, year, kind and the matched film id. */
export function expectRow(...[input, title, year, kind, matchId, hints]: TitleRow): void {
  const { cleaned, match } = lookupTitle(TEST_INDEX, input, hints);
  expect({ title: cleaned.title, year: cleaned.year, kind: cleaned.kind }).toEqual({ title, year, kind });
  expect(match?.id ?? null).toBe(matchId);
  expect(matchTitle(TEST_INDEX, input, hints)).toEqual(match);
}

/**
 * Sure or only a question (evidence.ts): the traps of a catalogue of tens of thousands of real films.
 * Films below are real entries of the Wikipedia base data (title, year) beside one curated film.
 */
import { describe, expect, it } from 'vitest';
import { buildTitleIndex, matchTitle } from './match';
import type { MatchableFilm, TitleHints } from './types';

const base = (id: string, year: number, title: string): MatchableFilm => ({ id, year, titles: [title] });

const FILMS: MatchableFilm[] = [
  { id: 'drive-2011', year: 2011, titles: ['Drive'], curated: true },
  base('drive-1997', 1997, 'Drive'),
  base('heat-1972', 1972, 'Heat'),
  base('heat-1986', 1986, 'Heat'),
  base('heat-1995', 1995, 'Heat'),
  base('fargo-1996', 1996, 'Fargo'),
  base('bones-2001', 2001, 'Bones'),
  base('prison-break-1938', 1938, 'Prison Break'),
  base('last-man-standing-1996', 1996, 'Last Man Standing'),
  base('the-killing-1956', 1956, 'The Killing'),
  base('spider-man-into-the-spider-verse-2018', 2018, 'Spider-Man: Into the Spider-Verse'),
  base('the-lucky-one-2012', 2012, 'The Lucky One'),
  base('inglourious-basterds-2009', 2009, 'Inglourious Basterds'),
  base('indiana-jones-and-the-dial-of-destiny-2023', 2023, 'Indiana Jones and the Dial of Destiny'),
  base('the-help-2011', 2011, 'The Help'),
  base('the-intruder-1975', 1975, 'The Intruder'),
  base('the-menu-2022', 2022, 'The Menu'),
  base('braveheart-1925', 1925, 'Braveheart'),
  base('braveheart-1995', 1995, 'Braveheart'),
  base('all-quiet-on-the-western-front-1930', 1930, 'All Quiet on the Western Front'),
  base('all-quiet-on-the-western-front-2022', 2022, 'All Quiet on the Western Front'),
];
const INDEX = buildTitleIndex(FILMS);

type Row = [text: string, hints: TitleHints | undefined, id: string | null, sure: boolean | null];

const rows: Row[] = [
  // Three films named "Heat": no answer without a year; with one, a sure answer.
  ['Heat', undefined, null, null],
  ['Heat (1995)', undefined, 'heat-1995', true],
  ['Heat', { year: 1986 }, 'heat-1986', true],
  // Several namesakes, one of them not old: that one, as a question (never picked silently as a fact).
  ['Braveheart', undefined, 'braveheart-1995', false],
  ['Braveheart', { kind: 'film' }, 'braveheart-1995', false],
  ['Braveheart (1925)', undefined, 'braveheart-1925', true],
  ['All Quiet on the Western Front', undefined, 'all-quiet-on-the-western-front-2022', false],
  // Series that carry the name of a film: a question at most.
  ['Fargo', undefined, 'fargo-1996', false],
  ['Bones', undefined, 'bones-2001', false],
  ['Fargo - Staffel 3', undefined, null, null],
  ['Bones', { kind: 'series' }, null, null],
  // Old namesakes: a newer work of the same name is more likely on a streaming page.
  ['Prison Break', undefined, 'prison-break-1938', false],
  ['The Killing', { kind: 'film' }, 'the-killing-1956', false],
  ['The Killing (1956)', undefined, 'the-killing-1956', true],
  // A year that disagrees: no film at all ("The Intruder", a 2019 film beside the 1975 one).
  ['The Intruder', { year: 2019 }, null, null],
  ['The Intruder', undefined, 'the-intruder-1975', false],
  // The site says film (Prime's "Movie", Disney+'s "Neuer Film"), the film is not old: sure.
  ['The Menu', { kind: 'film' }, 'the-menu-2022', true],
  ['The Menu', undefined, 'the-menu-2022', false],
  // Three words and 16 letters or more: distinctive.
  ['Spider-Man: Into the Spider-Verse', undefined, 'spider-man-into-the-spider-verse-2018', true],
  ['Indiana Jones and the Dial of Destiny', undefined, 'indiana-jones-and-the-dial-of-destiny-2023', true],
  ['Last Man Standing', undefined, 'last-man-standing-1996', false], // 15 letters: a series on Disney+
  ['Inglourious Basterds', undefined, 'inglourious-basterds-2009', false],
  ['The Help', undefined, 'the-help-2011', false],
  // Only one half of a German release title names it: a question; with a year, sure.
  ['The Lucky One - Für immer der Deine', undefined, 'the-lucky-one-2012', false],
  ['The Lucky One - Dead Reckoning', undefined, null, null],
  ['Drive - Ein Rennen', undefined, 'drive-2011', false],
  ['The Lucky One - Für immer der Deine (2012)', undefined, 'the-lucky-one-2012', true],
  // A curated film is sure by its title, also where a base film shares it.
  ['Drive', undefined, 'drive-2011', true],
  ['Drive [Blu-ray]', undefined, 'drive-2011', true],
  // The base data's namesake is found by its year.
  ['Drive (1997)', undefined, 'drive-1997', true],
  ['Drive', { year: 2012 }, 'drive-2011', true],
];

describe('sure or a question', () => {
  it.each(rows)('%s %j → %s, sure: %s', (text, hints, id, sure) => {
    const match = matchTitle(INDEX, text, hints);
    expect(match?.id ?? null).toBe(id);
    expect(match?.sure ?? null).toBe(sure);
  });
});

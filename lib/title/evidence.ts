/**
 * Whether a match is **sure**: shown as a fact, or only as a question ("Ist das *Heat* (1995)?"). With
 * tens of thousands of films many titles are shared, series carry the names of films ("Fargo", "Bones"),
 * and a page shows films whose namesake in the catalogue is another film. So a title that names one
 * film is sure only with evidence (measured on the saved real pages: README, "Precision"):
 *   - the page states a year that agrees with the film's (text or site, ±1: the matcher checked it);
 *   - both halves of "EN title - DE title" name the film (a German release title is no accident);
 *   - the film is a curated one (its reviews were written for the title as German pages show it);
 *   - never when only one half of "A - B" names the film (beside a German half: a German release title?);
 *   - never when several films share the title and the matcher picked the one that is not old;
 *   - the film is not old (NAMESAKE_BEFORE) and the site says the title is a film, or the title is
 *     distinctive: several words and long enough that a namesake is unlikely ("Spider-Man: Into the
 *     Spider-Verse", not "Heat", "Bones", "The Killing").
 */
import type { TitleHints } from './types';

/** Films older than this are, on a streaming or shop page without a year, more often a newer namesake. */
export const NAMESAKE_BEFORE = 1980;
/** A distinctive title's key has at least this many words … */
export const DISTINCTIVE_WORDS = 3;
/** … and at least this many letters and digits. */
export const DISTINCTIVE_LETTERS = 16;

export interface Evidence {
  /** A year the page states agrees with the film. */
  statedYear: boolean;
  /** Both halves of "EN title - DE title" name the film. */
  bothHalves: boolean;
  /** Only one half of "EN title - DE title" names the film, the other is German and names none. */
  oneHalf: boolean;
  /** Several films have the title and no year told them apart: the matcher picked the one that is not old. */
  namesakes: boolean;
}

export function isSure(film: { year: number; curated: boolean }, key: string, hints: TitleHints | undefined, evidence: Evidence): boolean {
  if (evidence.statedYear || evidence.bothHalves) return true;
  if (evidence.oneHalf) return false;
  if (film.curated) return true;
  if (evidence.namesakes || film.year < NAMESAKE_BEFORE) return false;
  return hints?.kind === 'film' || isDistinctive(key);
}

/** Several words and enough letters that another work of the same name is unlikely. */
function isDistinctive(key: string): boolean {
  const words = key.split(' ');
  return words.length >= DISTINCTIVE_WORDS && key.length - (words.length - 1) >= DISTINCTIVE_LETTERS;
}

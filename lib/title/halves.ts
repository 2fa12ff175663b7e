/**
 * "EN title - DE subtitle" and the reverse: German releases join two titles with a spaced dash
 * ("The Lucky One - Für immer der Deine", "Der große Leichtsinn - The Big Easy", "Jack in the Box – ES lebt").
 * Only a dash with a space on both sides separates: "Spider-Man" and "9-1-1" stay whole. The colon does
 * not separate either: it is usually part of the real title ("Mission: Impossible", "Tron: Ares").
 */
import { DASHES } from './normalize';

/** A dash of any width (DASHES) with a space on both sides. */
const SPACED_DASH = / [-\u2010-\u2015\u2212] /;

/** At most this many split points are considered; real titles have one or two. */
const MAX_SPLITS = 4;

/**
 * The parts of a whitespace-collapsed title between spaced dashes, trimmed, in order.
 * "A - B – C" gives ["A", "B", "C"]; a title without spaced dashes gives [title].
 */
export function splitAtSpacedDashes(title: string): string[] {
  if (!SPACED_DASH.test(title)) return [title];
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i < title.length - 1; i++) {
    if (title[i - 1] === ' ' && DASHES.has(title[i] ?? '') && title[i + 1] === ' ') {
      parts.push(title.slice(start, i - 1));
      start = i + 2;
    }
  }
  parts.push(title.slice(start));
  return parts.map((part) => part.trim());
}

/**
 * Each way to cut the title in two at one spaced dash: "A - B - C" gives [["A", "B - C"], ["A - B", "C"]].
 * Halves that would be empty are left out.
 */
export function titleHalves(title: string): Array<[string, string]> {
  const parts = splitAtSpacedDashes(title);
  const halves: Array<[string, string]> = [];
  const splits = Math.min(parts.length - 1, MAX_SPLITS);
  for (let cut = 1; cut <= splits; cut++) {
    const left = parts.slice(0, cut).join(' - ');
    const right = parts.slice(cut).join(' - ');
    if (left !== '' && right !== '') halves.push([left, right]);
  }
  return halves;
}

/**
 * Rows of an export to catalogue films, with the matcher the pages use (lib/title). An export states
 * title and year, so a row is taken only when the match is sure: a stated year agrees (lib/title's
 * evidence rule, within ±1 year). Every other row is unmatched, with a German reason a person can
 * act on. A wrong film is worse than none, as everywhere in Filmlupe.
 */
import { matchTitle, titleKey, YEAR_TOLERANCE, type TitleIndex } from '../title/match';
import type { FilmMatch } from '../title/types';
import type { ImportRow } from './rows';

export type RowMatch = { film: FilmMatch } | { reason: string };

export const REASONS = {
  series: 'Serie, kein Film',
  notFilm: 'Kein Spielfilm',
  notInCatalogue: 'Nicht im Katalog',
  yearFits: 'Jahr passt zu keinem Film',
  namesakes: 'Mehrere Filme mit diesem Titel und Jahr',
  noYear: 'Ohne Jahr nicht sicher zuzuordnen',
  /** The catalogue has the title in that year, but the matcher reads the text as no film ("Open Season 2" as a season). */
  unsure: 'Nicht sicher zuzuordnen',
} as const;

export function matchRow(index: TitleIndex, row: ImportRow): RowMatch {
  if (row.kind === 'series') return { reason: `${REASONS.series} (${row.typeLabel ?? 'Serie'})` };
  if (row.kind === 'other') return { reason: `${REASONS.notFilm} (${row.typeLabel ?? 'anderer Titel'})` };
  const titles = row.originalTitle === undefined ? [row.title] : [row.title, row.originalTitle];
  let reason: string = REASONS.notInCatalogue;
  for (const title of titles) {
    const answer = matchOne(index, title, row.year);
    if ('film' in answer) return answer;
    // The most telling reason of the titles tried: a title the catalogue knows says more than one it does not.
    if (answer.reason !== REASONS.notInCatalogue) reason = answer.reason;
  }
  return { reason };
}

function matchOne(index: TitleIndex, title: string, year: number | null): RowMatch {
  // No kind hint: lib/title would take "the site calls it a film" as evidence, and a title without a
  // year ("Collateral") may be another film of that name that the catalogue lacks. The year is the evidence.
  const film = matchTitle(index, title, { year });
  if (film?.sure) return { film };
  if (film) return { reason: year === null ? REASONS.noYear : REASONS.unsure };
  const named = index.filmsNamed(titleKey(title), false);
  if (named.length === 0) return { reason: REASONS.notInCatalogue };
  const fitting = year === null ? named : named.filter((candidate) => Math.abs(candidate.year - year) <= YEAR_TOLERANCE);
  if (fitting.length === 0) return { reason: REASONS.yearFits };
  if (fitting.length > 1) return { reason: REASONS.namesakes };
  return { reason: year === null ? REASONS.noYear : REASONS.unsure };
}

/**
 * A deliberately simple matcher for unit tests of the background: a whole title equal to one of a
 * film's titles (case-insensitive), no year conflict, exactly one film. The real matcher is
 * lib/title/match.ts; these tests are about what the background does with its answers.
 */
import type { Matcher } from './catalogue-service';
import type { MatchableFilm } from '../title/types';

export const standInMatcher: Matcher<MatchableFilm[]> = {
  toMatchable: (film) => ({ id: film.id, year: film.year, titles: [film.germanTitle, film.originalTitle, ...film.aliases] }),
  buildTitleIndex: (films) => films,
  titleKey: (input) => input.trim().toLowerCase(),
  matchTitle(films, input, hints) {
    const key = input.trim().toLowerCase();
    const found = films.filter(
      (film) => film.titles.some((title) => title.toLowerCase() === key) && (!hints?.year || hints.year === film.year),
    );
    const [only] = found;
    if (found.length !== 1 || !only) return null;
    return { id: only.id, title: only.titles[0] ?? only.id, year: only.year };
  },
};

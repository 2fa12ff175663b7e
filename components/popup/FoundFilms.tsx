/**
 * The films found on the tab, each with the user's rating and watchlist state; choosing one opens its
 * card on the page. Unsure matches carry a "?".
 */
import type { FilmMatch } from '../../lib/title/types';
import type { UserFilm } from '../../lib/userdata/types';
import { OwnState } from './OwnState';

interface Props {
  films: FilmMatch[];
  /** The user's entries for these films, by film id (those that have one). */
  userFilms: ReadonlyMap<string, UserFilm>;
  onChoose(film: FilmMatch): void;
}

export function FoundFilms({ films, userFilms, onChoose }: Props) {
  const unsure = films.some((film) => film.sure === false);
  return (
    <section aria-labelledby="gefunden">
      <h2 id="gefunden">
        {films.length === 1 ? '1 Film auf dieser Seite' : `${films.length} Filme auf dieser Seite`}
      </h2>
      <ul class="film-list">
        {films.map((film) => (
          <li key={film.id}>
            <button type="button" class="link" onClick={() => onChoose(film)}>
              {film.title} <span class="hint">({film.year})</span>
              {film.sure === false && (
                <span class="unsure">
                  <span aria-hidden="true"> ?</span>
                  <span class="visually-hidden">, unsicher</span>
                </span>
              )}
            </button>{' '}
            <OwnState entry={userFilms.get(film.id)} />
          </li>
        ))}
      </ul>
      {unsure && <p class="hint">? = unsicher erkannt: Die Karte fragt, ob es dieser Film ist.</p>}
    </section>
  );
}

/** The popup's "Merkliste": every film the user put on the watchlist (in the card or by an import), newest first. */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging';
import type { UserFilm } from '../../lib/userdata/types';
import { OwnState } from './OwnState';

export function Watchlist({ chosenId, onChoose }: { chosenId: string | null; onChoose(id: string): void }) {
  const [films, setFilms] = useState<UserFilm[] | null>(null);
  useEffect(() => {
    let live = true;
    sendMessage('getWatchlist').then(
      (answer) => live && setFilms(answer),
      () => live && setFilms([]),
    );
    return () => {
      live = false;
    };
  }, []);

  if (films === null) return <p class="hint">Lädt …</p>;
  return (
    <section aria-labelledby="merkliste-titel">
      <h2 id="merkliste-titel">{films.length === 1 ? '1 Film auf der Merkliste' : `${films.length} Filme auf der Merkliste`}</h2>
      {films.length === 0 ? (
        <p class="hint">Noch leer. In der Karte eines Films: „Auf die Merkliste“.</p>
      ) : (
        <ul class="film-list">
          {films.map((film) => (
            <li key={film.filmId}>
              <button type="button" class="link" aria-pressed={film.filmId === chosenId} onClick={() => onChoose(film.filmId)}>
                {film.title} {film.year !== null && <span class="hint">({film.year})</span>}
              </button>{' '}
              <OwnState entry={film} watchlist={false} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

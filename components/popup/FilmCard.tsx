/**
 * A short card for one film inside the popup: title, year, director, verdicts; for a film of the
 * Wikipedia base data (no reviews, no directors) its genres, leading cast and source instead.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type FilmDetails } from '../../lib/messaging';
import { BASE_FILM_SOURCE, isBaseFilm, verdictSummary } from '../popover/format';

/** The leading actors the short card names. */
const CAST_SHOWN = 4;

export function FilmCard({ filmId }: { filmId: string }) {
  const [details, setDetails] = useState<FilmDetails | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    setDetails(undefined);
    sendMessage('getFilmDetails', { id: filmId }).then(
      (answer) => live && setDetails(answer),
      () => live && setDetails(null),
    );
    return () => {
      live = false;
    };
  }, [filmId]);

  if (details === undefined) return <p class="hint">Lädt …</p>;
  if (details === null) return <p class="hint">Zu diesem Film gibt es keine Angaben.</p>;

  const { film, reviews, mentionedIn } = details;
  const headingId = `karte-${film.id}`;
  const verdicts = verdictSummary(reviews);
  const base = isBaseFilm(film);
  return (
    <article class="film-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {film.germanTitle} ({film.year})
      </h2>
      {film.originalTitle !== film.germanTitle && <p class="hint">Originaltitel: {film.originalTitle}</p>}
      {film.directors.length > 0 && <p>Regie: {film.directors.join(', ')}</p>}
      {film.genres.length > 0 && <p class="hint">Genre: {film.genres.join(', ')}</p>}
      {base && film.cast.length > 0 && <p>Mit {film.cast.slice(0, CAST_SHOWN).map((member) => member.name).join(', ')}</p>}
      {base ? (
        <p class="hint">{BASE_FILM_SOURCE}</p>
      ) : verdicts ? (
        <p>{verdicts}</p>
      ) : reviews.length > 0 ? (
        <p>{reviews.length === 1 ? '1 Text' : `${reviews.length} Texte`} im Katalog, ohne Urteil.</p>
      ) : (
        <p class="hint">Noch keine Kritik im Katalog.</p>
      )}
      {reviews.length === 0 &&
        mentionedIn.map((mention) => (
          <p key={mention.filmId} class="hint">
            Erwähnt in der Kritik zu {mention.title} ({mention.year}).
          </p>
        ))}
    </article>
  );
}

import type { ComponentChildren } from 'preact';
import type { Film } from '../../lib/catalogue/types';
import { filmHeading } from './format';
import { CloseIcon, GearIcon } from './Icons';

interface Props {
  film: Film;
  headingId: string;
  /** Above the title: the question of an unsure match, or the answer to it. */
  question?: ComponentChildren;
  /** The match is unsure: the facts are a "maybe", not the film the page shows. */
  maybe?: boolean;
  onOpenSettings(): void;
  onClose(): void;
}

/** German title and year (the dialog's name when sure), original title, director(s), genres, gear and close. */
export function FilmHeader({ film, headingId, question, maybe = false, onOpenSettings, onClose }: Props) {
  const showOriginal = film.originalTitle && film.originalTitle !== film.germanTitle;
  return (
    <header class={maybe ? 'fl-header fl-header-maybe' : 'fl-header'}>
      <div class="fl-titles">
        {question}
        {maybe && <p class="fl-kicker">Vielleicht dieser Film:</p>}
        <h2 id={headingId} class="fl-title">
          {filmHeading(film.germanTitle, film.year)}
        </h2>
        {showOriginal && <p class="fl-original">Originaltitel: {film.originalTitle}</p>}
        {film.directors.length > 0 && <p class="fl-director">Regie: {film.directors.join(', ')}</p>}
        {film.genres.length > 0 && (
          <p class="fl-genres">
            <span class="fl-visually-hidden">Genre: </span>
            {film.genres.join(', ')}
          </p>
        )}
      </div>
      <div class="fl-tools">
        <button type="button" class="fl-icon-button" onClick={onOpenSettings} aria-label="Einstellungen" title="Einstellungen">
          <GearIcon />
        </button>
        <button type="button" class="fl-icon-button" onClick={onClose} aria-label="Schließen" title="Schließen">
          <CloseIcon />
        </button>
      </div>
    </header>
  );
}

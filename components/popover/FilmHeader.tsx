import type { Film } from '../../lib/catalogue/types';
import { filmHeading } from './format';
import { CloseIcon, GearIcon } from './Icons';

interface Props {
  film: Film;
  headingId: string;
  onOpenSettings(): void;
  onClose(): void;
}

/** German title and year (the dialog's name), original title, director(s), gear and close. */
export function FilmHeader({ film, headingId, onOpenSettings, onClose }: Props) {
  const showOriginal = film.originalTitle && film.originalTitle !== film.germanTitle;
  return (
    <header class="fl-header">
      <div class="fl-titles">
        <h2 id={headingId} class="fl-title">
          {filmHeading(film.germanTitle, film.year)}
        </h2>
        {showOriginal && <p class="fl-original">Originaltitel: {film.originalTitle}</p>}
        {film.directors.length > 0 && <p class="fl-director">Regie: {film.directors.join(', ')}</p>}
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

import { useState } from 'preact/hooks';
import type { FilmDetails } from '../../lib/messaging';
import type { Settings } from '../../lib/settings';
import { CastList } from './CastList';
import { FilmHeader } from './FilmHeader';
import { MentionNote } from './MentionNote';
import { RatingSummary } from './RatingSummary';
import { ReviewList } from './ReviewList';

export const POPOVER_ID = 'filmlupe-card';
const HEADING_ID = 'filmlupe-card-title';
const DESCRIPTION_ID = 'filmlupe-card-description';

type PopoverSettings = Pick<Settings, 'showRatings' | 'showCast' | 'showReviews' | 'showSpoilers'>;

export interface PopoverProps {
  details: FilmDetails;
  settings: PopoverSettings;
  /** Resolved theme: 'auto' follows prefers-color-scheme in the stylesheet. */
  theme: Settings['theme'];
  onClose(): void;
  onOpenSettings(): void;
  /** "Nicht dieser Film?": resolves once the correction is stored. */
  onNotThisFilm(): Promise<void>;
}

/** The film card: a non-modal dialog named "<Deutscher Titel> (<Jahr>)". */
export function Popover({ details, settings, theme, onClose, onOpenSettings, onNotThisFilm }: PopoverProps) {
  const { film, reviews } = details;
  const [correction, setCorrection] = useState<'idle' | 'saving' | 'done' | 'failed'>('idle');

  async function reportWrongFilm() {
    setCorrection('saving');
    try {
      await onNotThisFilm();
      setCorrection('done');
    } catch {
      setCorrection('failed');
    }
  }

  return (
    <div id={POPOVER_ID} role="dialog" tabIndex={-1} aria-labelledby={HEADING_ID} aria-describedby={DESCRIPTION_ID} class={`fl-card fl-theme-${theme}`}>
      <FilmHeader film={film} headingId={HEADING_ID} onOpenSettings={onOpenSettings} onClose={onClose} />
      <div class="fl-body">
        <p id={DESCRIPTION_ID} class="fl-visually-hidden">
          Filmlupe: Kritiken und Besetzung, offline. Escape schließt die Karte.
        </p>
        {settings.showRatings && <RatingSummary reviews={reviews} />}
        {settings.showCast && <CastList cast={film.cast} />}
        {settings.showReviews &&
          (reviews.length > 0 ? <ReviewList reviews={reviews} showSpoilers={settings.showSpoilers} /> : <MentionNote mentions={details.mentionedIn} />)}
      </div>
      <footer class="fl-footer">
        {correction === 'done' ? (
          <p role="status" class="fl-confirmation">
            Danke! Dieser Titel wird nicht mehr als „{film.germanTitle}“ erkannt.
          </p>
        ) : (
          <button type="button" class="fl-link-button" disabled={correction === 'saving'} onClick={reportWrongFilm}>
            Nicht dieser Film?
          </button>
        )}
        {correction === 'failed' && <p role="status" class="fl-confirmation">Das hat nicht geklappt. Bitte später erneut versuchen.</p>}
        <span class="fl-brand" aria-hidden="true">
          Filmlupe
        </span>
      </footer>
    </div>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { FilmDetails } from '../../lib/messaging';
import type { Settings } from '../../lib/settings';
import { CastList } from './CastList';
import { FilmHeader } from './FilmHeader';
import { BASE_FILM_SOURCE, isBaseFilm } from './format';
import { MatchQuestion, type QuestionState } from './MatchQuestion';
import { MentionNote } from './MentionNote';
import { OwnFilmData, type OwnDataActions } from './OwnFilmData';
import { RatingSummary } from './RatingSummary';
import { ReviewList } from './ReviewList';

export const POPOVER_ID = 'filmlupe-card';
const HEADING_ID = 'filmlupe-card-title';
const QUESTION_ID = 'filmlupe-card-question';
const DESCRIPTION_ID = 'filmlupe-card-description';

type PopoverSettings = Pick<Settings, 'showRatings' | 'showCast' | 'showReviews' | 'showSpoilers'>;

export interface PopoverProps extends Partial<OwnDataActions> {
  details: FilmDetails;
  settings: PopoverSettings;
  /** Resolved theme: 'auto' follows prefers-color-scheme in the stylesheet. */
  theme: Settings['theme'];
  /** False: the match has no evidence; the card asks "Ist das …?" before it tells. Absent: sure. */
  sure?: boolean;
  onClose(): void;
  onOpenSettings(): void;
  /** "Nicht dieser Film?" (and "Nein" to the question): resolves once the correction is stored. */
  onNotThisFilm(): Promise<void>;
  /** "Ja" to the question: resolves once the confirmation is stored. */
  onConfirm?(): Promise<void>;
}

type Progress = 'idle' | 'saving' | 'done' | 'failed';

/** Runs a stored answer and follows its progress. */
function useAnswer(store: (() => Promise<void>) | undefined): [Progress, () => Promise<void>] {
  const [progress, setProgress] = useState<Progress>('idle');
  async function answer() {
    setProgress('saving');
    try {
      await store?.();
      setProgress('done');
    } catch {
      setProgress('failed');
    }
  }
  return [progress, answer];
}

/** The film card: a non-modal dialog named "<Deutscher Titel> (<Jahr>)", or by its question while unsure. */
export function Popover({ details, settings, theme, sure = true, onClose, onOpenSettings, onNotThisFilm, onConfirm, onSetWatchlist, onSetSeen }: PopoverProps) {
  const { film, reviews } = details;
  const [correction, reportWrongFilm] = useAnswer(onNotThisFilm);
  const [confirmation, confirm] = useAnswer(onConfirm);
  const confirmedRef = useRef<HTMLParagraphElement>(null);
  const asking = !sure && confirmation !== 'done' && correction !== 'done';
  const questionState: QuestionState = confirmation === 'failed' || correction === 'failed' ? 'failed' : confirmation === 'saving' || correction === 'saving' ? 'saving' : 'open';
  // The buttons disappear with the answer: keep keyboard focus where they were.
  useEffect(() => {
    if (confirmation === 'done') confirmedRef.current?.focus();
  }, [confirmation]);

  const question = asking ? (
    <MatchQuestion film={film} headingId={QUESTION_ID} state={questionState} onYes={confirm} onNo={reportWrongFilm} />
  ) : confirmation === 'done' ? (
    <p role="status" class="fl-confirmation fl-answered" ref={confirmedRef} tabIndex={-1}>
      Gemerkt: Dieser Titel ist ab jetzt „{film.germanTitle}“ ({film.year}).
    </p>
  ) : null;
  const hasReviewText = reviews.length > 0 || details.mentionedIn.length > 0;

  return (
    <div id={POPOVER_ID} role="dialog" tabIndex={-1} aria-labelledby={asking ? QUESTION_ID : HEADING_ID} aria-describedby={DESCRIPTION_ID} class={`fl-card fl-theme-${theme}`}>
      <FilmHeader film={film} headingId={HEADING_ID} question={question} maybe={!sure && confirmation !== 'done'} onOpenSettings={onOpenSettings} onClose={onClose} />
      <div class="fl-body">
        <p id={DESCRIPTION_ID} class="fl-visually-hidden">
          {asking ? 'Filmlupe ist unsicher, ob der Titel diesen Film meint. ' : ''}Filmlupe: Kritiken und Besetzung, offline. Escape schließt die Karte.
        </p>
        {/* The user's own data is about the film: not while the card still asks whether it is this one. */}
        {!asking && onSetWatchlist && onSetSeen && (
          <OwnFilmData user={details.user} showSpoilers={settings.showSpoilers} onSetWatchlist={onSetWatchlist} onSetSeen={onSetSeen} />
        )}
        {settings.showRatings && <RatingSummary reviews={reviews} />}
        {settings.showCast && <CastList cast={film.cast} />}
        {settings.showReviews &&
          (reviews.length > 0 ? (
            <ReviewList reviews={reviews} showSpoilers={settings.showSpoilers} />
          ) : (
            // A base film has no review text: no empty review section.
            (hasReviewText || !isBaseFilm(film)) && <MentionNote mentions={details.mentionedIn} />
          ))}
        {isBaseFilm(film) && <p class="fl-source">{BASE_FILM_SOURCE}</p>}
      </div>
      <footer class="fl-footer">
        {correction === 'done' ? (
          <p role="status" class="fl-confirmation">
            Danke! Dieser Titel wird nicht mehr als „{film.germanTitle}“ erkannt.
          </p>
        ) : (
          !asking && (
            <button type="button" class="fl-link-button" disabled={correction === 'saving'} onClick={reportWrongFilm}>
              Nicht dieser Film?
            </button>
          )
        )}
        {correction === 'failed' && !asking && <p role="status" class="fl-confirmation">Das hat nicht geklappt. Bitte später erneut versuchen.</p>}
        <span class="fl-brand" aria-hidden="true">
          Filmlupe
        </span>
      </footer>
    </div>
  );
}

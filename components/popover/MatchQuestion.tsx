import type { Film } from '../../lib/catalogue/types';

export type QuestionState = 'open' | 'saving' | 'failed';

interface Props {
  film: Pick<Film, 'germanTitle' | 'year'>;
  /** The question names the card (the dialog is labelled by it while it asks). */
  headingId: string;
  state: QuestionState;
  onYes(): void;
  onNo(): void;
}

/**
 * An unsure match asks before it tells: "Ist das *Heat* (1995)?" with Ja and Nein, first in the card
 * and first in its tab order. The film's facts below are only a "maybe" (see FilmHeader's `maybe`).
 */
export function MatchQuestion({ film, headingId, state, onYes, onNo }: Props) {
  return (
    <div class="fl-question">
      <h2 id={headingId} class="fl-question-title">
        Ist das <em>{film.germanTitle}</em> ({film.year})?
      </h2>
      <p class="fl-question-hint">Der Titel passt, aber nichts auf der Seite bestätigt den Film.</p>
      <div class="fl-answers" role="group" aria-labelledby={headingId}>
        <button type="button" class="fl-answer fl-answer-yes" disabled={state === 'saving'} onClick={onYes}>
          Ja
        </button>
        <button type="button" class="fl-answer" disabled={state === 'saving'} onClick={onNo}>
          Nein
        </button>
      </div>
      {state === 'failed' && (
        <p role="status" class="fl-confirmation">
          Das hat nicht geklappt. Bitte später erneut versuchen.
        </p>
      )}
    </div>
  );
}

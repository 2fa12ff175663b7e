/**
 * "Deine Wertung": what the user has on this film (lib/userdata: imported from Letterboxd or IMDb, or
 * set here): their rating on its own scale, the days seen, their own review under the card's spoiler
 * rules, and two toggles, "Auf die Merkliste" and "Gesehen", that work without any import.
 * A toggle shows its new state only once the background stored it; a failed write says so.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UserFilm, UserReview } from '../../lib/userdata/types';
import { germanDate } from './format';
import { ReviewText } from './ReviewExcerpt';
import { ownRatingText, ratingOrigin, seenDatesText } from './own-format';

const TITLE_ID = 'filmlupe-card-own';

export interface OwnDataActions {
  /** Resolves with the entry as stored now (null: nothing is left about the film); rejects when not stored. */
  onSetWatchlist(onList: boolean): Promise<UserFilm | null>;
  onSetSeen(seen: boolean): Promise<UserFilm | null>;
}

interface Props extends OwnDataActions {
  user: UserFilm | null;
  showSpoilers: boolean;
}

export function OwnFilmData({ user, showSpoilers, onSetWatchlist, onSetSeen }: Props) {
  const [entry, setEntry] = useState(user);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => setEntry(user), [user]);
  const onList = entry?.watchlistSince !== undefined;
  const seen = entry?.seen === true;
  const seenText = entry ? seenDatesText(entry.seenDates) : null;

  async function change(write: () => Promise<UserFilm | null>) {
    // aria-disabled, not disabled, while saving: a disabled button would drop the keyboard focus.
    if (saving) return;
    setSaving(true);
    setFailed(false);
    try {
      setEntry(await write());
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section class="fl-own" aria-labelledby={TITLE_ID}>
      <h3 id={TITLE_ID} class="fl-section-title">
        Deine Wertung
      </h3>
      {entry?.rating && (
        <p class="fl-own-rating">
          <strong class="fl-score-value">{ownRatingText(entry.rating)}</strong>
          <span class="fl-score-source">{ratingOrigin(entry.rating)}</span>
        </p>
      )}
      {seenText && <p class="fl-own-seen">{seenText}</p>}
      {entry?.reviews.map((review, index) => <OwnReview key={index} review={review} showSpoilers={showSpoilers} />)}
      <div class="fl-own-actions">
        <Toggle label="Auf die Merkliste" pressed={onList} busy={saving} onToggle={() => change(() => onSetWatchlist(!onList))} />
        <Toggle label="Gesehen" pressed={seen} busy={saving} onToggle={() => change(() => onSetSeen(!seen))} />
      </div>
      {failed && (
        <p role="status" class="fl-confirmation">
          Das hat nicht geklappt. Bitte später erneut versuchen.
        </p>
      )}
    </section>
  );
}

/** A toggle button: its name stays, aria-pressed and the visible check say whether it is on. */
function Toggle({ label, pressed, busy, onToggle }: { label: string; pressed: boolean; busy: boolean; onToggle(): void }) {
  return (
    <button type="button" class="fl-toggle" aria-pressed={pressed} aria-disabled={busy} onClick={onToggle}>
      <span class="fl-toggle-mark" aria-hidden="true">
        {pressed ? '✓' : '+'}
      </span>
      {label}
    </button>
  );
}

/** The user's own review: the card's spoiler rules (hidden behind a button unless spoilers are shown), long text expandable. */
function OwnReview({ review, showSpoilers }: { review: UserReview; showSpoilers: boolean }) {
  const date = germanDate(review.date);
  const paragraphs = review.text.split('\n').filter((line) => line.trim() !== '');
  return <ReviewText source={date ? `Deine Kritik · ${date}` : 'Deine Kritik'} paragraphs={paragraphs} spoiler={review.spoiler} showSpoilers={showSpoilers} variant="fl-own-review" />;
}

import type { Review } from '../../lib/catalogue/types';
import { scoreText, verdictSummary } from './format';

/** Scores where the reviews give them and the verdict count; nothing when the data has neither. */
export function RatingSummary({ reviews }: { reviews: Review[] }) {
  const summary = verdictSummary(reviews);
  const scored = reviews.filter((review) => review.score !== null);
  if (!summary && scored.length === 0) return null;
  return (
    <section class="fl-rating" aria-label="Wertung">
      {scored.length > 0 && (
        <ul class="fl-scores">
          {scored.map((review) => (
            <li key={review.id} class="fl-score">
              <strong class="fl-score-value">{scoreText(review.score!)}</strong>
              <span class="fl-score-source">{review.outlet ?? review.author ?? 'Quelle unbekannt'}</span>
            </li>
          ))}
        </ul>
      )}
      {summary && <p class="fl-verdicts">{summary}</p>}
    </section>
  );
}

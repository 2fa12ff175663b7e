import type { Review } from '../../lib/catalogue/types';
import { ReviewExcerpt } from './ReviewExcerpt';

/** Reviews first, plot summaries after: the verdicts are what a hovering user came for. */
export function ReviewList({ reviews, showSpoilers }: { reviews: Review[]; showSpoilers: boolean }) {
  const ordered = [...reviews].sort((a, b) => Number(a.kind !== 'Kritik') - Number(b.kind !== 'Kritik'));
  return (
    <section class="fl-reviews" aria-label="Kritiken">
      {ordered.map((review) => (
        <ReviewExcerpt key={review.id} review={review} showSpoilers={showSpoilers} />
      ))}
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Review } from '../../lib/catalogue/types';
import { excerptOf, sourceLine } from './format';

interface Props {
  review: Review;
  showSpoilers: boolean;
}

/** One review: its source line, an excerpt expandable to the full text, spoilers behind a button. */
export function ReviewExcerpt({ review, showSpoilers }: Props) {
  const [spoilerRevealed, setSpoilerRevealed] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const hidden = review.spoiler && !showSpoilers && !spoilerRevealed;
  const excerpt = excerptOf(review.paragraphs);
  const textRef = useRef<HTMLDivElement>(null);
  // The revealing button disappears: keep keyboard focus in place by moving it to the revealed text.
  useEffect(() => {
    if (spoilerRevealed) textRef.current?.focus();
  }, [spoilerRevealed]);
  return (
    <article class="fl-review">
      <p class="fl-review-source">
        {sourceLine(review)}
        {review.spoiler && <span class="fl-tag">Spoiler</span>}
      </p>
      {hidden ? (
        <button type="button" class="fl-spoiler-button" onClick={() => setSpoilerRevealed(true)}>
          Spoiler anzeigen
        </button>
      ) : (
        <div class="fl-review-text" ref={textRef} tabIndex={-1}>
          {expanded ? review.paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>) : <p>{excerpt.text}</p>}
          {review.excerpt && expanded && <p class="fl-note">Auszug aus einem längeren Text.</p>}
          {excerpt.shortened && (
            <button type="button" class="fl-link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
              {expanded ? 'Weniger' : 'Ganzen Text lesen'}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

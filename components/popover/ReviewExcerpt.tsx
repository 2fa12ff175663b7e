import { useEffect, useRef, useState } from 'preact/hooks';
import type { Review } from '../../lib/catalogue/types';
import { excerptOf, sourceLine } from './format';

interface ReviewTextProps {
  /** Who wrote it and when, as the card names it ("film-dienst · Anna Muster · 3. März 2024", "Deine Kritik"). */
  source: string;
  paragraphs: readonly string[];
  spoiler: boolean;
  showSpoilers: boolean;
  /** Shown under the full text (a review that is itself an excerpt says so). */
  fullTextNote?: string;
  /** An extra class of the article (the user's own review looks different). */
  variant?: string;
}

/** One review text: its source line, an excerpt expandable to the full text, spoilers behind a button. */
export function ReviewText({ source, paragraphs, spoiler, showSpoilers, fullTextNote, variant }: ReviewTextProps) {
  const [spoilerRevealed, setSpoilerRevealed] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const hidden = spoiler && !showSpoilers && !spoilerRevealed;
  const excerpt = excerptOf(paragraphs);
  const textRef = useRef<HTMLDivElement>(null);
  // The revealing button disappears: keep keyboard focus in place by moving it to the revealed text.
  useEffect(() => {
    if (spoilerRevealed) textRef.current?.focus();
  }, [spoilerRevealed]);
  return (
    <article class={variant ? `fl-review ${variant}` : 'fl-review'}>
      <p class="fl-review-source">
        {source}
        {spoiler && <span class="fl-tag">Spoiler</span>}
      </p>
      {hidden ? (
        <button type="button" class="fl-spoiler-button" onClick={() => setSpoilerRevealed(true)}>
          Spoiler anzeigen
        </button>
      ) : (
        <div class="fl-review-text" ref={textRef} tabIndex={-1}>
          {expanded ? paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>) : <p>{excerpt.text}</p>}
          {fullTextNote && expanded && <p class="fl-note">{fullTextNote}</p>}
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

/** A catalogue review, attributed (outlet, author, date). */
export function ReviewExcerpt({ review, showSpoilers }: { review: Review; showSpoilers: boolean }) {
  return (
    <ReviewText
      source={sourceLine(review)}
      paragraphs={review.paragraphs}
      spoiler={review.spoiler}
      showSpoilers={showSpoilers}
      fullTextNote={review.excerpt ? 'Auszug aus einem längeren Text.' : undefined}
    />
  );
}

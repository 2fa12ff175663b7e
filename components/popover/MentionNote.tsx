import type { FilmDetails } from '../../lib/messaging';
import { filmHeading } from './format';

/** For a film without a review: where a review of another film mentions it, quoted verbatim. */
export function MentionNote({ mentions }: { mentions: FilmDetails['mentionedIn'] }) {
  if (mentions.length === 0) return <p class="fl-empty">Noch keine Kritik zu diesem Film.</p>;
  return (
    <section class="fl-mentions">
      {mentions.map((mention) => (
        <figure key={`${mention.filmId}:${mention.sentence}`} class="fl-mention">
          <figcaption>Noch keine Kritik – erwähnt in der Kritik zu {filmHeading(mention.title, mention.year)}:</figcaption>
          <blockquote>„{mention.sentence}“</blockquote>
        </figure>
      ))}
    </section>
  );
}

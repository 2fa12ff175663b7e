/** Pure text helpers for the popover (German). */
import type { Film, Review } from '../../lib/catalogue/types';

/** The source line of a film of the Wikipedia base data (its card, the popup's short card). */
export const BASE_FILM_SOURCE = 'Filmdaten: Wikipedia, CC BY-SA 4.0';
/** The catalogue's attribution as a whole (popup, README). */
export const CATALOGUE_ATTRIBUTION = 'Filmdaten: Wikipedia (englisch), CC BY-SA 4.0, über prust/wikipedia-movie-data';

/** A film of the Wikipedia base data only: no directors, no reviews, its facts from Wikipedia. */
export function isBaseFilm(film: Pick<Film, 'source'>): boolean {
  return film.source === 'wikipedia';
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** "2011-09-14" → "14. September 2011"; anything else → null (never a made-up date). */
export function germanDate(iso: string | null): string | null {
  const parts = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!parts) return null;
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${day}. ${MONTHS[month - 1]} ${parts[1]}`;
}

/** "Kritiker: 2 von 2 positiv", plus mixed/negative counts when there are any; null without verdicts. */
export function verdictSummary(reviews: Review[]): string | null {
  const judged = reviews.filter((review) => review.kind === 'Kritik' && review.verdict !== null);
  if (judged.length === 0) return null;
  const count = (verdict: Review['verdict']) => judged.filter((review) => review.verdict === verdict).length;
  const others = [
    count('gemischt') > 0 ? `${count('gemischt')} gemischt` : null,
    count('negativ') > 0 ? `${count('negativ')} negativ` : null,
  ].filter(Boolean);
  const summary = `Kritiker: ${count('positiv')} von ${judged.length} positiv`;
  return others.length > 0 ? `${summary} (${others.join(', ')})` : summary;
}

/** "9/10" as the review gives it (decimal comma in German: "7,5/10"). */
export function scoreText(score: NonNullable<Review['score']>): string {
  const value = String(score.value).replace('.', ',');
  return `${value}/${score.max}`;
}

/**
 * The first `limit` characters of the text, cut at a word boundary, with "…" when shortened.
 * Linear in the text length (no regular expression over page-sized input).
 */
export function excerptOf(paragraphs: readonly string[], limit = 280): { text: string; shortened: boolean } {
  const whole = paragraphs.join(' ');
  if (whole.length <= limit) return { text: whole, shortened: false };
  const lastSpace = whole.lastIndexOf(' ', limit);
  const cut = lastSpace > limit * 0.6 ? lastSpace : limit;
  return { text: `${whole.slice(0, cut).trimEnd()} …`, shortened: true };
}

/** "Kritik · epd Film · Anna Muster · 14. September 2011", or "Kritik · Quelle unbekannt". */
export function sourceLine(review: Review): string {
  const date = germanDate(review.date);
  const source = [review.outlet, review.author].filter(Boolean);
  if (source.length === 0) source.push('Quelle unbekannt');
  return [review.kind, ...source, date].filter(Boolean).join(' · ');
}

export function filmHeading(title: string, year: number): string {
  return `${title} (${year})`;
}

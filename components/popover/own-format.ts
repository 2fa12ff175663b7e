/** Pure text helpers for the card's "Deine Wertung" (the user's own data, lib/userdata), German. */
import type { UserDataSource, UserRating } from '../../lib/userdata/types';
import { germanDate } from './format';

const SOURCE_NAMES: Record<UserDataSource, string> = { letterboxd: 'Letterboxd', imdb: 'IMDb', filmlupe: 'Filmlupe' };

export function sourceName(source: UserDataSource): string {
  return SOURCE_NAMES[source] ?? source;
}

/** On the scale the user gave it, German decimal comma: "4,5 von 5" (Letterboxd), "8 von 10" (IMDb). */
export function ownRatingText(rating: Pick<UserRating, 'value' | 'scale'>): string {
  return `${String(rating.value).replace('.', ',')} von ${rating.scale}`;
}

/** "Letterboxd, 3. März 2024": where the rating comes from and when it was given, as far as known. */
export function ratingOrigin(rating: Pick<UserRating, 'source' | 'date'>): string {
  return [sourceName(rating.source), germanDate(rating.date)].filter(Boolean).join(', ');
}

/** "A", "A und B", "A, B und C". */
function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

/** Viewings shown by date; more than these are counted instead. */
const DATES_SHOWN = 3;

/**
 * "Gesehen am 3. März 2024", "Gesehen am 3. März 2024 und 5. Mai 2025", or, for many viewings,
 * "5-mal gesehen, zuletzt am 5. Mai 2025". Null without a readable date (seen at all shows on the button).
 */
export function seenDatesText(isoDates: readonly string[]): string | null {
  const dates = isoDates.flatMap((iso) => germanDate(iso) ?? []);
  if (dates.length === 0) return null;
  if (dates.length > DATES_SHOWN) return `${dates.length}-mal gesehen, zuletzt am ${dates[dates.length - 1]}`;
  return `Gesehen am ${listed(dates)}`;
}

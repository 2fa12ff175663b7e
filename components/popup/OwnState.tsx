/** The user's own data on one film in the popup's lists: their rating and whether it is on the watchlist or seen. */
import type { UserFilm } from '../../lib/userdata/types';
import { ownRatingText } from '../popover/own-format';

export function OwnState({ entry, watchlist = true }: { entry: UserFilm | undefined; watchlist?: boolean }) {
  if (!entry) return null;
  const parts = [
    entry.rating ? `Deine Wertung ${ownRatingText(entry.rating)}` : null,
    watchlist && entry.watchlistSince !== undefined ? 'auf der Merkliste' : null,
    entry.seen && !entry.rating ? 'gesehen' : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return <span class="own-state">{parts.join(' · ')}</span>;
}

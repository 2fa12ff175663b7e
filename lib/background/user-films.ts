/**
 * The user's own film data for the background (lib/userdata: ratings, viewings, watchlist, reviews in
 * IndexedDB store `userFilms`): one entry for the card, a list for the popup, the watchlist and
 * "Gesehen" buttons, and the set of seen film ids the matcher's answers carry (`seen: true`, for
 * dimming seen films on the page).
 *
 * The same two rules as user-answers.ts: a read never holds an answer back for long (a stuck
 * database answers "nothing known" after `readWaitMs`; the seen set is waited for once per worker
 * life, then applied when it arrives), and a write is stored first, then mirrored: a failed write
 * rejects and the memory claims nothing.
 */
import type { FilmlupeDatabase } from '../db';
import { allUserFilms, markSeen, putOnWatchlist, userFilm, watchlist, type UserFilm } from '../userdata/index';
import { localIsoDate, type FilmRef } from '../userdata/model';
import { logOnce } from './log';
import { READ_WAIT_MS, StoredMirror, WRITE_WAIT_MS, withinTime, writableDatabase } from './user-answers';

export interface UserFilmsOptions {
  /** The worker's one connection (shared with the corrections, user-answers.ts). */
  database(): Promise<FilmlupeDatabase>;
  readWaitMs?: number;
  writeWaitMs?: number;
  /** Today as ISO date (the day a film goes onto the watchlist); a stand-in in tests. */
  today?: () => string;
}

export class UserFilms {
  /** Ids of the films the user has seen, once read (and every write since). */
  private readonly seen: StoredMirror<Set<string>>;

  constructor(private readonly options: UserFilmsOptions) {
    this.seen = new StoredMirror(() => this.readSeen(), this.readWaitMs, 'Gesehene Filme nicht lesbar (IndexedDB)');
  }

  private get readWaitMs(): number {
    return this.options.readWaitMs ?? READ_WAIT_MS;
  }

  /** `read` on the database, or `fallback` when it fails or takes longer than the read wait (logged once). */
  private async bounded<T>(kind: string, fallback: T, read: (database: FilmlupeDatabase) => Promise<T>, ms = this.readWaitMs): Promise<T> {
    try {
      return await withinTime(this.options.database().then(read), ms, `${kind}: IndexedDB antwortet nicht`);
    } catch (error) {
      logOnce(`Eigene Filmdaten nicht lesbar (${kind})`, error);
      return fallback;
    }
  }

  /** The user's entry for one film (the card), or null: never later than the read wait. */
  film(filmId: string): Promise<UserFilm | null> {
    return this.bounded('Karte', null, async (database) => (await userFilm(database, filmId)) ?? null);
  }

  /** The entries of these films, those that have one (the popup's list of the tab's films). */
  films(filmIds: readonly string[]): Promise<UserFilm[]> {
    return this.bounded('Liste', [], async (database) => {
      const tx = database.transaction('userFilms');
      const entries = await Promise.all([...new Set(filmIds)].map((id) => tx.store.get(id)));
      return entries.filter((entry): entry is UserFilm => entry !== undefined);
    }, this.options.writeWaitMs ?? WRITE_WAIT_MS);
  }

  /** Every film on the watchlist, the most recently added first (the popup's "Merkliste"). */
  watchlist(): Promise<UserFilm[]> {
    return this.bounded('Merkliste', [], watchlist, this.options.writeWaitMs ?? WRITE_WAIT_MS);
  }

  private async readSeen(): Promise<Set<string>> {
    const entries = await allUserFilms(await this.options.database());
    return new Set(entries.filter((entry) => entry.seen).map((entry) => entry.filmId));
  }

  /** The seen films as far as read by now: the first call of a worker waits at most the read wait. */
  seenIds(): Promise<ReadonlySet<string> | null> {
    return this.seen.current();
  }

  /** The data changed outside the worker (import, restore, delete on the settings page): read the set anew. */
  reload(): Promise<void> {
    return this.seen.reload();
  }

  private writable(): Promise<FilmlupeDatabase> {
    return writableDatabase(this.options.database, this.options.writeWaitMs ?? WRITE_WAIT_MS, 'die Angabe');
  }

  /** "Auf die Merkliste" / off it again. Returns the entry as stored now (null: nothing left about the film). */
  async setWatchlist(film: FilmRef, onList: boolean): Promise<UserFilm | null> {
    const today = (this.options.today ?? localIsoDate)();
    return (await putOnWatchlist(await this.writable(), film, onList, today)) ?? null;
  }

  /** "Gesehen" / not seen. Stored first, then the seen set follows. */
  async setSeen(film: FilmRef, seen: boolean): Promise<UserFilm | null> {
    const stored = (await markSeen(await this.writable(), film, seen)) ?? null;
    const set = await this.seen.afterWrite();
    if (seen) set?.add(film.id);
    else set?.delete(film.id);
    return stored;
  }
}

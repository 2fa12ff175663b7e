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
export { USER_DATA_CHANGED_KEY } from '../messaging';
import { READ_WAIT_MS, WRITE_WAIT_MS, waitAtMost, withinTime, writableDatabase } from './user-answers';

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
  private seen: Set<string> | null = null;
  private reading: Promise<Set<string>> | null = null;
  private firstWait: Promise<unknown> | null = null;

  constructor(private readonly options: UserFilmsOptions) {}

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

  private readSeen(): Promise<Set<string>> {
    this.reading ??= (async () => {
      const entries = await allUserFilms(await this.options.database());
      this.seen = new Set(entries.filter((entry) => entry.seen).map((entry) => entry.filmId));
      return this.seen;
    })().finally(() => (this.reading = null));
    return this.reading;
  }

  /** The seen films as far as read by now: the first call of a worker waits at most the read wait. */
  async seenIds(): Promise<ReadonlySet<string> | null> {
    if (this.seen) return this.seen;
    const read = this.readSeen().catch((error: unknown) => logOnce('Gesehene Filme nicht lesbar (IndexedDB)', error));
    this.firstWait ??= waitAtMost(read, this.readWaitMs);
    await this.firstWait;
    return this.seen;
  }

  /** The data changed outside the worker (import, restore, delete on the settings page): read the set anew. */
  async reload(): Promise<void> {
    await this.readSeen();
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
    // A read under way may have started before the write: the write is applied to what it finds.
    const set = this.seen ?? (this.reading ? await this.reading.catch(() => null) : null);
    if (seen) set?.add(film.id);
    else set?.delete(film.id);
    return stored;
  }
}

/**
 * What the user told us: "Nicht dieser Film" corrections and "Ja" confirmations, stored in IndexedDB
 * (lib/db.ts) and mirrored in memory for the matcher, as `${titleKey}\n${filmId}`.
 *
 * Two rules, so that nothing is lost silently and nothing waits forever on the database:
 * - reads never hold an answer back for long: the first answers of a worker wait for the stored
 *   answers at most `readWaitMs`, then they are given from the bundled catalogue alone until the
 *   stored answers arrive (a blocked upgrade, a slow disk); from then on they are applied;
 * - a write is stored first and mirrored only after: when it fails (storage full, no IndexedDB, the
 *   database not opening within `writeWaitMs`) it rejects and the memory claims nothing.
 */
import * as db from '../db';
import { logOnce } from './log';

export interface UserAnswerSets {
  corrections: Set<string>;
  confirmations: Set<string>;
}

export interface UserAnswersOptions {
  /** Opens the database; `onClosed` is called when the connection goes (a newer version wants it). */
  openDb?: (onClosed: () => void) => Promise<db.FilmlupeDatabase>;
  /** How long the first answers of a worker wait for the stored answers. */
  readWaitMs?: number;
  /** How long a write (or the count) waits for the database to open before it is refused. */
  writeWaitMs?: number;
}

/** The first page is marked within 2 s of opening it, stored answers or not (tests/e2e/background-faults.spec.ts). */
export const READ_WAIT_MS = 500;
/** The card waits this long for "Danke!" at most; then it says that the answer was not saved. */
export const WRITE_WAIT_MS = 3000;

export const answerId = (titleKey: string, filmId: string) => `${titleKey}\n${filmId}`;

const ids = (stored: Array<{ titleKey: string; filmId: string }>) => new Set(stored.map((answer) => answerId(answer.titleKey, answer.filmId)));

/** `work`, or a rejection with `message` when it takes longer than `ms`. */
export function withinTime<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Resolves when `work` settles or after `ms`, whichever is first (never rejects: the caller looks at what was read). */
export function waitAtMost(work: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([work.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))]);
}

/**
 * The database for a write within `ms`, or a rejection saying that `what` cannot be stored (the
 * underlying failure as its cause): the card and the popup then say that it did not work.
 */
export async function writableDatabase<T>(open: () => Promise<T>, ms: number, what: string): Promise<T> {
  const message = `IndexedDB nicht verfügbar: ${what} kann nicht gespeichert werden`;
  try {
    return await withinTime(open(), ms, message);
  } catch (error) {
    throw new Error(message, { cause: error });
  }
}

/**
 * What the worker keeps in memory of a stored set (the answers, the seen films), by the two rules of
 * the file's comment: read once, the first wait of a worker bounded; a write applied to what a read
 * finds. A read under way is kept until it has succeeded, and a reload starts a new one: a read that
 * began before the data changed must not stand for it.
 */
export class StoredMirror<T> {
  private value: T | null = null;
  private reading: Promise<T> | null = null;
  /** The one wait of a worker's life for the stored data. */
  private firstWait: Promise<unknown> | null = null;

  constructor(
    private readonly readStored: () => Promise<T>,
    private readonly waitMs: number,
    /** Logged once when the data cannot be read. */
    private readonly unreadable: string,
  ) {}

  /** Reads once; a failed read is tried again on the next call. A read a reload replaced sets nothing. */
  private read(): Promise<T> {
    if (this.reading) return this.reading;
    const reading: Promise<T> = this.readStored().then(
      (value) => {
        if (this.reading === reading) this.value = value;
        return value;
      },
      (error: unknown) => {
        if (this.reading === reading) this.reading = null;
        throw error;
      },
    );
    this.reading = reading;
    return reading;
  }

  /** The data changed outside the worker (the settings page): read it anew. */
  async reload(): Promise<void> {
    this.reading = null;
    await this.read();
  }

  /** The data as far as read by now: null until it is (the first call of a worker waits at most `waitMs`). */
  async current(): Promise<T | null> {
    if (this.value) return this.value;
    const read = this.read().catch((error: unknown) => logOnce(this.unreadable, error));
    this.firstWait ??= waitAtMost(read, this.waitMs);
    await this.firstWait;
    return this.value;
  }

  /**
   * The data in memory after a write, to apply the write to: read now if it was not yet (the read then
   * holds the write, or the write is added to what a read under way finds). Null when it cannot be
   * read: the next read finds the write on disk.
   */
  afterWrite(): Promise<T | null> {
    return this.read().catch(() => null);
  }
}

export class UserAnswers {
  private connection: Promise<db.FilmlupeDatabase> | null = null;
  /** The stored answers once read (and every write since). */
  private readonly sets: StoredMirror<UserAnswerSets>;

  constructor(private readonly options: UserAnswersOptions = {}) {
    this.sets = new StoredMirror(() => this.read(), options.readWaitMs ?? READ_WAIT_MS, 'Korrekturen nicht lesbar (IndexedDB)');
  }

  /** One connection per worker life; a failed open, or a connection a newer version took away, is opened again. */
  database(): Promise<db.FilmlupeDatabase> {
    this.connection ??= (this.options.openDb ?? db.openFilmlupeDB)(() => (this.connection = null)).catch((error: unknown) => {
      this.connection = null;
      throw error;
    });
    return this.connection;
  }

  private writable(): Promise<db.FilmlupeDatabase> {
    return writableDatabase(() => this.database(), this.options.writeWaitMs ?? WRITE_WAIT_MS, 'die Antwort');
  }

  private async read(): Promise<UserAnswerSets> {
    const database = await this.database();
    const [corrections, confirmations] = await Promise.all([db.allCorrections(database), db.allConfirmations(database)]);
    return { corrections: ids(corrections), confirmations: ids(confirmations) };
  }

  /** The answers changed outside the worker (a backup restored on the settings page): read them anew. */
  reload(): Promise<void> {
    return this.sets.reload();
  }

  /** The stored answers as far as they are read by now: null until they are (see the file's comment). */
  current(): Promise<UserAnswerSets | null> {
    return this.sets.current();
  }

  /** "Nicht dieser Film": also drops a "Ja" for the same title and film (the later answer wins). */
  async addCorrection(correction: db.Correction): Promise<void> {
    await db.putCorrection(await this.writable(), correction);
    const sets = await this.sets.afterWrite();
    sets?.corrections.add(answerId(correction.titleKey, correction.filmId));
    sets?.confirmations.delete(answerId(correction.titleKey, correction.filmId));
  }

  async confirm(confirmation: db.Confirmation): Promise<void> {
    await db.putConfirmation(await this.writable(), confirmation);
    (await this.sets.afterWrite())?.confirmations.add(answerId(confirmation.titleKey, confirmation.filmId));
  }

  async clearCorrections(): Promise<void> {
    await db.clearCorrections(await this.writable());
    (await this.sets.afterWrite())?.corrections.clear();
  }

  async countCorrections(): Promise<number> {
    return db.countCorrections(await this.writable());
  }
}

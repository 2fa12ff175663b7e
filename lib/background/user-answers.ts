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

export class UserAnswers {
  private connection: Promise<db.FilmlupeDatabase> | null = null;
  /** The stored answers once read (and every write since). */
  private sets: UserAnswerSets | null = null;
  private reading: Promise<UserAnswerSets> | null = null;
  /** The one wait of a worker's life for the stored answers (see the file's comment). */
  private firstWait: Promise<unknown> | null = null;

  constructor(private readonly options: UserAnswersOptions = {}) {}

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

  /** Reads the stored answers once; a failed read is tried again on the next call. */
  private read(): Promise<UserAnswerSets> {
    this.reading ??= (async () => {
      const database = await this.database();
      const [corrections, confirmations] = await Promise.all([db.allCorrections(database), db.allConfirmations(database)]);
      this.sets = { corrections: ids(corrections), confirmations: ids(confirmations) };
      return this.sets;
    })().catch((error: unknown) => {
      this.reading = null;
      throw error;
    });
    return this.reading;
  }

  /** The answers changed outside the worker (a backup restored on the settings page): read them anew. */
  async reload(): Promise<void> {
    this.reading = null;
    await this.read();
  }

  /** The stored answers as far as they are read by now: null until they are (see the file's comment). */
  async current(): Promise<UserAnswerSets | null> {
    if (this.sets) return this.sets;
    const read = this.read().catch((error: unknown) => logOnce('Korrekturen nicht lesbar (IndexedDB)', error));
    this.firstWait ??= waitAtMost(read, this.options.readWaitMs ?? READ_WAIT_MS);
    await this.firstWait;
    return this.sets;
  }

  /**
   * The answers in memory after a write: read now if they were not yet (the read then holds the write,
   * or the write is added to what an earlier read found). Null when they cannot be read: the next read
   * finds the write on disk.
   */
  private async afterWrite(): Promise<UserAnswerSets | null> {
    return this.read().catch(() => null);
  }

  /** "Nicht dieser Film": also drops a "Ja" for the same title and film (the later answer wins). */
  async addCorrection(correction: db.Correction): Promise<void> {
    await db.putCorrection(await this.writable(), correction);
    const sets = await this.afterWrite();
    sets?.corrections.add(answerId(correction.titleKey, correction.filmId));
    sets?.confirmations.delete(answerId(correction.titleKey, correction.filmId));
  }

  async confirm(confirmation: db.Confirmation): Promise<void> {
    await db.putConfirmation(await this.writable(), confirmation);
    (await this.afterWrite())?.confirmations.add(answerId(confirmation.titleKey, confirmation.filmId));
  }

  async clearCorrections(): Promise<void> {
    await db.clearCorrections(await this.writable());
    (await this.afterWrite())?.corrections.clear();
  }

  async countCorrections(): Promise<number> {
    return db.countCorrections(await this.writable());
  }
}

/**
 * What the settings page's "Deine Filmdaten" does with the user's film data (lib/userdata): import the
 * picked exports and backups, export them, delete them. The page is an extension page: it opens the
 * same IndexedDB as the background and writes it directly, then tells the background through
 * `storage.local` (`userDataChangedAt`) so it reloads what it keeps in memory.
 */
import { browser } from 'wxt/browser';
import { allConfirmations, allCorrections, openFilmlupeDB, type FilmlupeDatabase } from '../../lib/db';
import { USER_DATA_CHANGED_KEY } from '../../lib/messaging';
import {
  allUserFilms,
  applyImport,
  backupToJson,
  clearUserFilms,
  createBackup,
  exportLetterboxd,
  ImportError,
  prepareImport,
  readBackup,
  restoreBackup,
  tooLargeToRead,
  type Backup,
  type ImportPlan,
  type PickedFile,
  type ProgressCallback,
} from '../../lib/userdata/index';
import { localIsoDate } from '../../lib/userdata/model';
import type { TitleIndex } from '../../lib/title/match';

/** A picked file the page can read as text too (a `File` fits). */
export interface PickedTextFile extends PickedFile {
  text(): Promise<string>;
}

export interface ImportOutcome {
  /** The exports' plan (null: only backups were picked). */
  plan: ImportPlan | null;
  /** Backups restored: their films, corrections and confirmations. */
  backups: { films: number; corrections: number; confirmations: number } | null;
  /** Films stored now that were not stored before (0 when the same export is imported again). */
  added: number;
}

export interface ImportSteps {
  index(): Promise<TitleIndex>;
  onProgress?: ProgressCallback;
}

const isBackup = (file: PickedFile) => file.name.toLowerCase().endsWith('.json');

/**
 * Reads every picked file first; any bad file stops everything with one ImportError naming all bad
 * files, before a single write. Then one transaction stores it all: exports and backups together.
 */
export async function importPicked(db: FilmlupeDatabase, files: readonly PickedTextFile[], steps: ImportSteps): Promise<ImportOutcome> {
  if (files.length === 0) throw new ImportError(['Keine Datei gewählt']);
  const problems: string[] = [];
  const backups: Backup[] = [];
  for (const file of files.filter(isBackup)) {
    try {
      backups.push(await readBackupFile(file));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems.push(...error.problems);
    }
  }
  const exports = files.filter((file) => !isBackup(file));
  let plan: ImportPlan | null = null;
  if (exports.length > 0) {
    try {
      plan = await prepareImport(exports, await steps.index(), steps.onProgress);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ImportError(problems);

  // One transaction for all: the films of every backup and export, corrections and confirmations.
  const added =
    backups.length === 0
      ? await applyImport(db, plan?.entries ?? [])
      : await restoreBackup(db, {
          films: [...backups.flatMap((backup) => backup.films), ...(plan?.entries ?? [])],
          corrections: backups.flatMap((backup) => backup.corrections),
          confirmations: backups.flatMap((backup) => backup.confirmations),
        });
  await markUserDataChanged();
  return {
    plan,
    backups: backups.length === 0 ? null : {
      films: new Set(backups.flatMap((backup) => backup.films.map((film) => film.filmId))).size,
      corrections: backups.reduce((sum, backup) => sum + backup.corrections.length, 0),
      confirmations: backups.reduce((sum, backup) => sum + backup.confirmations.length, 0),
    },
    added,
  };
}

async function readBackupFile(file: PickedTextFile): Promise<Backup> {
  const tooLarge = tooLargeToRead(file.size);
  if (tooLarge) throw new ImportError([`${file.name}: ${tooLarge}`]);
  return readBackup(file.name, await file.text());
}

/** Tells the background (and any other open page) that the user's film data changed. */
export async function markUserDataChanged(): Promise<void> {
  await browser.storage.local.set({ [USER_DATA_CHANGED_KEY]: Date.now() });
}

export async function deleteAllUserFilms(db: FilmlupeDatabase): Promise<void> {
  await clearUserFilms(db);
  await markUserDataChanged();
}

/** A file for the user to save. */
export interface DownloadFile {
  name: string;
  text: string;
  type: string;
}

/** The Letterboxd CSV of the seen, rated and reviewed films, and the watchlist's when it has any film. */
export async function letterboxdFiles(db: FilmlupeDatabase, today: Date): Promise<DownloadFile[]> {
  const films = await allUserFilms(db);
  const csv = exportLetterboxd(films);
  const date = localIsoDate(today);
  const files = [{ name: `filmlupe-filme-${date}.csv`, text: csv.films, type: 'text/csv' }];
  if (films.some((film) => film.watchlistSince !== undefined)) files.push({ name: `filmlupe-merkliste-${date}.csv`, text: csv.watchlist, type: 'text/csv' });
  return files;
}

/** Everything: films, corrections and confirmations (readable by `importPicked` again). */
export async function backupFile(db: FilmlupeDatabase, now: Date): Promise<DownloadFile> {
  const [films, corrections, confirmations] = await Promise.all([allUserFilms(db), allCorrections(db), allConfirmations(db)]);
  return { name: `filmlupe-sicherung-${localIsoDate(now)}.json`, text: backupToJson(createBackup(films, corrections, confirmations, now)), type: 'application/json' };
}

/** Saves a file through the browser's download (no `downloads` permission needed: a link with `download`). */
export function saveFile(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the data by the next task; the URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Opens the database for one action and closes it after: the page holds no connection the background's upgrade would wait for. */
export async function withDatabase<T>(work: (db: FilmlupeDatabase) => Promise<T>): Promise<T> {
  const db = await openFilmlupeDB();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

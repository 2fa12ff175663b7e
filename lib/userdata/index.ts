/**
 * What the settings page, the background and the card use of lib/userdata (README.md has the rules).
 * The import is two steps so the page can show what will happen before anything is stored:
 * `prepareImport` (pure: read, recognise, match) and `applyImport` (one transaction); `importFiles`
 * does both.
 */
import type { FilmlupeDatabase } from '../db';
import type { TitleIndex } from '../title/match';
import type { PickedFile } from './files';
import { prepareImport, type ImportPlan } from './import';
import { applyImport } from './store';
import type { ProgressCallback } from './types';

export { ImportError } from './errors';
export { MAX_FILE_BYTES, type PickedFile } from './files';
export { prepareImport, type ImportPlan, type ImportSummary, type ImportedFile } from './import';
export type { SkippedRow } from './rows';
export { ratingOutOfTen } from './model';
export {
  allUserFilms,
  applyImport,
  clearUserFilms,
  countUserFilms,
  markSeen,
  putOnWatchlist,
  restoreBackup,
  userFilm,
  watchlist,
} from './store';
export { exportLetterboxd, type LetterboxdExport } from './export';
export { BACKUP_VERSION, backupToJson, createBackup, readBackup, type Backup } from './backup';
export type { ProgressCallback, UserDataSource, UserFilm, UserRating, UserReview } from './types';

/**
 * Reads, matches and stores the picked files; progress runs over the rows (matching is the long
 * part), the write follows in one transaction. Throws ImportError (German, naming the file) before
 * anything is stored; returns the plan (summary and the rows not taken) once stored.
 */
export async function importFiles(db: FilmlupeDatabase, files: readonly PickedFile[], index: TitleIndex, onProgress?: ProgressCallback): Promise<ImportPlan> {
  const plan = await prepareImport(files, index, onProgress);
  await applyImport(db, plan.entries);
  return plan;
}

/**
 * What the settings page, the background and the card use of lib/userdata (README.md has the rules).
 * The import is two steps so the page can show what will happen before anything is stored:
 * `prepareImport` (pure: read, recognise, match) and `applyImport` (one transaction).
 */
export { ImportError } from './errors';
export { tooLargeToRead, type PickedFile } from './files';
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

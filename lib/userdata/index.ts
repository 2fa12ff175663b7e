/**
 * What the settings page, the background and the card use of lib/userdata (README.md has the rules).
 * The import is two steps so the page can show what will happen before anything is stored:
 * `prepareImport` (pure: read, recognise, match) and `applyImport` (one transaction).
 */
export { ImportError } from './errors';
export { tooLargeToRead, type PickedFile } from './files';
export { prepareImport, type ImportPlan } from './import';
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
export { exportLetterboxd } from './export';
export { backupToJson, createBackup, readBackup, type Backup } from './backup';
export type { ProgressCallback, UserFilm } from './types';

/**
 * "Deine Filmdaten" on the settings page: import Letterboxd and IMDb exports (and Filmlupe backups),
 * export them as Letterboxd CSV or a JSON backup, delete them. Progress and results are announced
 * politely; a bad file gets an alert naming every problem, and nothing is stored then.
 */
import { useEffect, useState } from 'preact/hooks';
import { countUserFilms, ImportError } from '../../lib/userdata/index';
import type { TitleIndex } from '../../lib/title/match';
import { catalogueIndex } from './catalogue-index';
import { DeleteUserData } from './DeleteUserData';
import { ImportReport } from './ImportReport';
import {
  backupFile,
  deleteAllUserFilms,
  importPicked,
  letterboxdFiles,
  saveFile,
  withDatabase,
  type ImportOutcome,
  type PickedTextFile,
} from './user-data';

interface Props {
  /** The matcher index; the page builds it from the bundled catalogue on the first import. */
  loadIndex?: () => Promise<TitleIndex>;
  /** After a backup was restored: it may have brought corrections. */
  onRestored?: () => void;
}

type Work =
  | { step: 'idle' }
  | { step: 'catalogue' }
  | { step: 'matching'; done: number; total: number }
  | { step: 'saving' }
  | { step: 'exporting' }
  | { step: 'deleting' };

const count = (n: number) => n.toLocaleString('de-DE');

export function UserDataSection({ loadIndex = catalogueIndex, onRestored }: Props) {
  const [stored, setStored] = useState<number | null>(null);
  const [work, setWork] = useState<Work>({ step: 'idle' });
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [status, setStatus] = useState('');
  const busy = work.step !== 'idle';

  const recount = () => withDatabase(countUserFilms).then(setStored, () => setStored(null));
  useEffect(() => {
    void recount();
    // The card's "Gesehen" and "Auf die Merkliste" change the data while this page may be open.
    window.addEventListener('focus', recount);
    return () => window.removeEventListener('focus', recount);
  }, []);

  async function importFiles(input: HTMLInputElement) {
    const files = [...(input.files ?? [])] as PickedTextFile[];
    if (files.length === 0) return;
    setOutcome(null);
    setProblems(null);
    setStatus('');
    try {
      const result = await withDatabase((db) =>
        importPicked(db, files, {
          index: () => {
            setWork({ step: 'catalogue' });
            return loadIndex();
          },
          onProgress: (done, total) => setWork(done < total ? { step: 'matching', done, total } : { step: 'saving' }),
        }),
      );
      setOutcome(result);
      setStatus(`Import abgeschlossen: ${result.added === 1 ? '1 neuer Film' : `${count(result.added)} neue Filme`}.`);
      if (result.backups) onRestored?.();
    } catch (error) {
      setProblems(error instanceof ImportError ? error.problems : ['Der Import ist fehlgeschlagen (Speicher voll oder gesperrt?).']);
      if (!(error instanceof ImportError)) console.error('Filmlupe: import failed', error);
    } finally {
      // The same files may be picked again (after fixing one of them).
      input.value = '';
      setWork({ step: 'idle' });
      await recount();
    }
  }

  async function exportFiles(kind: 'csv' | 'json') {
    setWork({ step: 'exporting' });
    try {
      const files = await withDatabase((db) => (kind === 'csv' ? letterboxdFiles(db, new Date()) : backupFile(db, new Date()).then((file) => [file])));
      files.forEach(saveFile);
      setStatus(kind === 'csv' ? `Gespeichert: ${files.map((file) => file.name).join(', ')}` : `Sicherung gespeichert: ${files[0]?.name}`);
    } catch (error) {
      console.error('Filmlupe: export failed', error);
      setStatus('Konnte nicht exportieren.');
    } finally {
      setWork({ step: 'idle' });
    }
  }

  async function deleteAll() {
    setWork({ step: 'deleting' });
    try {
      await withDatabase(deleteAllUserFilms);
      setOutcome(null);
      setStatus('Alle Filmdaten gelöscht.');
    } catch (error) {
      console.error('Filmlupe: delete failed', error);
      setStatus('Konnte nicht löschen.');
    } finally {
      setWork({ step: 'idle' });
      await recount();
    }
  }

  return (
    <fieldset class="user-data">
      <legend>Deine Filmdaten</legend>
      <p class="hint">
        Wertungen, Gesehen, Merkliste und eigene Kritiken aus Letterboxd (ZIP oder CSV) und IMDb (CSV) übernehmen. Alles
        bleibt in diesem Browser.
      </p>
      <p class="stored">{stored === null ? '' : stored === 0 ? 'Noch keine Filme gespeichert' : `${count(stored)} ${stored === 1 ? 'Film' : 'Filme'} gespeichert`}</p>

      <div class="file-row">
        <label for="import-dateien">Exporte oder Sicherung importieren (ZIP, CSV, JSON)</label>
        <input
          id="import-dateien"
          type="file"
          multiple
          accept=".zip,.csv,.json"
          disabled={busy}
          onChange={(event) => void importFiles(event.currentTarget)}
        />
      </div>

      <div role="status" aria-live="polite" class="import-progress">
        {work.step === 'catalogue' && 'Katalog wird geladen …'}
        {work.step === 'matching' && (
          <>
            <label for="import-fortschritt">
              Zeilen werden zugeordnet: {count(work.done)} von {count(work.total)}
            </label>
            <progress id="import-fortschritt" max={work.total} value={work.done} />
          </>
        )}
        {work.step === 'saving' && 'Wird gespeichert …'}
        {work.step === 'idle' && status}
      </div>

      {problems && (
        <div role="alert" class="import-problems">
          <p>
            <strong>Nichts importiert.</strong> Die gespeicherten Daten sind unverändert.
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome && <ImportReport outcome={outcome} />}

      <div class="button-row">
        <button type="button" disabled={busy || !stored} onClick={() => void exportFiles('csv')}>
          Als Letterboxd-CSV exportieren
        </button>
        <button type="button" disabled={busy} onClick={() => void exportFiles('json')}>
          Sicherung (JSON) speichern
        </button>
      </div>
      <DeleteUserData stored={stored} busy={busy} onDelete={deleteAll} />
    </fieldset>
  );
}

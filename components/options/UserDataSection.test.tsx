import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserDataSection } from './UserDataSection';
import { openFilmlupeDB, putCorrection } from '../../lib/db';
import { allUserFilms, backupToJson, countUserFilms, createBackup, type UserFilm } from '../../lib/userdata/index';
import { FIXTURES, importTestIndex } from '../../lib/userdata/test-catalogue';

const ZIP = 'letterboxd-testperson-2024-07-01-12-00-utc.zip';

/** A file as the browser's file input gives it. */
const fileOf = (path: string, name = path.split('/').pop()!) => new File([readFileSync(join(FIXTURES, path))], name);

function pick(files: File[]) {
  const input = screen.getByLabelText('Exporte oder Sicherung importieren (ZIP, CSV, JSON)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

async function stored(): Promise<UserFilm[]> {
  const db = await openFilmlupeDB();
  try {
    return (await allUserFilms(db)).sort((a, b) => (a.filmId < b.filmId ? -1 : 1));
  } finally {
    db.close();
  }
}

const changedAt = async () => (await fakeBrowser.storage.local.get('userDataChangedAt')).userDataChangedAt as number | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const section = () => screen.getByRole('group', { name: 'Deine Filmdaten' });

describe('UserDataSection: import', () => {
  it('imports the Letterboxd ZIP: summary, the rows not taken with their reasons, the count, and tells the background', async () => {
    render(<UserDataSection loadIndex={async () => importTestIndex()} />);
    expect(await within(section()).findByText('Noch keine Filme gespeichert')).toBeTruthy();
    const input = screen.getByLabelText('Exporte oder Sicherung importieren (ZIP, CSV, JSON)') as HTMLInputElement;
    expect([input.multiple, input.accept]).toEqual([true, '.zip,.csv,.json']);

    pick([fileOf(ZIP)]);
    const report = await screen.findByRole('region', { name: 'Import abgeschlossen' }, { timeout: 5000 });
    expect(within(report).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '19 von 23 Zeilen erkannt',
      '4 Zeilen nicht erkannt',
      '9 Filme betroffen, davon 9 neue Filme',
      '0 doppelte Zeilen zusammengeführt',
    ]);
    const table = within(report).getByRole('table', { name: 'Nicht erkannte Zeilen' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Datei', 'Zeile', 'Titel', 'Jahr', 'Grund']);
    expect(within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      [`${ZIP}/ratings.csv`, '6', 'Se7en', '1995', 'Nicht im Katalog'],
      [`${ZIP}/ratings.csv`, '7', 'Parasite', '2019', 'Jahr passt zu keinem Film'],
      [`${ZIP}/ratings.csv`, '8', 'Der Nebelwald von Quarnbek', '2021', 'Nicht im Katalog'],
      [`${ZIP}/watched.csv`, '8', 'Se7en', '1995', 'Nicht im Katalog'],
    ]);
    expect(await within(section()).findByText('9 Filme gespeichert')).toBeTruthy();
    expect((await stored()).length).toBe(9);
    expect(await changedAt()).toBeGreaterThan(0);
    // Results and progress go to one polite live region.
    const live = screen.getByRole('status');
    expect([live.getAttribute('aria-live'), live.textContent]).toEqual(['polite', 'Import abgeschlossen: 9 neue Filme.']);
    // The input is ready for the same file again.
    expect(input.value).toBe('');
  });

  it('shows every problem of bad files in an alert and stores nothing', async () => {
    render(<UserDataSection loadIndex={async () => importTestIndex()} />);
    pick([fileOf(ZIP), fileOf('bad/ratings.csv'), fileOf('bad/broken.zip'), new File(['{kaputt'], 'sicherung.json')]);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Nichts importiert. Die gespeicherten Daten sind unverändert.');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'sicherung.json: keine JSON-Datei (ist es eine Filmlupe-Sicherung?)',
      'broken.zip: ZIP-Datei ist beschädigt oder unvollständig',
      'ratings.csv: Spalte „Rating“ fehlt',
    ]);
    expect(screen.queryByRole('region', { name: 'Import abgeschlossen' })).toBeNull();
    expect(await stored()).toEqual([]);
    expect(await changedAt()).toBeUndefined();
  });

  it('refuses a backup over 50 MB without reading it', async () => {
    render(<UserDataSection loadIndex={async () => importTestIndex()} />);
    const huge = new File(['{}'], 'sicherung.json');
    Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 });
    const text = vi.spyOn(huge, 'text');
    pick([huge]);
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toContain('sicherung.json: Datei ist größer als 50 MB (60 MB) und wird nicht gelesen');
    expect(text).not.toHaveBeenCalled();
  });

  it('restores a JSON backup without building the catalogue index, and says so', async () => {
    const films: UserFilm[] = [{ filmId: 'drive-2011', title: 'Drive', year: 2011, rating: { value: 4.5, scale: 5, date: '2024-01-05', source: 'letterboxd' }, seen: true, seenDates: ['2024-01-04'], reviews: [], tags: [], sources: ['letterboxd'] }];
    const correction = { titleKey: 'driver', filmId: 'the-driver-1978', text: 'Driver', createdAt: 1 };
    const json = backupToJson(createBackup(films, [correction], [], new Date('2026-01-02T03:04:05Z')));
    const loadIndex = vi.fn(async () => importTestIndex());
    const onRestored = vi.fn();
    render(<UserDataSection loadIndex={loadIndex} onRestored={onRestored} />);

    pick([new File([json], 'filmlupe-sicherung-2026-01-02.json')]);
    const report = await screen.findByRole('region', { name: 'Import abgeschlossen' }, { timeout: 5000 });
    expect(within(report).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Sicherung: 1 Film, 1 Korrektur, 0 Bestätigungen', '1 neuer Film']);
    expect(await stored()).toEqual(films);
    expect(loadIndex).not.toHaveBeenCalled();
    expect(onRestored).toHaveBeenCalledOnce();
  });
});

describe('UserDataSection: export and delete', () => {
  async function withImport() {
    render(<UserDataSection loadIndex={async () => importTestIndex()} />);
    pick([fileOf(ZIP)]);
    await within(section()).findByText('9 Filme gespeichert', {}, { timeout: 5000 });
  }

  /** The files the page hands to the browser's download: name and text. */
  function captureDownloads() {
    const blobs = new Map<string, Blob>();
    const saved: Array<Promise<[string, string]>> = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(blobs.get(this.href)!.text().then((text) => [this.download, text]));
    });
    return async () => Promise.all(saved);
  }

  it('exports the films and the watchlist as two Letterboxd CSV files, and a JSON backup with the corrections', async () => {
    const db = await openFilmlupeDB();
    await putCorrection(db, { titleKey: 'driver', filmId: 'the-driver-1978', text: 'Driver', createdAt: 1 });
    db.close();
    await withImport();
    const downloads = captureDownloads();

    fireEvent.click(screen.getByRole('button', { name: 'Als Letterboxd-CSV exportieren' }));
    await vi.waitFor(async () => expect((await downloads()).length).toBe(2));
    const [[filmsName, filmsCsv], [listName, listCsv]] = (await downloads()) as [[string, string], [string, string]];
    expect(filmsName).toMatch(/^filmlupe-filme-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(filmsCsv.split('\r\n')[0]).toBe('LetterboxdURI,imdbID,Title,Year,Rating,Rating10,WatchedDate,Rewatch,Tags,Review');
    expect(listName).toMatch(/^filmlupe-merkliste-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(listCsv.split('\r\n').filter(Boolean)).toHaveLength(4);

    fireEvent.click(screen.getByRole('button', { name: 'Sicherung (JSON) speichern' }));
    await vi.waitFor(async () => expect((await downloads()).length).toBe(3));
    const [backupName, backupJson] = (await downloads())[2]!;
    expect(backupName).toMatch(/^filmlupe-sicherung-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(backupJson);
    expect([backup.format, backup.films.length, backup.corrections.length]).toEqual(['filmlupe-sicherung', 9, 1]);
  });

  it('deletes all film data only after the confirmation, says the corrections stay, and tells the background', async () => {
    await withImport();
    const changedByImport = await changedAt();
    fireEvent.click(screen.getByRole('button', { name: 'Alle meine Filmdaten löschen' }));
    const question = screen.getByRole('group', { name: 'Wirklich alle Daten zu 9 Filmen löschen?' });
    expect(question.textContent).toContain('Korrekturen („Nicht dieser Film“) bleiben');
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Abbrechen' }));

    fireEvent.click(within(question).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('group', { name: /Wirklich/ })).toBeNull();
    expect((await stored()).length).toBe(9);

    fireEvent.click(screen.getByRole('button', { name: 'Alle meine Filmdaten löschen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, alles löschen' }));
    expect(await within(section()).findByText('Noch keine Filme gespeichert')).toBeTruthy();
    expect(await stored()).toEqual([]);
    const db = await openFilmlupeDB();
    expect(await countUserFilms(db)).toBe(0);
    db.close();
    expect(await changedAt()).toBeGreaterThanOrEqual(changedByImport!);
    expect(screen.getByRole('status').textContent).toBe('Alle Filmdaten gelöscht.');
  });
});

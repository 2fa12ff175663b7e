import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { allConfirmations, allCorrections, openFilmlupeDB, putConfirmation, putCorrection, type Correction } from '../db';
import { backupToJson, createBackup, readBackup } from './backup';
import { ImportError } from './errors';
import { prepareImport } from './import';
import { allUserFilms, applyImport, clearUserFilms, putOnWatchlist, restoreBackup } from './store';
import { fixture, importTestIndex } from './test-catalogue';

const index = importTestIndex();
const NOW = new Date('2024-07-01T12:00:00Z');
const correction: Correction = { titleKey: 'drive', filmId: 'the-driver-1978', text: 'Drive', createdAt: 1 };
const confirmation: Correction = { titleKey: 'heat', filmId: 'heat-1995', text: 'Heat [Blu-ray]', createdAt: 2 };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function problemOf(json: string): string {
  try {
    readBackup('filmlupe.json', json);
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('no ImportError');
}

describe('JSON backup round trip', () => {
  it('restores everything the user had, without loss, into an emptied Filmlupe', async () => {
    const db = await openFilmlupeDB();
    await applyImport(db, (await prepareImport([fixture('letterboxd-testperson-2024-07-01-12-00-utc.zip'), fixture('imdb-ratings.csv')], index)).entries);
    await putOnWatchlist(db, { id: 'alien-1979', title: 'Alien', year: 1979 }, true, '2024-07-01');
    await putCorrection(db, correction);
    await putConfirmation(db, confirmation);
    const films = await allUserFilms(db);
    const json = backupToJson(createBackup(films, await allCorrections(db), await allConfirmations(db), NOW));

    await clearUserFilms(db);
    await db.clear('corrections');
    await db.clear('confirmations');
    await restoreBackup(db, readBackup('filmlupe.json', json));

    expect(await allUserFilms(db)).toEqual(films);
    expect(await allCorrections(db)).toEqual([correction]);
    expect(await allConfirmations(db)).toEqual([confirmation]);
  });

  it('restoring the same backup twice changes nothing', async () => {
    const db = await openFilmlupeDB();
    await applyImport(db, (await prepareImport([fixture('imdb-ratings.csv')], index)).entries);
    const backup = readBackup('filmlupe.json', backupToJson(createBackup(await allUserFilms(db), [correction], [], NOW)));
    await restoreBackup(db, backup);
    const once = await allUserFilms(db);
    await restoreBackup(db, backup);
    expect(await allUserFilms(db)).toEqual(once);
    expect(await allCorrections(db)).toEqual([correction]);
  });
});

describe('readBackup refuses what is not a sound backup, naming the file and the field', () => {
  const good = JSON.parse(backupToJson(createBackup([], [], [], NOW)));
  const withFilm = (film: Record<string, unknown>) =>
    JSON.stringify({
      ...good,
      films: [{ filmId: 'heat-1995', title: 'Heat', year: 1995, rating: null, seen: true, seenDates: [], reviews: [], tags: [], sources: ['imdb'], ...film }],
    });

  it.each([
    ['not JSON', 'Wertungen: 5', 'filmlupe.json: keine JSON-Datei (ist es eine Filmlupe-Sicherung?)'],
    ['another JSON file', JSON.stringify({ name: 'x' }), 'filmlupe.json: Feld „format“: fehlt'],
    ['another program’s data', JSON.stringify({ ...good, format: 'anderes' }), 'filmlupe.json: Feld „format“: keine Filmlupe-Sicherung'],
    ['a later version', JSON.stringify({ ...good, version: 2 }), 'filmlupe.json: Feld „version“: Version nicht lesbar (diese Filmlupe liest Version 1)'],
    ['a rating of 7 stars', withFilm({ rating: { value: 7, scale: 5, date: null, source: 'letterboxd' } }), 'filmlupe.json: Feld „films.0.rating.value“: Wertung außerhalb 0,5–5 (halbe Sterne)'],
    ['a rating of 7.5 of 10', withFilm({ rating: { value: 7.5, scale: 10, date: null, source: 'imdb' } }), 'filmlupe.json: Feld „films.0.rating.value“: Wertung außerhalb 1–10 (ganze Zahlen)'],
    ['a rating on another scale', withFilm({ rating: { value: 70, scale: 100, date: null, source: 'imdb' } }), 'filmlupe.json: Feld „films.0.rating“: Wertung: Skala 5 (Sterne) oder 10'],
    ['a date that is no date', withFilm({ seenDates: ['gestern'] }), 'filmlupe.json: Feld „films.0.seenDates.0“: erwartet ein Datum JJJJ-MM-TT'],
    ['a film id that is no id', withFilm({ filmId: '<img src=x>' }), 'filmlupe.json: Feld „films.0.filmId“: keine Film-ID'],
    ['an unknown field', withFilm({ script: 'x' }), 'filmlupe.json: Feld „films.0.script“: unbekanntes Feld'],
    ['a field of the wrong type', withFilm({ seen: 'ja' }), 'filmlupe.json: Feld „films.0.seen“: falscher Typ (erwartet boolean, gefunden "ja")'],
  ])('%s', (_name, json, problem) => {
    expect(problemOf(json)).toBe(problem);
  });

  it('reads a backup with a byte order mark (saved again by an editor)', () => {
    expect(readBackup('filmlupe.json', `\uFEFF${JSON.stringify(good)}`).films).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { exportLetterboxd, LETTERBOXD_COLUMNS } from './export';
import { prepareImport } from './import';
import { emptyUserFilm } from './model';
import { fixture, importTestIndex, pickedFile } from './test-catalogue';
import type { UserFilm } from './types';

const index = importTestIndex();
const ZIP = 'letterboxd-testperson-2024-07-01-12-00-utc.zip';

/** The rows of a CSV as objects by column name. */
function table(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries((header?.fields ?? []).map((name, i) => [name, row.fields[i] ?? ''])));
}

const film = (more: Partial<UserFilm>): UserFilm => ({ ...emptyUserFilm({ id: 'heat-1995', title: 'Heat', year: 1995 }), ...more });

describe('exportLetterboxd', () => {
  it('writes Letterboxd’s import columns, each rating on its own scale', () => {
    const { films } = exportLetterboxd([
      film({ seen: true, rating: { value: 4.5, scale: 5, date: null, source: 'letterboxd' }, letterboxdUri: 'https://boxd.it/fx03' }),
      { ...film({ seen: true, rating: { value: 8, scale: 10, date: null, source: 'imdb' }, imdbId: 'tt9900003' }), filmId: 'alien-1979', title: 'Alien', year: 1979 },
    ]);
    expect(films.split('\r\n')[0]).toBe(LETTERBOXD_COLUMNS.join(','));
    expect(table(films)).toEqual([
      { LetterboxdURI: '', imdbID: 'tt9900003', Title: 'Alien', Year: '1979', Rating: '', Rating10: '8', WatchedDate: '', Rewatch: 'false', Tags: '', Review: '' },
      { LetterboxdURI: 'https://boxd.it/fx03', imdbID: '', Title: 'Heat', Year: '1995', Rating: '4.5', Rating10: '', WatchedDate: '', Rewatch: 'false', Tags: '', Review: '' },
    ]);
  });

  it('writes one row per viewing, the review on the row of its day, rewatches marked', () => {
    const { films } = exportLetterboxd([
      film({
        seen: true,
        seenDates: ['2024-01-04', '2024-06-01'],
        reviews: [
          { text: 'Zweimal gesehen.', date: '2024-06-01', spoiler: false, source: 'letterboxd' },
          { text: 'Ohne Datum.', date: null, spoiler: false, source: 'letterboxd' },
        ],
        tags: ['kino', 'nachts'],
      }),
    ]);
    expect(table(films).map((row) => [row.WatchedDate, row.Rewatch, row.Review, row.Tags])).toEqual([
      ['2024-01-04', 'false', '', 'kino, nachts'],
      ['2024-06-01', 'true', 'Zweimal gesehen.', 'kino, nachts'],
      ['', 'true', 'Ohne Datum.', 'kino, nachts'],
    ]);
  });

  it('puts the watchlist in its own file and leaves films only on it out of the diary', () => {
    const { films, watchlist } = exportLetterboxd([film({ watchlistSince: '2024-05-01' })]);
    expect(table(films)).toEqual([]);
    expect(table(watchlist)).toEqual([{ LetterboxdURI: '', imdbID: '', Title: 'Heat', Year: '1995' }]);
  });

  it('escapes text that starts like a formula, so a spreadsheet shows it and does not run it', () => {
    const { films } = exportLetterboxd([film({ seen: true, title: '=HYPERLINK("x")', reviews: [{ text: '@SUM(A1)', date: null, spoiler: false, source: 'letterboxd' }], tags: ['-x'] })]);
    expect(table(films)[0]).toMatchObject({ Title: `'=HYPERLINK("x")`, Review: "'@SUM(A1)", Tags: "'-x" });
  });
});

describe('CSV round trip: the export read back by Filmlupe', () => {
  it('gives back the ratings, viewings, reviews, tags and watchlist of the imported films', async () => {
    const imported = await prepareImport([fixture(ZIP), fixture('imdb-ratings.csv')], index);
    const csv = exportLetterboxd(imported.entries);
    const back = await prepareImport([pickedFile('filmlupe-filme.csv', csv.films), pickedFile('filmlupe-merkliste.csv', csv.watchlist)], index);
    expect(back.skipped).toEqual([]);
    // What Letterboxd's format has no column for is not compared: rating dates, review spoiler flags, sources, watchlist dates.
    const essentials = (entries: UserFilm[]) =>
      entries
        .map((entry) => ({
          filmId: entry.filmId,
          rating: entry.rating && { value: entry.rating.value, scale: entry.rating.scale },
          seen: entry.seen,
          seenDates: entry.seenDates,
          onWatchlist: entry.watchlistSince !== undefined,
          reviews: entry.reviews.map((review) => [review.date, review.text]),
          tags: entry.tags,
          letterboxdUri: entry.letterboxdUri,
          imdbId: entry.imdbId,
        }))
        .sort((a, b) => a.filmId.localeCompare(b.filmId));
    expect(essentials(back.entries)).toEqual(essentials(imported.entries));
  });
});

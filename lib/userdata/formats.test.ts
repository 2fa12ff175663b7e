import { describe, expect, it } from 'vitest';
import { recogniseHeader } from './formats';

const header = (line: string) => line.split(',');
const LB_RATINGS = 'Date,Name,Year,Letterboxd URI,Rating';
const LB_LIST = 'Date,Name,Year,Letterboxd URI';
const LB_DIARY = 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date';
const LB_REVIEWS = 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date';
const IMDB_RATINGS = 'Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors';
const IMDB_RATINGS_OLD = 'Const,Your Rating,Date Rated,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors';
const IMDB_WATCHLIST = 'Position,Const,Created,Modified,Description,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors';

describe('recogniseHeader: the format by the header, whatever the file is called', () => {
  it.each([
    ['ratings.csv', LB_RATINGS, 'letterboxd-ratings'],
    ['meine wertungen.csv', LB_RATINGS, 'letterboxd-ratings'],
    ['diary.csv', LB_DIARY, 'letterboxd-diary'],
    ['export (2).csv', LB_DIARY, 'letterboxd-diary'],
    ['reviews.csv', LB_REVIEWS, 'letterboxd-reviews'],
    ['reviews.csv', `${LB_REVIEWS},Spoilers`, 'letterboxd-reviews'],
    ['watched.csv', LB_LIST, 'letterboxd-watched'],
    ['watchlist.csv', LB_LIST, 'letterboxd-watchlist'],
    ['watchlist (1).csv', LB_LIST, 'letterboxd-watchlist'],
    ['export.zip/watched.csv', LB_LIST, 'letterboxd-watched'],
    ['4a1b-9c2d.csv', IMDB_RATINGS, 'imdb-ratings'],
    ['ratings.csv', IMDB_RATINGS_OLD, 'imdb-ratings'],
    ['WATCHLIST.csv', IMDB_WATCHLIST, 'imdb-watchlist'],
    ['ratings.csv', ' Date , Name , Year , Letterboxd URI , Rating ', 'letterboxd-ratings'],
    ['filmlupe-filme.csv', 'LetterboxdURI,imdbID,Title,Year,Rating,Rating10,WatchedDate,Rewatch,Tags,Review', 'letterboxd-import-films'],
    ['filmlupe-merkliste.csv', 'LetterboxdURI,imdbID,Title,Year', 'letterboxd-import-watchlist'],
  ])('%s with %s → %s', (name, line, format) => {
    expect(recogniseHeader(name, header(line))).toEqual({ format: expect.objectContaining({ id: format }) });
  });

  it.each([
    ['ratings.csv', LB_LIST, 'Spalte „Rating“ fehlt'],
    ['ratings.csv', 'Date,Name,Letterboxd URI', 'Spalten „Year“ und „Rating“ fehlen'],
    ['diary.csv', 'Date,Name,Year,Letterboxd URI,Rating,Tags', 'Spalten „Rewatch“ und „Watched Date“ fehlen'],
    ['reviews.csv', 'Date,Name,Letterboxd URI,Rating,Review', 'Spalte „Year“ fehlt'],
    ['export.csv', LB_LIST, 'Ob gesehene Filme oder Merkliste, sagt bei diesen Spalten nur der Dateiname: bitte als „watched.csv“ oder „watchlist.csv“ laden'],
    ['liste.csv', 'Name,Letterboxd URI', 'Spalte „Year“ fehlt'],
    ['imdb.csv', 'Const,Title,Year', 'Spalten „Your Rating“ und „Title Type“ fehlen'],
    ['ratings.csv', 'Const,Your Rating,Title,Year', 'Spalte „Title Type“ fehlt'],
  ])('%s with %s: %s', (name, line, problem) => {
    expect(recogniseHeader(name, header(line))).toEqual({ problem });
  });

  it.each([
    ['not-an-export.csv', 'Artikel,Preis'],
    ['profile.csv', 'Date Joined,Username,Given Name,Family Name,Email Address,Location,Website,Bio,Pronoun,Favorite Films'],
    ['ratings.csv', 'Titel,Jahr,Sterne'],
  ])('%s with %s is no export', (name, line) => {
    expect(recogniseHeader(name, header(line))).toEqual({ unknown: true });
  });
});

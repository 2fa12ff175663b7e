import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { FORMATS, type FormatId } from './formats';
import { readRows } from './rows';

function read(formatId: FormatId, csv: string) {
  const format = FORMATS.find((candidate) => candidate.id === formatId);
  if (!format) throw new Error(formatId);
  const [header, ...body] = parseCsv(csv);
  return readRows('test.csv', format, header?.fields ?? [], body);
}

const LB_RATINGS = 'Date,Name,Year,Letterboxd URI,Rating';
const IMDB = 'Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors';
const imdbRow = (rating: string, type = 'Movie', title = 'Heat', original = 'Heat') =>
  `tt0113277,${rating},2024-01-02,${title},${original},https://www.imdb.com/title/tt0113277/,${type},8.3,170,1995,Crime,1,1995-12-15,Michael Mann`;

describe('Letterboxd ratings: 0.5 to 5 in half stars', () => {
  it.each([
    ['0.5', 0.5],
    ['3.5', 3.5],
    ['5', 5],
    ['4.0', 4],
  ])('%s is taken as %d stars', (cell, value) => {
    const { rows, refused } = read('letterboxd-ratings', `${LB_RATINGS}\n2024-01-05,Heat,1995,https://boxd.it/x,${cell}\n`);
    expect(refused).toEqual([]);
    expect(rows[0]?.rating).toEqual({ value, scale: 5, date: '2024-01-05', source: 'letterboxd' });
    expect(rows[0]?.seen).toBe(true);
  });

  it.each([
    ['6', 'Wertung außerhalb 0,5–5'],
    ['0', 'Wertung außerhalb 0,5–5'],
    ['-1', 'Wertung außerhalb 0,5–5'],
    ['3.25', 'Wertung außerhalb 0,5–5'],
    ['viel', 'Wertung „viel“ unlesbar'],
    ['', 'Wertung fehlt'],
  ])('%j is refused: %s', (cell, reason) => {
    const { rows, refused } = read('letterboxd-ratings', `${LB_RATINGS}\n2024-01-05,Heat,1995,https://boxd.it/x,${cell}\n`);
    expect(rows).toEqual([]);
    expect(refused).toEqual([{ file: 'test.csv', line: 2, title: 'Heat', year: 1995, reason }]);
  });
});

describe('IMDb ratings: whole numbers 1 to 10, films only', () => {
  it.each([
    ['1', 1],
    ['10', 10],
  ])('%s is taken', (cell, value) => {
    expect(read('imdb-ratings', `${IMDB}\n${imdbRow(cell)}\n`).rows[0]?.rating).toEqual({ value, scale: 10, date: '2024-01-02', source: 'imdb' });
  });

  it.each([
    ['0', 'Wertung außerhalb 1–10'],
    ['11', 'Wertung außerhalb 1–10'],
    ['7.5', 'Wertung außerhalb 1–10'],
    ['', 'Wertung fehlt'],
  ])('%j is refused: %s', (cell, reason) => {
    expect(read('imdb-ratings', `${IMDB}\n${imdbRow(cell)}\n`).refused[0]?.reason).toBe(reason);
  });

  it.each([
    ['Movie', 'film'],
    ['movie', 'film'],
    ['TV Movie', 'film'],
    ['tvMovie', 'film'],
    ['Video', 'film'],
    ['TV Series', 'series'],
    ['tvSeries', 'series'],
    ['TV Mini Series', 'series'],
    ['TV Episode', 'series'],
    ['Short', 'other'],
    ['Video Game', 'other'],
  ])('title type %s is a %s', (type, kind) => {
    expect(read('imdb-ratings', `${IMDB}\n${imdbRow('8', type)}\n`).rows[0]?.kind).toBe(kind);
  });

  it('keeps the original title beside a localised one, and the IMDb id', () => {
    const row = read('imdb-ratings', `${IMDB}\n${imdbRow('10', 'Movie', 'Der Pate', 'The Godfather')}\n`).rows[0];
    expect(row).toMatchObject({ title: 'Der Pate', originalTitle: 'The Godfather', imdbId: 'tt0113277', seen: true });
  });
});

describe('other cells', () => {
  it.each([
    ['2024-13-45', 'Datum „2024-13-45“ unlesbar'],
    ['2023-02-29', 'Datum „2023-02-29“ unlesbar'],
    ['05.01.2024', 'Datum „05.01.2024“ unlesbar'],
  ])('a date %s is refused', (date, reason) => {
    expect(read('letterboxd-ratings', `${LB_RATINGS}\n${date},Heat,1995,https://boxd.it/x,4\n`).refused[0]?.reason).toBe(reason);
  });

  it.each([
    ['199x', 'Jahr „199x“ unlesbar'],
    ['95', 'Jahr „95“ unlesbar'],
  ])('a year %s is refused', (year, reason) => {
    expect(read('letterboxd-ratings', `${LB_RATINGS}\n2024-01-05,Heat,${year},https://boxd.it/x,4\n`).refused[0]?.reason).toBe(reason);
  });

  it('an empty year is unknown, an empty title refuses the row', () => {
    const { rows, refused } = read('letterboxd-ratings', `${LB_RATINGS}\n2024-01-05,Heat,,https://boxd.it/x,4\n2024-01-05,,1995,https://boxd.it/y,4\n`);
    expect(rows[0]?.year).toBeNull();
    expect(refused[0]?.reason).toBe('Titel fehlt');
  });

  it('keeps cells that start like formulas as plain text', () => {
    const { rows } = read('letterboxd-ratings', `${LB_RATINGS}\n2024-01-05,"=HYPERLINK(""x"")",2011,https://boxd.it/x,3\n2024-01-05,@Heat,1995,https://boxd.it/y,3\n`);
    expect(rows.map((row) => row.title)).toEqual(['=HYPERLINK("x")', '@Heat']);
  });

  it('reads an exact repeat once and counts it; the same film on another day is no repeat', () => {
    const line = '2024-01-05,Heat,1995,https://boxd.it/x,4';
    const { rows, duplicates } = read('letterboxd-ratings', `${LB_RATINGS}\n${line}\n${line}\n${line}\n2024-01-06,Heat,1995,https://boxd.it/x,4\n`);
    expect(rows).toHaveLength(2);
    expect(duplicates).toBe(2);
  });
});

describe('what each Letterboxd file says', () => {
  it('diary: a viewing with its date, rating and tags', () => {
    const { rows } = read('letterboxd-diary', 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2024-01-05,Drive,2011,https://boxd.it/d1,4.5,Yes,"kino, nachts",2024-01-04\n');
    expect(rows[0]).toMatchObject({ seen: true, seenDate: '2024-01-04', tags: ['kino', 'nachts'], rating: { value: 4.5, scale: 5, date: '2024-01-05' }, watchlistSince: null });
  });

  it('reviews: the text as written, its viewing date, the spoiler flag where the file has one', () => {
    const csv = 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date,Spoilers\n2024-01-05,Drive,2011,https://boxd.it/r1,,,"Absatz 1\n\n<b>Absatz</b> 2",,2024-01-04,Yes\n';
    expect(read('letterboxd-reviews', csv).rows[0]?.review).toEqual({ text: 'Absatz 1\n\n<b>Absatz</b> 2', date: '2024-01-04', spoiler: true, source: 'letterboxd' });
  });

  it('watchlist: on the list since its date; watched: seen without a date of viewing', () => {
    const list = 'Date,Name,Year,Letterboxd URI\n2024-05-01,Thief,1981,https://boxd.it/w1\n';
    expect(read('letterboxd-watchlist', list).rows[0]).toMatchObject({ watchlistSince: '2024-05-01', seen: false });
    expect(read('letterboxd-watched', list).rows[0]).toMatchObject({ watchlistSince: null, seen: true, seenDate: null });
  });
});

/**
 * Writes the import fixtures of tests/fixtures/imports/ (lib/userdata tests): a Letterboxd export as
 * its CSV files and as the ZIP Letterboxd hands out, an IMDb ratings export, and bad inputs. Every row
 * is made up for the tests (a fictional person "testperson", invented links and ids), never anyone's
 * real data; the films are catalogue films (data/films, data/base/films.jsonl) and a few that are not.
 * Deterministic (fixed file times in the ZIP), so running it again changes nothing.
 *   npx tsx scripts/make-import-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'imports');

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

/** Letterboxd's files, in its column order. Se7en (Letterboxd's title) is "Seven" in the catalogue; Parasite 2019 and the Quarnbek film are not in it. */
const letterboxd: Record<string, string> = {
  'ratings.csv': lines(
    'Date,Name,Year,Letterboxd URI,Rating',
    '2024-01-05,Drive,2011,https://boxd.it/fx01,4.5',
    '2024-01-06,The Driver,1978,https://boxd.it/fx02,4',
    '2024-02-10,Heat,1995,https://boxd.it/fx03,5',
    '2024-02-11,Collateral,2004,https://boxd.it/fx04,3.5',
    '2024-03-01,Se7en,1995,https://boxd.it/fx05,4',
    '2024-03-02,Parasite,2019,https://boxd.it/fx06,5',
    '2024-03-03,Der Nebelwald von Quarnbek,2021,https://boxd.it/fx07,2',
  ),
  'watched.csv': lines(
    'Date,Name,Year,Letterboxd URI',
    '2024-01-05,Drive,2011,https://boxd.it/fx01',
    '2024-01-06,The Driver,1978,https://boxd.it/fx02',
    '2024-02-10,Heat,1995,https://boxd.it/fx03',
    '2024-02-11,Collateral,2004,https://boxd.it/fx04',
    '2024-02-12,Alien,1979,https://boxd.it/fx08',
    '2024-04-20,Arrival,2016,https://boxd.it/fx09',
    '2024-03-01,Se7en,1995,https://boxd.it/fx05',
  ),
  'watchlist.csv': lines(
    'Date,Name,Year,Letterboxd URI',
    '2024-05-01,Thief,1981,https://boxd.it/fx10',
    '2024-05-02,Fargo,1996,https://boxd.it/fx11',
    '2024-05-03,Pulp Fiction,1994,https://boxd.it/fx12',
  ),
  'diary.csv': lines(
    'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date',
    '2024-01-05,Drive,2011,https://boxd.it/fxd1,4.5,,"kino, nachts",2024-01-04',
    '2024-06-02,Drive,2011,https://boxd.it/fxd2,4.5,Yes,,2024-06-01',
    '2024-02-10,Heat,1995,https://boxd.it/fxd3,5,,,2024-02-09',
    '2024-04-20,Arrival,2016,https://boxd.it/fxd4,,,,2024-04-20',
  ),
  // A review with a paragraph break, a comma and doubled quotes inside its quoted field; one that starts like a formula.
  'reviews.csv': lines(
    'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date',
    '2024-01-05,Drive,2011,https://boxd.it/fxr1,4.5,,"Ein Fahrer, der kaum spricht.',
    '',
    'Zweiter Absatz: ""Zahnstocher"" und Neon.","kino, nachts",2024-01-04',
    '2024-02-10,Heat,1995,https://boxd.it/fxr2,5,,@Kinoabend: die Schießerei in der Innenstadt!,,2024-02-09',
  ),
  'profile.csv': lines(
    'Date Joined,Username,Given Name,Family Name,Email Address,Location,Website,Bio,Pronoun,Favorite Films',
    '2020-01-01,testperson,Test,Person,testperson@example.invalid,,,,,',
  ),
};

/** Files of the ZIP that must not be imported: deleted entries, likes (same columns as watched.csv). */
const letterboxdPassedOver: Record<string, string> = {
  'deleted/diary.csv': lines('Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date', '2023-01-01,Footloose,2011,https://boxd.it/fxx1,1,,,2023-01-01'),
  'likes/films.csv': lines('Date,Name,Year,Letterboxd URI', '2023-02-02,Ghostbusters,1984,https://boxd.it/fxx2'),
};

/** IMDb's ratings export (current columns, CRLF). "Der Pate" is the German title IMDb shows; its original title finds the film. */
const imdbRatings = [
  'Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors',
  'tt9900001,9,2024-05-01,Drive,Drive,https://www.imdb.com/title/tt9900001/,Movie,7.8,100,2011,"Crime, Drama",1000,2011-09-15,Nicolas Winding Refn',
  'tt9900002,8,2023-12-01,Heat,Heat,https://www.imdb.com/title/tt9900002/,Movie,8.3,170,1995,"Crime, Drama, Thriller",1000,1995-12-15,Michael Mann',
  'tt9900009,9,2024-05-01,Collateral,Collateral,https://www.imdb.com/title/tt9900009/,Movie,7.5,120,2004,"Crime, Thriller",1000,2004-08-06,Michael Mann',
  'tt9900003,7,2024-02-12,Alien,Alien,https://www.imdb.com/title/tt9900003/,Movie,8.5,117,1979,"Horror, Sci-Fi",1000,1979-05-25,Ridley Scott',
  'tt9900004,10,2022-08-08,Der Pate,The Godfather,https://www.imdb.com/title/tt9900004/,Movie,9.2,175,1972,"Crime, Drama",1000,1972-03-24,Francis Ford Coppola',
  'tt9900005,8,2022-08-09,Taxi Driver,Taxi Driver,https://www.imdb.com/title/tt9900005/,movie,8.2,114,1976,"Crime, Drama",1000,1976-02-08,Martin Scorsese',
  'tt9900006,10,2022-09-01,Breaking Bad,Breaking Bad,https://www.imdb.com/title/tt9900006/,TV Series,9.5,49,2008,"Crime, Drama",1000,2008-01-20,',
  'tt9900007,6,2022-09-02,Fargo,Fargo,https://www.imdb.com/title/tt9900007/,TV Series,8.9,53,2014,"Crime, Drama",1000,2014-04-15,',
  'tt9900008,5,2022-09-03,Ein Abend in Quarnbek,Ein Abend in Quarnbek,https://www.imdb.com/title/tt9900008/,Short,6.0,12,2020,Short,10,2020-01-01,Test Person',
].join('\r\n') + '\r\n';

/** Bad inputs: each must stop the import with a German message naming the file, or refuse its rows. */
const bad: Record<string, string> = {
  'not-an-export.csv': lines('Artikel,Preis', 'Brot,"2,50"'),
  // Letterboxd's ratings.csv without its Rating column.
  'ratings.csv': lines('Date,Name,Year,Letterboxd URI', '2024-01-05,Drive,2011,https://boxd.it/fx01'),
  'imdb-missing-columns.csv': lines('Const,Title,Year', 'tt9900001,Drive,2011'),
  'unclosed-quote.csv': lines('Date,Name,Year,Letterboxd URI,Rating', '2024-01-05,"Drive,2011,https://boxd.it/fx01,4.5', '2024-01-06,Heat,1995,https://boxd.it/fx03,5'),
  'empty.csv': '',
  // Rows to refuse (ratings out of range, unreadable), an exact repeat, and cells that start like formulas.
  'ratings-problems.csv': lines(
    'Date,Name,Year,Letterboxd URI,Rating',
    '2024-01-05,Drive,2011,https://boxd.it/fx01,4.5',
    '2024-01-05,Drive,2011,https://boxd.it/fx01,4.5',
    '2024-01-06,The Driver,1978,https://boxd.it/fx02,6',
    '2024-01-07,Heat,1995,https://boxd.it/fx03,0',
    '2024-01-08,Collateral,2004,https://boxd.it/fx04,viel',
    '2024-01-09,Alien,1979,https://boxd.it/fx08,3.25',
    '2024-13-45,Arrival,2016,https://boxd.it/fx09,4',
    '2024-01-10,"=HYPERLINK(""https://example.invalid"",""klick"")",2011,https://boxd.it/fx13,3',
    '2024-01-11,+Quarnbek,2013,https://boxd.it/fx14,3',
  ),
};

function write(path: string, content: string | Uint8Array): void {
  const file = join(OUT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

for (const [name, content] of Object.entries(letterboxd)) write(join('letterboxd', name), content);
write('imdb-ratings.csv', imdbRatings);
for (const [name, content] of Object.entries(bad)) write(join('bad', name), content);

// The ZIP as Letterboxd names and packs it: the CSV files at the top level, deleted/ and likes/ beside them.
const zipped = zipSync(
  Object.fromEntries(Object.entries({ ...letterboxd, ...letterboxdPassedOver }).map(([name, content]) => [name, strToU8(content)])),
  { mtime: new Date('2024-07-01T12:00:00Z'), level: 6 },
);
write('letterboxd-testperson-2024-07-01-12-00-utc.zip', zipped);
// A download cut off in the middle: the start of the same ZIP.
write('bad/broken.zip', zipped.subarray(0, Math.floor(zipped.length / 2)));
// A picture picked by mistake: binary, neither CSV nor ZIP.
write('bad/poster.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
console.log(`import fixtures written to ${OUT}`);

/**
 * The import's budget (issue 14): an export of 5,000 rated films is read, matched and stored in ≤ 3 s.
 * Generates a Letterboxd ZIP from 5,000 films of the built catalogue (ratings.csv, watched.csv,
 * diary.csv for all, reviews.csv for every tenth, a watchlist of 500 others), then times
 * `prepareImport` (unzip, CSV, recognise, match, merge) and `applyImport` (one IndexedDB transaction;
 * fake-indexeddb in Node, slower than a browser's). The matcher index is timed apart: the background
 * has it built already when an import arrives. A measurement, not a test: prints, exits 0.
 * Run: npm run -s catalogue && npx tsx scripts/bench/import.ts
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { IDBFactory } from 'fake-indexeddb';
import { strToU8, zipSync } from 'fflate';
import { readBuiltCatalogue } from '../../lib/catalogue/build';
import { openFilmlupeDB } from '../../lib/db';
import { buildTitleIndex, toMatchable } from '../../lib/title/match';
import { toCsv } from '../../lib/userdata/csv';
import { prepareImport } from '../../lib/userdata/import';
import { applyImport } from '../../lib/userdata/store';
import type { Film } from '../../lib/catalogue/types';

const RATED = 5_000;
const ROUNDS = 3;
const BUDGET_MS = 3_000;

function pickFilms(films: Film[]): { rated: Film[]; listed: Film[] } {
  // Titles that name one film only, so every row is expected to match; spread over the whole catalogue.
  const count = new Map<string, number>();
  for (const film of films) count.set(film.originalTitle, (count.get(film.originalTitle) ?? 0) + 1);
  const single = films.filter((film) => count.get(film.originalTitle) === 1);
  const step = Math.floor(single.length / (RATED + 500));
  const picked = single.filter((_, i) => i % step === 0);
  return { rated: picked.slice(0, RATED), listed: picked.slice(RATED, RATED + 500) };
}

function letterboxdZip(rated: Film[], listed: Film[]): Uint8Array {
  const date = (i: number) => `20${String(10 + (i % 14)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const stars = (i: number) => String(0.5 + (i % 10) * 0.5);
  const uri = (i: number) => `https://boxd.it/b${i.toString(36)}`;
  const ratings = rated.map((film, i) => [date(i), film.originalTitle, String(film.year), uri(i), stars(i)]);
  const watched = rated.map((film, i) => [date(i), film.originalTitle, String(film.year), uri(i)]);
  const diary = rated.map((film, i) => [date(i), film.originalTitle, String(film.year), `${uri(i)}d`, stars(i), '', i % 3 === 0 ? 'kino, nachts' : '', date(i)]);
  const reviews = rated
    .filter((_, i) => i % 10 === 0)
    .map((film, i) => [date(i), film.originalTitle, String(film.year), `${uri(i)}r`, stars(i), '', `Gesehen, und dann:\n\n„${film.originalTitle}“ – ein Satz, ein zweiter, ein dritter.`, '', date(i)]);
  const watchlist = listed.map((film, i) => [date(i), film.originalTitle, String(film.year), uri(RATED + i)]);
  return zipSync({
    'ratings.csv': strToU8(toCsv([['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating'], ...ratings])),
    'watched.csv': strToU8(toCsv([['Date', 'Name', 'Year', 'Letterboxd URI'], ...watched])),
    'diary.csv': strToU8(toCsv([['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Tags', 'Watched Date'], ...diary])),
    'reviews.csv': strToU8(toCsv([['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Review', 'Tags', 'Watched Date'], ...reviews])),
    'watchlist.csv': strToU8(toCsv([['Date', 'Name', 'Year', 'Letterboxd URI'], ...watchlist])),
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${Math.round(value).toLocaleString('de-DE')} ms`;

async function main(): Promise<void> {
  const { films } = readBuiltCatalogue();
  const { rated, listed } = pickFilms(films);
  const zip = letterboxdZip(rated, listed);
  const file = { name: 'letterboxd-bench.zip', size: zip.length, arrayBuffer: async () => zip.slice().buffer };

  let started = performance.now();
  const index = buildTitleIndex(films.map(toMatchable));
  const indexMs = performance.now() - started;

  const prepare: number[] = [];
  const store: number[] = [];
  let summary;
  let progressReports = 0;
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.indexedDB = new IDBFactory();
    const db = await openFilmlupeDB();
    started = performance.now();
    const plan = await prepareImport([file], index, () => progressReports++);
    prepare.push(performance.now() - started);
    started = performance.now();
    await applyImport(db, plan.entries);
    store.push(performance.now() - started);
    summary = plan.summary;
    db.close();
  }
  const total = median(prepare.map((value, i) => value + (store[i] ?? NaN)));
  console.log(`Import von ${rated.length.toLocaleString('de-DE')} bewerteten Filmen (Letterboxd-ZIP, ${(zip.length / 1024).toFixed(0)} KB; ${films.length.toLocaleString('de-DE')} Filme im Katalog), Median aus ${ROUNDS} Läufen:`);
  console.log(`  Zeilen ${summary?.rows} · zugeordnet ${summary?.matched} · nicht zugeordnet ${summary?.skipped} · Filme ${summary?.films} · Fortschrittsmeldungen je Lauf ${progressReports / ROUNDS}`);
  console.log(`  Titelindex bauen (einmal je Worker, nicht Teil des Imports): ${ms(indexMs)}`);
  console.log(`  lesen + erkennen + zuordnen (prepareImport):                ${ms(median(prepare))}`);
  console.log(`  speichern, eine Transaktion (applyImport, fake-indexeddb):  ${ms(median(store))}`);
  console.log(`  zusammen: ${ms(total)} — Budget ${ms(BUDGET_MS)}: ${total <= BUDGET_MS ? '✓' : '✗'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

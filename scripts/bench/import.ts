/**
 * The import's budget (issue 14): an export of 5,000 rated films is read, matched and stored in ≤ 3 s.
 * Generates a Letterboxd ZIP from 5,000 films of the built catalogue (import-export.ts), then times
 * `prepareImport` (unzip, CSV, recognise, match, merge) and `applyImport` (one IndexedDB transaction;
 * fake-indexeddb in Node, slower than a browser's). The matcher index is timed apart: the background
 * has it built already when an import arrives. A measurement, not a test: prints, exits 0.
 * Run: npm run -s catalogue && npx tsx scripts/bench/import.ts
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { IDBFactory } from 'fake-indexeddb';
import { readBuiltCatalogue } from '../../lib/catalogue/build';
import { openFilmlupeDB } from '../../lib/db';
import { buildTitleIndex, toMatchable } from '../../lib/title/match';
import { prepareImport } from '../../lib/userdata/import';
import { applyImport } from '../../lib/userdata/store';
import { letterboxdZip, pickFilms } from './import-export';

const ROUNDS = 3;
const BUDGET_MS = 3_000;

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

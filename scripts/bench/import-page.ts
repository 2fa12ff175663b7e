/**
 * The import's budget where it runs (issue 14.6: 5,000 rated films in ≤ 3 s, with a progress bar):
 * the generated Letterboxd export (import-export.ts) picked on the settings page of the built
 * extension in Chromium, each round in a fresh profile, so the page loads the catalogue and builds its
 * matcher index as on a user's first import. A measurement, not a test: prints, exits 0.
 *   npx tsx scripts/bench/import-page.ts <extension dir>
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { readBuiltCatalogue } from '../../lib/catalogue/build';
import { generatedExport } from './import-export';
import { timeImportInPage, type PageImportTiming } from './import-timing';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BUDGET_MS = 3_000;
const ZIP_PATH = 'bench/tmp/letterboxd-5000-filme.zip';

async function oneRound(chromiumPath: string, extensionDir: string): Promise<PageImportTiming> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort());
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await page.getByRole('group', { name: 'Deine Filmdaten' }).waitFor();
    return await timeImportInPage(page, [ZIP_PATH]);
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${Math.round(value).toLocaleString('de-DE')} ms`;

async function main(): Promise<void> {
  const extensionDir = process.argv[2];
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!extensionDir || !existsSync(`${extensionDir}/manifest.json`)) throw new Error(`keine Erweiterung unter ${extensionDir}`);
  mkdirSync('bench/tmp', { recursive: true });
  const { zip, rated } = generatedExport(readBuiltCatalogue('.generated/catalogue.json').films);
  writeFileSync(ZIP_PATH, zip);

  const rounds: PageImportTiming[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const timing = await oneRound(chromiumPath, extensionDir);
    rounds.push(timing);
    console.log(`import-page: Runde ${round + 1}: ${ms(timing.totalMs)} (${timing.progress.length} Fortschrittsstände)`);
  }
  const total = median(rounds.map((round) => round.totalMs));
  console.log(`Import von ${rated.toLocaleString('de-DE')} bewerteten Filmen auf der Einstellungsseite (Chromium, frisches Profil je Runde), Median aus ${ROUNDS}:`);
  console.log(`  bis zur ersten Fortschrittsanzeige (Katalog laden, Titelindex bauen, Dateien lesen): ${ms(median(rounds.map((round) => round.beforeProgressMs)))}`);
  console.log(`  zuordnen (mit Fortschrittsbalken):                                                 ${ms(median(rounds.map((round) => round.matchMs)))}`);
  console.log(`  speichern, eine Transaktion, Bericht zeigen:                                       ${ms(median(rounds.map((round) => round.saveMs)))}`);
  console.log(`  zusammen: ${ms(total)} — Budget ${ms(BUDGET_MS)}: ${total <= BUDGET_MS ? '✓' : '✗'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * Times an import on the settings page as a user starts it (picking files) and sees it end (the
 * report): the page records, from the file input's change event, when the live region shows the
 * catalogue loading, the first progress, the write, and the end. Shared by scripts/bench/import-page.ts
 * and tests/e2e/import-big.spec.ts.
 */
import type { Page } from 'playwright-core';

export interface PageImportTiming {
  /** Picking to the end (the report shown), ms. */
  totalMs: number;
  /** Picking to the first progress: loading the catalogue and building the matcher index (first import in a page only), reading the files. */
  beforeProgressMs: number;
  /** Reading, recognising and matching the rows (prepareImport). */
  matchMs: number;
  /** The one transaction and the report. */
  saveMs: number;
  /** Every state of the progress bar seen, "done/total". */
  progress: string[];
}

interface Marks {
  start: number;
  matching: number;
  saving: number;
  done: number;
  progress: string[];
}

/** Picks `files` on the open settings page and waits for the report (or fails on an alert). */
export async function timeImportInPage(page: Page, files: string[]): Promise<PageImportTiming> {
  const input = page.getByLabel('Exporte oder Sicherung importieren (ZIP, CSV, JSON)');
  // The settings page draws its sections once it has read the settings, after its load event.
  await input.waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const marks: Marks = { start: 0, matching: 0, saving: 0, done: 0, progress: [] };
    (window as unknown as { importMarks: Marks }).importMarks = marks;
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    input.addEventListener('change', () => (marks.start = performance.now()), { capture: true, once: true });
    const region = document.querySelector('.import-progress') as HTMLElement;
    new MutationObserver(() => {
      const now = performance.now();
      const text = region.textContent ?? '';
      const bar = region.querySelector('progress');
      if (bar) {
        marks.matching ||= now;
        marks.progress.push(`${bar.value}/${bar.max}`);
      }
      if (text.includes('Wird gespeichert') && !marks.saving) marks.saving = now;
      if (text.includes('Import abgeschlossen') && !marks.done) marks.done = now;
    }).observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await input.setInputFiles(files);
  const report = page.getByRole('region', { name: 'Import abgeschlossen' });
  await report.or(page.getByRole('alert')).waitFor({ timeout: 60_000 });
  if (!(await report.isVisible())) throw new Error(`Import refused: ${await page.getByRole('alert').innerText()}`);
  const marks = await page.evaluate(() => (window as unknown as { importMarks: Marks }).importMarks);
  const matching = marks.matching || marks.start;
  const saving = marks.saving || matching;
  return {
    totalMs: marks.done - marks.start,
    beforeProgressMs: matching - marks.start,
    matchMs: saving - matching,
    saveMs: marks.done - saving,
    progress: [...new Set(marks.progress)],
  };
}

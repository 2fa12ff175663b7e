/**
 * An import from the picked files to what will be stored, without storing anything: read the files
 * (files.ts), recognise each by its header (formats.ts), read the rows (rows.ts), match them to films
 * (match.ts) and merge what they say per film (model.ts). Any file that cannot be read stops the
 * whole import with an ImportError naming it: the user fixes or drops the file and nothing was
 * changed. Rows that cannot be used are listed with their reason, the rest goes on.
 * `store.applyImport` then writes the plan's entries in one transaction.
 */
import type { TitleIndex } from '../title/match';
import { CsvSyntaxError, parseCsv } from './csv';
import { ImportError } from './errors';
import { readPickedFiles, type CsvText, type PickedFile } from './files';
import { recogniseHeader, type FormatId } from './formats';
import { matchRow } from './match';
import { entryOfRow, mergedByFilm } from './model';
import { readRows, type ImportRow, type SkippedRow } from './rows';
import type { ProgressCallback, UserFilm } from './types';

export interface ImportedFile {
  name: string;
  /** null: a file of the ZIP that is no export of films (profile.csv, comments.csv), passed over. */
  format: FormatId | null;
  /** Rows read from it (repeated rows not counted). */
  rows: number;
}

export interface ImportSummary {
  files: ImportedFile[];
  /** Rows read, over all files (without exact repeats). */
  rows: number;
  /** Rows matched to a catalogue film. */
  matched: number;
  /** Rows read but not taken: no film found, or a value out of range (see `ImportPlan.skipped`). */
  skipped: number;
  /** Rows that repeated an earlier row of their file exactly, merged into it. */
  duplicates: number;
  /** Distinct films the import says something about. */
  films: number;
}

export interface ImportPlan {
  summary: ImportSummary;
  /** Every row not taken, with its German reason, in file and line order. */
  skipped: SkippedRow[];
  /** One merged entry per film, to be merged into what is stored. */
  entries: UserFilm[];
}

/** Rows matched between two progress reports (and between two pauses that let the UI's messages through). */
const PROGRESS_EVERY = 500;

export async function prepareImport(files: readonly PickedFile[], index: TitleIndex, onProgress?: ProgressCallback): Promise<ImportPlan> {
  if (files.length === 0) throw new ImportError(['Keine Datei gewählt']);
  const { texts, problems } = await readPickedFiles(files);
  const importedFiles: ImportedFile[] = [];
  const rows: ImportRow[] = [];
  const skipped: SkippedRow[] = [];
  let duplicates = 0;
  let refused = 0;
  for (const text of texts) {
    const read = readCsvText(text);
    if ('problem' in read) {
      problems.push(`${text.name}: ${read.problem}`);
      continue;
    }
    importedFiles.push({ name: text.name, format: read.format, rows: read.rows.length + read.refused.length });
    rows.push(...read.rows);
    skipped.push(...read.refused);
    refused += read.refused.length;
    duplicates += read.duplicates;
  }
  if (problems.length > 0) throw new ImportError(problems);
  if (importedFiles.every((file) => file.format === null)) {
    throw new ImportError([`${files.map((file) => file.name).join(', ')}: keine Exportdatei von Letterboxd oder IMDb darin gefunden`]);
  }

  const matchedEntries: UserFilm[] = [];
  onProgress?.(0, rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as ImportRow;
    const answer = matchRow(index, row);
    if ('film' in answer) matchedEntries.push(entryOfRow(row, answer.film));
    else {
      skipped.push({ file: row.file, line: row.line, title: row.title, year: row.year, reason: answer.reason });
    }
    if ((i + 1) % PROGRESS_EVERY === 0) {
      onProgress?.(i + 1, rows.length);
      await pause();
    }
  }
  onProgress?.(rows.length, rows.length);
  skipped.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  const entries = mergedByFilm(matchedEntries);
  const summary: ImportSummary = {
    files: importedFiles,
    rows: rows.length + refused,
    matched: matchedEntries.length,
    skipped: skipped.length,
    duplicates,
    films: entries.length,
  };
  return { summary, skipped, entries };
}

type ReadText = { format: FormatId | null; rows: ImportRow[]; refused: SkippedRow[]; duplicates: number } | { problem: string };

function readCsvText({ name, text, inZip }: CsvText): ReadText {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { problem: error.message };
    throw error;
  }
  const [header, ...body] = records;
  if (header === undefined) return inZip ? passedOver() : { problem: 'Datei ist leer' };
  const recognised = recogniseHeader(name, header.fields);
  if ('unknown' in recognised) {
    if (inZip) return passedOver();
    return { problem: `keine Exportdatei von Letterboxd oder IMDb (erste Zeile: „${header.fields.join(',').slice(0, 80)}“)` };
  }
  if ('problem' in recognised) return { problem: recognised.problem };
  return { format: recognised.format.id, ...readRows(name, recognised.format, header.fields, body) };
}

function passedOver(): ReadText {
  return { format: null, rows: [], refused: [], duplicates: 0 };
}

/** Lets other tasks (the UI's progress messages) run between batches of rows. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

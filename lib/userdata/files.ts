/**
 * The files the user picked, as texts: a CSV as it is, a ZIP (Letterboxd's export as downloaded) as
 * the CSV files at its top level. Size is checked before anything is read, and a ZIP's unpacked size
 * before it is unpacked, so a huge or crafted file costs nothing.
 */
import { unzipSync } from 'fflate';

/** What the settings page hands over: a `File` fits. */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** One CSV text and the name shown in messages ("export.zip/ratings.csv" for a file inside a ZIP). */
export interface CsvText {
  name: string;
  text: string;
  /** Inside a ZIP: a file that is no export (profile.csv, comments.csv) is passed over, not an error. */
  inZip: boolean;
}

/** The most a picked file, or the unpacked CSV files of a ZIP, may hold. A Letterboxd export of 10,000 films is ~2 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Folders of Letterboxd's ZIP that are not the user's current data: `deleted/` and `orphaned/` hold
 * entries the user deleted, `likes/` and `lists/` have the columns of watched.csv but mean something else.
 */
const PASSED_OVER_FOLDERS = ['deleted/', 'orphaned/', 'likes/', 'lists/'];

/** The CSV texts of the picked files, in order, and a German problem for every file that cannot be read. */
export async function readPickedFiles(files: readonly PickedFile[]): Promise<{ texts: CsvText[]; problems: string[] }> {
  const problems: string[] = [];
  const texts: CsvText[] = [];
  for (const file of files) {
    try {
      texts.push(...(await readPickedFile(file)));
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      problems.push(`${file.name}: ${error.message}`);
    }
  }
  return { texts, problems };
}

class FileProblem extends Error {}

/** Why a file of this size is not read (over MAX_FILE_BYTES), else null: the same words for exports and backups. */
export function tooLargeToRead(size: number): string | null {
  return size > MAX_FILE_BYTES ? `Datei ist größer als 50 MB (${megabytes(size)} MB) und wird nicht gelesen` : null;
}

async function readPickedFile(file: PickedFile): Promise<CsvText[]> {
  const tooLarge = tooLargeToRead(file.size);
  if (tooLarge) throw new FileProblem(tooLarge);
  if (file.size === 0) throw new FileProblem('Datei ist leer');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isZip(bytes)) return unzipCsvFiles(file.name, bytes);
  if (!file.name.toLowerCase().endsWith('.csv') && looksBinary(bytes)) throw new FileProblem('keine CSV- oder ZIP-Datei');
  return [{ name: file.name, text: decodeText(bytes), inZip: false }];
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 });
}

/** A ZIP starts with "PK\x03\x04" (or "PK\x05\x06" when empty), whatever its name says. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** NUL bytes do not occur in a text export. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 4096).includes(0);
}

function unzipCsvFiles(zipName: string, bytes: Uint8Array): CsvText[] {
  let unpackedBytes = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        const name = entry.name.toLowerCase();
        if (!name.endsWith('.csv') || PASSED_OVER_FOLDERS.some((folder) => name.startsWith(folder) || name.includes(`/${folder}`))) return false;
        unpackedBytes += entry.originalSize;
        return unpackedBytes <= MAX_FILE_BYTES;
      },
    });
  } catch {
    throw new FileProblem('ZIP-Datei ist beschädigt oder unvollständig');
  }
  if (unpackedBytes > MAX_FILE_BYTES) throw new FileProblem('ZIP-Datei enthält entpackt mehr als 50 MB und wird nicht gelesen');
  const names = Object.keys(entries).sort();
  if (names.length === 0) throw new FileProblem('ZIP-Datei enthält keine CSV-Datei (ist es der Export von Letterboxd?)');
  return names.map((name) => ({ name: `${zipName}/${name}`, text: decodeText(entries[name] as Uint8Array), inZip: true }));
}

/**
 * UTF-8 (Letterboxd, current IMDb); a file that is not valid UTF-8 is read as Windows-1252, the
 * encoding of older IMDb exports and of files saved again by Excel on Windows.
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * CSV after RFC 4180, both ways: reading the exports of Letterboxd and IMDb, writing the export for
 * Letterboxd. Hand-written (one pass, one character at a time, no regular expression that could blow
 * up on hostile text) because the job is small: quoted fields, doubled quotes, line breaks inside
 * quotes (reviews have paragraphs), a byte order mark, CRLF, LF or CR line ends.
 */

/** One record of a CSV text and the line it starts on (1-based, the header is line 1), for messages. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A CSV text that cannot be read; the reason is German and names the line. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, reason: string) {
    super(reason);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

/**
 * The records of a CSV text. Blank lines are skipped (Letterboxd ends its files with one). A quote
 * inside an unquoted field is kept as a character ("12" Monkeys"), as spreadsheets do; a quoted field
 * that never closes is an error, since the rest of the file would be read as one field.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let fieldStarted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
  };

  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quoted) {
      if (code === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) line++;
        field += text[i];
      }
      continue;
    }
    if (code === QUOTE && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (code === COMMA) {
      endField();
    } else if (code === LF || code === CR) {
      if (code === CR && text.charCodeAt(i + 1) === LF) i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += text[i];
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvSyntaxError(recordLine, `Zeile ${recordLine}: Anführungszeichen wird nicht geschlossen`);
  endRecord();
  return records;
}

/** Characters that make a spreadsheet read a cell as a formula (=, +, -, @, and tab/CR before them). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A cell as text a spreadsheet does not run: a value starting with a formula character gets a leading
 * apostrophe (the OWASP advice for CSV injection). Only for free text (titles, reviews, tags): numbers
 * and dates Filmlupe writes itself never start so.
 */
export function plainTextCell(value: string): string {
  return value !== '' && FORMULA_START.has(value[0] ?? '') ? `'${value}` : value;
}

/** The text `plainTextCell` was given: its apostrophe before a formula character taken off again. */
export function fromPlainTextCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.has(value[1] ?? '') ? value.slice(1) : value;
}

/** One CSV line: fields with a comma, quote or line break are quoted, quotes doubled; CRLF as RFC 4180 says. */
function toCsvLine(fields: readonly string[]): string {
  return fields.map(quoteField).join(',');
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map(toCsvLine).join('\r\n') + '\r\n';
}

function quoteField(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === QUOTE || code === COMMA || code === LF || code === CR) return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

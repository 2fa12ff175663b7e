import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, fromPlainTextCell, parseCsv, plainTextCell, toCsv } from './csv';

const fields = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv', () => {
  it.each([
    ['plain fields', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['CRLF line ends', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['CR line ends (old Mac)', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['no line end at the end', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['a byte order mark before the header', '\uFEFFName,Year\nDrive,2011\n', [['Name', 'Year'], ['Drive', '2011']]],
    ['quoted comma', 'Name,Tags\nDrive,"kino, nachts"\n', [['Name', 'Tags'], ['Drive', 'kino, nachts']]],
    ['doubled quotes', 'Review\n"Er sagt ""nichts"" mehr"\n', [['Review'], ['Er sagt "nichts" mehr']]],
    ['line break inside quotes', 'Review,Tags\n"Absatz 1\n\nAbsatz 2",x\n', [['Review', 'Tags'], ['Absatz 1\n\nAbsatz 2', 'x']]],
    ['CRLF inside quotes is kept', 'Review\n"a\r\nb"\r\n', [['Review'], ['a\r\nb']]],
    ['empty fields', 'a,b,c\n,,\n', [['a', 'b', 'c'], ['', '', '']]],
    ['an empty quoted field', 'a,b\n"",x\n', [['a', 'b'], ['', 'x']]],
    ['blank lines are skipped', 'a\n\n1\n\n', [['a'], ['1']]],
    ['a quote inside an unquoted field is a character', 'Name\n12" Monkeys\n', [['Name'], ['12" Monkeys']]],
    ['a formula stays text', 'Name\n=1+1\n@SUM(A1)\n', [['Name'], ['=1+1'], ['@SUM(A1)']]],
    ['empty text', '', []],
  ])('%s', (_name, text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('gives each record the line it starts on, counting line breaks inside quotes', () => {
    const records = parseCsv('Review,Year\n"eins\nzwei\ndrei",2011\nletzte,2012\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it('refuses a quoted field that never closes, naming the line it starts on', () => {
    expect(() => parseCsv('Name,Year\nDrive,2011\n"Heat,1995\nCollateral,2004\n')).toThrow(new CsvSyntaxError(3, 'Zeile 3: Anführungszeichen wird nicht geschlossen'));
  });

  it('reads 100,000 quotes and commas in one pass (hostile text)', () => {
    const started = performance.now();
    expect(fields(`${','.repeat(100_000)}\n`)[0]).toHaveLength(100_001);
    expect(() => parseCsv('"'.repeat(100_001))).toThrow(CsvSyntaxError);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('toCsv', () => {
  it.each([
    ['plain', ['Drive', '2011'], 'Drive,2011'],
    ['comma quoted', ['kino, nachts'], '"kino, nachts"'],
    ['quote doubled', ['Er sagt "nein"'], '"Er sagt ""nein"""'],
    ['line break quoted', ['a\nb'], '"a\nb"'],
  ])('%s', (_name, row, line) => {
    expect(toCsv([row])).toBe(`${line}\r\n`);
  });

  it('reads back what it wrote', () => {
    const rows = [['Title', 'Review'], ['Heat', 'Absatz 1\r\n\r\n"Absatz" 2, mit Komma'], ['', '']];
    expect(fields(toCsv(rows))).toEqual(rows);
  });
});

describe('plainTextCell: text a spreadsheet shows and does not run', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', "'+1"],
    ['-5 Sterne', "'-5 Sterne"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['Drive', 'Drive'],
    ['', ''],
    ["'quoted'", "'quoted'"],
  ])('%j → %j, and back', (value, cell) => {
    expect(plainTextCell(value)).toBe(cell);
    expect(fromPlainTextCell(plainTextCell(value))).toBe(value);
  });
});

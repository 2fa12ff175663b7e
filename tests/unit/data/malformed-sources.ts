/**
 * Broken copies of data/ for the error tests: each case copies the real sources into a temp folder,
 * applies one edit a curator could plausibly make, and says which file, field and reason the build
 * must report. An edit whose "before" text is not found fails loudly, so a case cannot go stale and
 * pass by testing the unbroken data.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MalformedCase {
  name: string;
  /** Path inside the data folder. */
  file: string;
  edit: (content: string) => string;
  /** null when the problem is the file as a whole (broken YAML). */
  field: string | null;
  reason: string;
  /** Creates the file instead of editing it. */
  create?: boolean;
}

function replace(before: string, after: string) {
  return (content: string) => {
    if (!content.includes(before)) throw new Error(`test set-up: ${JSON.stringify(before)} not found`);
    return content.replace(before, after);
  };
}

export const MALFORMED_CASES: MalformedCase[] = [
  { name: 'missing field', file: 'reviews/drive-2011-kritik-1.md', edit: replace('kind: Kritik\n', ''), field: 'kind', reason: 'missing: this field is required' },
  { name: 'wrong type', file: 'films/drive-2011.yaml', edit: replace('year: 2011', 'year: "2011"'), field: 'year', reason: 'expected a year as a number, got "2011"' },
  { name: 'score max zero', file: 'reviews/the-driver-1978-kritik.md', edit: replace('max: 10', 'max: 0'), field: 'score.max', reason: 'expected a number > 0' },
  { name: 'unknown key', file: 'films/the-driver-1978.yaml', edit: replace('year: 1978', 'year: 1978\nregie: Walter Hill'), field: 'regie', reason: 'unknown field' },
  { name: 'unknown key in a cast entry', file: 'films/the-driver-1978.yaml', edit: replace('role: Detective', 'rolle: Detective'), field: 'cast.1.rolle', reason: 'unknown field' },
  { name: 'bad id', file: 'films/drive-2011.yaml', edit: replace('id: drive-2011', 'id: Drive_2011'), field: 'id', reason: 'expected a film id in slug-year form' },
  { name: 'id not the file name', file: 'films/drive-copy-2011.yaml', create: true, edit: () => readFileSync('data/films/drive-2011.yaml', 'utf8'), field: 'id', reason: 'must equal the file name "drive-copy-2011"' },
  { name: 'id not slug of the original title and year', file: 'films/drive-2011.yaml', edit: replace('year: 2011', 'year: 2012'), field: 'id', reason: 'expected "drive-2012"' },
  { name: 'unknown filmId', file: 'reviews/drive-2011-kritik-1.md', edit: replace('filmId: drive-2011', 'filmId: drive-2012'), field: 'filmId', reason: 'unknown film "drive-2012"' },
  { name: 'verdict sentence not in text', file: 'reviews/drive-2011-kritik-1.md', edit: replace('verdictSentence: "Ein lakonisches,', 'verdictSentence: "Ein lakonisch,'), field: 'verdictSentence', reason: 'not found verbatim in the review text' },
  { name: 'score not in text', file: 'reviews/the-driver-1978-kritik.md', edit: replace('value: 9', 'value: 8'), field: 'score', reason: 'the text does not contain "8/10"' },
  { name: 'mention of an unknown film', file: 'reviews/drive-2011-kritik-2.md', edit: replace('filmId: pusher-1996', 'filmId: pusher-1997'), field: 'mentions.0.filmId', reason: 'unknown film "pusher-1997"' },
  { name: 'mention sentence not in text', file: 'reviews/drive-2011-kritik-2.md', edit: replace('in Martin Scorseses Taxi Driver von 1976 aufweist."', 'in Scorseses Taxi Driver aufweist."'), field: 'mentions.4.sentence', reason: 'not found verbatim' },
  { name: 'broken YAML', file: 'reviews/drive-2011-kritik-1.md', edit: replace('verdict: positiv', 'verdict: [positiv'), field: null, reason: 'invalid YAML at line 12, column 1: Flow sequence' },
  { name: 'front matter not closed', file: 'reviews/drive-2011-kritik-1.md', edit: replace('textEdits: []\n---', 'textEdits: []'), field: null, reason: 'front matter is not closed' },
  { name: 'web residue in text', file: 'reviews/drive-2011-inhaltsangabe-moviemaster.md', edit: (text) => `${text}\n© 1996 - 2024 moviemaster.de\n`, field: 'text', reason: 'paragraph 9 contains web-page residue "©"' },
  { name: 'double space in text', file: 'reviews/drive-2011-kritik-2.md', edit: replace('Irene (Carey Mulligan)', 'Irene (Carey  Mulligan)'), field: 'text', reason: 'paragraph 3 contains a double space' },
  { name: 'line break inside a paragraph', file: 'reviews/drive-2011-inhaltsangabe-moviemaster.md', edit: replace('Driver (Ryan Gosling)', 'Driver (\nRyan Gosling)'), field: 'text', reason: 'paragraph 1 has a line break inside' },
  { name: 'backtick apostrophe', file: 'reviews/the-driver-1978-kritik.md', edit: replace('(Ryan O’Neal)', '(Ryan O`Neal)'), field: 'text', reason: 'backtick' },
  { name: 'date that does not exist', file: 'reviews/drive-2011-inhaltsangabe-moviemaster.md', edit: replace('date: "2019-01-31"', 'date: "2019-02-30"'), field: 'date', reason: 'expected a date that exists in the calendar' },
  { name: 'German date format', file: 'reviews/drive-2011-inhaltsangabe-moviemaster.md', edit: replace('date: "2019-01-31"', 'date: 31.01.2019'), field: 'date', reason: 'expected a date as "YYYY-MM-DD"' },
  { name: 'verdict outside the list', file: 'reviews/drive-2011-kritik-1.md', edit: replace('verdict: positiv', 'verdict: gut'), field: 'verdict', reason: 'expected positiv, gemischt, negativ or null' },
  { name: 'genre outside the list', file: 'films/drive-2011.yaml', edit: replace('- Krimi', '- Kriminalfilm'), field: 'genres.1', reason: 'expected one of: Abenteuer' },
  { name: 'plot summary with a verdict', file: 'reviews/drive-2011-inhaltsangabe-moviemaster.md', edit: replace('verdict: null\nverdictSentence: null', 'verdict: positiv\nverdictSentence: "Driver ist glücklich."'), field: 'verdict', reason: 'gives no judgement' },
  { name: 'stray file', file: 'films/notes.txt', create: true, edit: () => 'Notizen', field: null, reason: 'unexpected file: this folder holds only *.yaml files' },
];

/** A temp copy of data/ with one case applied; returns the folder. */
export function brokenDataDir(testCase: MalformedCase): string {
  const dir = mkdtempSync(join(tmpdir(), 'filmlupe-data-'));
  cpSync('data', dir, { recursive: true });
  const file = join(dir, testCase.file);
  writeFileSync(file, testCase.edit(testCase.create ? '' : readFileSync(file, 'utf8')));
  return dir;
}

/** The message the build must give for a case in `dir`. */
export function expectedMessageStart(dir: string, testCase: MalformedCase): string {
  const file = join(dir, testCase.file);
  return testCase.field === null ? `${file}: ` : `${file}: field "${testCase.field}": `;
}

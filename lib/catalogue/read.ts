/**
 * Reading the source files of `data/`: listing them, splitting a review into front matter and body,
 * parsing YAML, and validating against the schemas. Every failure becomes a CatalogueError that
 * names the file (and the field where there is one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { YAMLError, parse as parseYaml } from 'yaml';
import { CatalogueError } from './errors';
import { filmSourceSchema, reviewFrontMatterSchema, type FilmSource, type ReviewFrontMatter } from './schema';

export interface FilmFile {
  file: string;
  /** The file name without `.yaml`. */
  name: string;
  data: FilmSource;
}

export interface ReviewFile {
  file: string;
  /** The file name without `.md`: the review id. */
  name: string;
  data: ReviewFrontMatter;
  paragraphs: string[];
}

export function readFilmFiles(dataDir: string): FilmFile[] {
  return listSources(join(dataDir, 'films'), '.yaml').map(({ file, name }) => {
    const raw = parseYamlOf(file, readText(file), 1);
    return { file, name, data: validate(file, filmSourceSchema, raw) };
  });
}

export function readReviewFiles(dataDir: string): ReviewFile[] {
  return listSources(join(dataDir, 'reviews'), '.md').map(({ file, name }) => {
    const { frontMatter, body } = splitFrontMatter(file, readText(file));
    // The front matter starts on line 2, after the opening "---".
    const raw = parseYamlOf(file, frontMatter, 2);
    return { file, name, data: validate(file, reviewFrontMatterSchema, raw), paragraphs: toParagraphs(file, body) };
  });
}

/** The source files of one folder, sorted; any other file there is an error (a `.yml` would be ignored silently). */
function listSources(dir: string, extension: string): { file: string; name: string }[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    throw new CatalogueError(dir, null, 'folder is missing');
  }
  return entries
    .filter((entry) => !entry.startsWith('.'))
    .map((entry) => {
      const file = join(dir, entry);
      if (!entry.endsWith(extension)) {
        throw new CatalogueError(file, null, `unexpected file: this folder holds only *${extension} files`);
      }
      return { file, name: entry.slice(0, -extension.length) };
    });
}

function readText(file: string): string {
  // Files saved on Windows must not fail the "no line breaks inside paragraphs" rule.
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A review file is `---`, YAML lines, `---`, then the Markdown body. */
export function splitFrontMatter(file: string, content: string): { frontMatter: string; body: string } {
  const lines = content.split('\n');
  if (lines[0] !== '---') {
    throw new CatalogueError(file, null, 'expected the file to start with a "---" line (front matter)');
  }
  const end = lines.indexOf('---', 1);
  if (end === -1) {
    throw new CatalogueError(file, null, 'front matter is not closed: expected a second "---" line');
  }
  return { frontMatter: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n') };
}

/** `firstLine` is the file line the YAML starts on, so the error points at the line the curator sees. */
function parseYamlOf(file: string, source: string, firstLine: number): unknown {
  try {
    return parseYaml(source);
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'unreadable';
    const position = error.linePos?.[0];
    const where = position ? ` at line ${position.line + firstLine - 1}, column ${position.col}` : '';
    throw new CatalogueError(file, null, `invalid YAML${where}: ${reason}`);
  }
}

/**
 * Paragraphs are separated by blank lines and each is one line: a line break inside a paragraph
 * is left over from a web page or a copied PDF and must be repaired in the source, not hidden here.
 */
export function toParagraphs(file: string, body: string): string[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of [...body.split('\n'), '']) {
    if (line.trim() !== '') {
      current.push(line);
    } else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (blocks.length === 0) throw new CatalogueError(file, 'text', 'the review text is empty');
  return blocks.map((lines, index) => {
    const [first = '', ...more] = lines;
    if (more.length > 0) {
      throw new CatalogueError(
        file,
        'text',
        `paragraph ${index + 1} has a line break inside ("${first.slice(0, 40)}…"): keep each paragraph on one line`,
      );
    }
    return first;
  });
}

function validate<TSchema extends v.GenericSchema>(file: string, schema: TSchema, raw: unknown): v.InferOutput<TSchema> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new CatalogueError(file, null, 'expected YAML fields ("key: value" lines)');
  }
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? '(top level)';
  throw new CatalogueError(file, field, describeIssue(issue));
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return 'unknown field (check the spelling; data/README.md lists every field)';
  }
  if (issue.type === 'strict_object' && issue.received === 'undefined') {
    return 'missing: this field is required (write null or [] when unknown)';
  }
  return issue.kind === 'schema' ? `${issue.message}, got ${issue.received}` : issue.message;
}

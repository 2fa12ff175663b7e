/**
 * The one error the catalogue build throws. Its message always names the file, and where it can the
 * field, and says what is wrong, so a curator can fix the source without reading code:
 * `data/reviews/x.md: field "score.max": expected a number > 0`.
 */
import * as v from 'valibot';

export class CatalogueError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    readonly reason: string,
  ) {
    super(field === null ? `${file}: ${reason}` : `${file}: field "${field}": ${reason}`);
    this.name = 'CatalogueError';
  }
}

/** One line of a JSON Lines file checked with `schema`, or a CatalogueError naming the line (`where`) and the field. */
export function parseJsonLine<Schema extends v.GenericSchema>(schema: Schema, where: string, line: string): v.InferOutput<Schema> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    throw new CatalogueError(where, null, `invalid JSON: ${(error as Error).message}`);
  }
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new CatalogueError(where, v.getDotPath(issue) ?? '(top level)', `${issue.message}, got ${issue.received}`);
}

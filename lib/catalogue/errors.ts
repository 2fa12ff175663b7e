/**
 * The one error the catalogue build throws. Its message always names the file, and where it can the
 * field, and says what is wrong, so a curator can fix the source without reading code:
 * `data/reviews/x.md: field "score.max": expected a number > 0`.
 */
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

/** What the Wikipedia importer (wikipedia-import.ts) did, counted per reason, for its printed summary. */
/** What the importer did, counted per reason; `examples` keeps the first few for the printed summary. */
export class ImportReport {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();

  note(reason: string, example: string): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    const list = this.examples.get(reason) ?? [];
    if (list.length < 3) list.push(example);
    this.examples.set(reason, list);
  }

  count(reason: string): number {
    return this.counts.get(reason) ?? 0;
  }

  /** One line per reason, sorted, with the count and up to three examples. */
  lines(): string[] {
    return [...this.counts.keys()]
      .sort()
      .map((reason) => `${String(this.count(reason)).padStart(6)}  ${reason}  e.g. ${(this.examples.get(reason) ?? []).join(' | ')}`);
  }
}

export const REASONS = {
  titleWhitespace: 'title: whitespace repaired',
  titleLanguageMark: 'title: interlanguage mark removed ("Fly by Night [fr]")',
  castWhitespace: 'cast: whitespace repaired',
  castMarkup: 'cast: wiki markup removed ([[ ]], footnote marks)',
  castRemark: 'cast: remark in parentheses dropped ("(voice)", "(", "Best Actor", "nominee)")',
  castQualifier: 'cast: qualifier after a name removed ("Harry Carter (actor)")',
  castCredit: 'cast: writer or director credit dropped ("(screenplay)", "Dir.:")',
  castLabel: 'cast: label or connective dropped ("and", "voices of", "Cast:")',
  castNotAName: 'cast: entry without a name dropped (".", "?", "Unknown", "(none)")',
  castSuffix: 'cast: a lone "Sr."/"Jr." joined to the name before it',
  castDuplicate: 'cast: name listed twice, second dropped',
  castDescription: 'cast: a description instead of names, whole cast dropped (documentaries: "the history of", "Skateboarding")',
  castArticle: 'cast: a lone "The" joined to the name after it ("The", "East Side Kids")',
  castWords: 'cast: words of a sentence among the names dropped ("kids", "cartoon")',
  castCreditedNames: 'cast: name before a writer or director credit dropped ("Cesare Pavese", "(novel)")',
  genreUnknown: 'genres: unknown word dropped',
  genreNotAGenre: 'genres: "Live Action" dropped (a production form, not a genre)',
  hrefDecoded: 'href: URL escapes decoded ("%27" → "\'")',
  yearFromHref: 'year: off by one from the article key, year of the key taken',
  yearKeptAgainstHref: 'year: differs by 2 or more from the article key, kept (the key names another release or film)',
  hrefSharedByOtherFilm: 'href: article of another film (shared with a different title or year), removed',
  mergedSameHref: 'merged: same article key, same title and year',
  mergedSameTitleYear: 'merged: same title and year, at most one article key',
  noHref: 'kept without article key (no stable key; id from title + year)',
  idQualified: 'id: shared title + year, told apart by the article key ("carmen-cecil-b-demille-1915")',
  idNumbered: 'id: shared title + year, told apart by a number ("this-is-america-2-1933")',
} as const;

import { describe, expect, it } from 'vitest';
import { CatalogueError } from './errors';
import type { WikipediaRow } from './schema';
import { GENRES } from './schema';
import {
  GENRE_TRANSLATIONS,
  ImportReport,
  REASONS,
  assignIds,
  cleanCast,
  cleanRow,
  formatBaseFile,
  importRows,
  mergeDuplicates,
  parseRow,
  translateGenres,
  yearOfKey,
  type Cleaned,
} from './wikipedia-import';

const row = (title: string, year: number, extra: Partial<WikipediaRow> = {}): WikipediaRow => ({
  title,
  year,
  cast: [],
  genres: [],
  href: null,
  ...extra,
});
const cleaned = (title: string, year: number, wikipedia: string | null, order: number, cast: string[] = []): Cleaned => ({
  title,
  year,
  cast,
  genres: [],
  wikipedia,
  order,
});

describe('cleanCast', () => {
  it.each([
    ['keeps names in billing order', ['Ryan Gosling', 'Carey Mulligan', 'Bryan Cranston'], ['Ryan Gosling', 'Carey Mulligan', 'Bryan Cranston']],
    ['repairs whitespace', [' Cuba Gooding  Jr. '], ['Cuba Gooding Jr.']],
    ['drops a name listed twice', ['Jeremy Piven', 'Tom Hanks', 'Jeremy Piven'], ['Jeremy Piven', 'Tom Hanks']],
    ['drops connectives and labels', ['Bud Abbott', 'and', 'Lou Costello', 'Cast:'], ['Bud Abbott', 'Lou Costello']],
    ['drops "voices of"', ['voices of', 'Robin Williams', 'Gilbert Gottfried'], ['Robin Williams', 'Gilbert Gottfried']],
    ['drops entries without a name', ['', '.', 'Unknown', '?', '(none)', 'Val Kilmer'], ['Val Kilmer']],
    ['drops a remark split over entries', ['William Powell', '(', 'Best Actor', 'nominee)', 'Carole Lombard'], ['William Powell', 'Carole Lombard']],
    ['drops a remark in one entry', ['Tom Hanks', '(voice)', 'Tim Allen'], ['Tom Hanks', 'Tim Allen']],
    ['removes a qualifier after a name', ['Harry Carter (actor)', 'Alois Havrilla (narrator)'], ['Harry Carter', 'Alois Havrilla']],
    ['keeps a nickname inside a name', ["Dave (Tex) O'Brien"], ["Dave (Tex) O'Brien"]],
    ['removes wiki markup', ['Katherine MacDonald]]', '[a]'], ['Katherine MacDonald']],
    ['drops writer credits and the names they credit', ['Cesare Pavese', '(novel)', 'Eleonora Rossi Drago'], ['Eleonora Rossi Drago']],
    ['drops a name with a writer credit', ['Melanie Wistar (Screenplay)', 'Dennis Haysbert'], ['Dennis Haysbert']],
    ['drops a director label and the director', ['Dir.:', 'Greg Marcks', 'Cast:', 'Shane West'], ['Shane West']],
    ['keeps names that start like a label', ['Dirk Bogarde', 'Andy Griffith'], ['Dirk Bogarde', 'Andy Griffith']],
    ['joins a lone "Sr." to the name before', ['House Peters', 'Sr.', 'Myrtle Stedman'], ['House Peters Sr.', 'Myrtle Stedman']],
    ['joins a lone "The" to the name after', ['Jean Hersholt', 'The', 'Dionne Quintuplets'], ['Jean Hersholt', 'The Dionne Quintuplets']],
    ['drops a description at the head: the whole cast', ['the history of', 'Skateboarding'], []],
    ['drops a stray word among names', ['Popeye', 'cartoon'], ['Popeye']],
    ['keeps stage names in lower case', ['will.i.am', 'muMs da Schemer'], ['will.i.am', 'muMs da Schemer']],
    ['keeps one-word names and duos', ['Cher', 'Abbott and Costello'], ['Cher', 'Abbott and Costello']],
  ])('%s', (_name, entries, expected) => {
    expect(cleanCast(entries, new ImportReport(), 'Test (2000)')).toEqual(expected);
  });

  it('counts every repair and drop by reason', () => {
    const report = new ImportReport();
    cleanCast(['Bud Abbott', 'and', 'Lou Costello', 'Lou Costello', '(voice)'], report, 'Test (2000)');
    expect(report.count(REASONS.castLabel)).toBe(1);
    expect(report.count(REASONS.castDuplicate)).toBe(1);
    expect(report.count(REASONS.castRemark)).toBe(1);
    expect(report.lines().join('\n')).toContain('Test (2000): "and"');
  });
});

describe('translateGenres', () => {
  it('maps every word to a German genre of the closed list, or to null', () => {
    for (const german of Object.values(GENRE_TRANSLATIONS)) {
      if (german !== null) expect(GENRES).toContain(german);
    }
  });

  it.each([
    [['Drama'], ['Drama']],
    [['Comedy', 'Romance'], ['Komödie', 'Liebesfilm']],
    [['Science Fiction', 'Thriller', 'Horror', 'Western'], ['Science-Fiction', 'Thriller', 'Horror', 'Western']],
    [['Crime', 'Mystery'], ['Krimi']],
    [['Sports', 'Sport'], ['Sportfilm']],
    [['Animated', 'Live Action'], ['Animation']],
  ])('%j → %j', (words, expected) => {
    expect(translateGenres(words, new ImportReport(), 'Test (2000)')).toEqual(expected);
  });

  it('drops and reports an unknown word', () => {
    const report = new ImportReport();
    expect(translateGenres(['Drama', 'Mockumentary'], report, 'Test (2000)')).toEqual(['Drama']);
    expect(report.count(REASONS.genreUnknown)).toBe(1);
    expect(report.examples.get(REASONS.genreUnknown)).toEqual(['Test (2000): "Mockumentary"']);
  });
});

describe('cleanRow: article key and year', () => {
  it.each([
    ['Drive_(1997_film)', 1997],
    ['Carmen_(1915_Cecil_B._DeMille_film)', 1915],
    ['Taxi_Driver', null],
    ['Valhalla_Rising_(film)', null],
  ])('yearOfKey(%s) = %s', (key, year) => {
    expect(yearOfKey(key)).toBe(year);
  });

  it('takes the key’s year when the list’s is one off (the key names the first release)', () => {
    const report = new ImportReport();
    expect(cleanRow(row('Drive', 1998, { href: 'Drive_(1997_film)' }), 0, report).year).toBe(1997);
    expect(report.count(REASONS.yearFromHref)).toBe(1);
  });

  it('keeps the list’s year when the key is two or more years off (a re-release linked to the original)', () => {
    const report = new ImportReport();
    expect(cleanRow(row('Titanic 3D', 2012, { href: 'Titanic_(1997_film)' }), 0, report).year).toBe(2012);
    expect(report.count(REASONS.yearKeptAgainstHref)).toBe(1);
  });

  it('decodes URL escapes in the key and removes an interlanguage mark from the title', () => {
    const film = cleanRow(row('Fly by Night\u00a0[fr]', 1918, { href: 'A_Man%27s_Man_(1918_film)' }), 0, new ImportReport());
    expect(film).toMatchObject({ title: 'Fly by Night', wikipedia: "A_Man's_Man_(1918_film)" });
  });
});

describe('mergeDuplicates', () => {
  it('merges the same key with the same title and year, the first row’s cast order first', () => {
    const report = new ImportReport();
    const merged = mergeDuplicates(
      [cleaned('Suspicion', 1918, 'Suspicion_(1918_film)', 0, ['A', 'B']), cleaned('Suspicion', 1918, 'Suspicion_(1918_film)', 1, ['B', 'C'])],
      report,
    );
    expect(merged).toEqual([cleaned('Suspicion', 1918, 'Suspicion_(1918_film)', 0, ['A', 'B', 'C'])]);
    expect(report.count(REASONS.mergedSameHref)).toBe(1);
  });

  it('keeps different films sharing a key, the key staying with the one of its year or title', () => {
    const report = new ImportReport();
    const merged = mergeDuplicates(
      [cleaned('Titanic 3D', 2012, 'Titanic_(1997_film)', 0), cleaned('Titanic', 1997, 'Titanic_(1997_film)', 1)],
      report,
    );
    expect(merged.map((film) => [film.title, film.wikipedia])).toEqual([
      ['Titanic 3D', null],
      ['Titanic', 'Titanic_(1997_film)'],
    ]);
    expect(report.count(REASONS.hrefSharedByOtherFilm)).toBe(1);
  });

  it('merges the same title and year when at most one has a key; keeps two keyed films apart', () => {
    const report = new ImportReport();
    const merged = mergeDuplicates(
      [
        cleaned('The Decoy', 1916, null, 0, ['A']),
        cleaned('The Decoy', 1916, 'The_Decoy_(1916_film)', 1, ['B']),
        cleaned('Carmen', 1915, 'Carmen_(1915_Cecil_B._DeMille_film)', 2),
        cleaned('Carmen', 1915, 'Carmen_(1915_Raoul_Walsh_film)', 3),
      ],
      report,
    );
    expect(merged.map((film) => [film.title, film.wikipedia, film.cast])).toEqual([
      ['The Decoy', 'The_Decoy_(1916_film)', ['A', 'B']],
      ['Carmen', 'Carmen_(1915_Cecil_B._DeMille_film)', []],
      ['Carmen', 'Carmen_(1915_Raoul_Walsh_film)', []],
    ]);
    expect(report.count(REASONS.mergedSameTitleYear)).toBe(1);
  });
});

describe('assignIds', () => {
  it('gives slug-year ids like the curated ones, sorted', () => {
    const films = assignIds([cleaned('The Driver', 1978, 'The_Driver', 0), cleaned('Drive', 2011, 'Drive_(2011_film)', 1)], new ImportReport());
    expect(films.map((film) => film.id)).toEqual(['drive-2011', 'the-driver-1978']);
  });

  it('tells films with one title and year apart by the key’s qualifier, else by a number, the same in any order', () => {
    const input = [
      cleaned('Carmen', 1915, 'Carmen_(1915_Raoul_Walsh_film)', 0),
      cleaned('Carmen', 1915, 'Carmen_(1915_Cecil_B._DeMille_film)', 1),
      cleaned('Back to the Woods', 1918, 'Back_to_the_Woods_(1918_film)', 2),
      cleaned('Back to the Woods', 1918, 'Back_to_the_Woods_(1918_Goldwyn_film)', 3),
      cleaned('This Is America', 1933, null, 4, ['A']),
      cleaned('This Is America', 1933, null, 5, ['B']),
    ];
    const ids = (films: Cleaned[]) => assignIds(films, new ImportReport()).map((film) => `${film.id} ${film.wikipedia ?? film.cast.join()}`);
    const expected = [
      'back-to-the-woods-1918 Back_to_the_Woods_(1918_film)',
      'back-to-the-woods-goldwyn-1918 Back_to_the_Woods_(1918_Goldwyn_film)',
      'carmen-cecil-b-demille-1915 Carmen_(1915_Cecil_B._DeMille_film)',
      'carmen-raoul-walsh-1915 Carmen_(1915_Raoul_Walsh_film)',
      'this-is-america-1933 A',
      'this-is-america-2-1933 B',
    ];
    expect(ids(input)).toEqual(expected);
    expect(ids([...input].reverse().map((film, index) => ({ ...film, order: index < 2 ? 5 - index : film.order })))).toEqual(expected);
  });
});

describe('parseRow and importRows', () => {
  it('names the line and the field of a malformed row', () => {
    expect(() => parseRow('films.jsonl', 7, '{"title": "Drive", "year": "2011", "cast": [], "genres": []}')).toThrow(
      new CatalogueError('films.jsonl:7', 'year', 'expected a year as a number, got "2011"'),
    );
    expect(() => parseRow('films.jsonl', 8, '{"title": "Drive", "year": 2011, "cast": [3], "genres": []}')).toThrow(
      'films.jsonl:8: field "cast.0": expected a name as text, got 3',
    );
    expect(() => parseRow('films.jsonl', 9, '{"title": "Drive"')).toThrow(/^films\.jsonl:9: invalid JSON/);
  });

  it('stops on a row the repairs cannot save, naming the film and field', () => {
    const rows = [row('Drive', 2011), row('  ', 2011)];
    expect(() => importRows(rows, new ImportReport())).toThrow(new CatalogueError('films.jsonl: row 2', 'title', 'expected text, got an empty string'));
  });

  it('writes one film a line, byte-identical for the same rows in another order', () => {
    const rows = [row('Drive', 2011, { href: 'Drive_(2011_film)', cast: ['Ryan Gosling'], genres: ['Action', 'Drama'] }), row('The Driver', 1978, { href: 'The_Driver' })];
    const first = formatBaseFile(importRows(rows, new ImportReport()));
    expect(first).toBe(
      '{"id":"drive-2011","title":"Drive","year":2011,"cast":["Ryan Gosling"],"genres":["Action","Drama"],"wikipedia":"Drive_(2011_film)"}\n' +
        '{"id":"the-driver-1978","title":"The Driver","year":1978,"cast":[],"genres":[],"wikipedia":"The_Driver"}\n',
    );
    expect(formatBaseFile(importRows([...rows].reverse(), new ImportReport()))).toBe(first);
  });
});

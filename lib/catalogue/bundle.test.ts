import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { toMatchable } from '../title/match';
import { baseFilm, baseFilmsOf, baseFilmsScript, expandCatalogue, matchableBaseFilms, parseBaseFilmsScript } from './bundle';
import type { BaseFilm } from './schema';

/** Films whose strings would break a careless script writer or reader: quotes, backslashes, line breaks, the reader's own markers. */
const FILMS: BaseFilm[] = [
  { id: 'drive-1997', title: 'Drive', year: 1997, cast: ['Mark Dacascos'], genres: ['Action'], wikipedia: 'Drive_(1997_film)' },
  { id: 'say-1999', title: 'He Said "No" \\ She Said', year: 1999, cast: [], genres: [], wikipedia: null },
  { id: 'lines-2001', title: 'Zwei\nZeilen\u2028und\u2029mehr', year: 2001, cast: ["O'Brien", 'details: x'], genres: ['Drama'], wikipedia: 'A"B' },
  { id: 'marker-2002', title: '), details: "x",', year: 2002, cast: ['...JSON.parse('], genres: ['Komödie'], wikipedia: '},\n};' },
];

/** Runs a base films script as the worker does (importScripts): what it leaves in `filmlupeBaseFilms`. */
function runScript(script: string): unknown {
  const scope: { filmlupeBaseFilms?: unknown[] } = {};
  vm.runInNewContext(script.replace('globalThis.', 'scope.'), { scope });
  return scope.filmlupeBaseFilms?.[2];
}

describe('base films scripts (lib/catalogue/bundle.ts)', () => {
  it('give the worker the films the build wrote, also with quotes, line breaks and the reader\'s markers in titles', () => {
    const script = baseFilmsScript(2, FILMS);
    const imported = runScript(script);
    expect(imported).toEqual(parseBaseFilmsScript(script));
    expect(baseFilmsOf(parseBaseFilmsScript(script))).toEqual(FILMS);
  });

  it('give the matcher the same films as the expanded catalogue does, without parsing cast and genres', () => {
    const part = parseBaseFilmsScript(baseFilmsScript(0, FILMS));
    expect(matchableBaseFilms({ ...part, details: 'not parsed' })).toEqual(FILMS.map((film) => toMatchable(baseFilm(film))));
  });

  it('expand, through their details, to the films of the catalogue', () => {
    const catalogue = expandCatalogue({
      catalogue: { dataVersion: 'x', films: [], reviews: [], baseFilmFiles: ['base-films-1.js'] },
      baseFilms: [baseFilmsOf(parseBaseFilmsScript(baseFilmsScript(0, FILMS)))],
    });
    expect(catalogue.films).toEqual(FILMS.map(baseFilm));
  });
});

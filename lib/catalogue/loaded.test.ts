import { describe, expect, it } from 'vitest';
import { toMatchable } from '../title/match';
import { baseFilm, parseBaseFilmsScript, baseFilmsScript, type BundledCatalogue } from './bundle';
import { loadedBaseFilmParts, matchableBundledFilms } from './loaded';
import type { BaseFilm } from './schema';
import type { Film } from './types';

const CURATED = { id: 'drive-2011', germanTitle: 'Drive', originalTitle: 'Drive', aliases: [], year: 2011, directors: [], cast: [], genres: [], mentions: [], source: 'curated' } as unknown as Film;
const BASE: BaseFilm[] = [
  { id: 'heat-1995', title: 'Heat', year: 1995, cast: [], genres: [], wikipedia: null },
  { id: 'alien-1979', title: 'Alien', year: 1979, cast: [], genres: [], wikipedia: null },
];
const bundled = (files: string[]): BundledCatalogue => ({ dataVersion: 'x', films: [CURATED], reviews: [], baseFilmFiles: files });
const part = (films: BaseFilm[], index = 0) => parseBaseFilmsScript(baseFilmsScript(index, films));

describe('the bundled catalogue after its base film scripts ran (lib/catalogue/loaded.ts)', () => {
  it('gives the matcher the curated films first, then every part in order, as the expanded catalogue would', () => {
    const scope = { filmlupeBaseFilms: [part(BASE.slice(0, 1)), part(BASE.slice(1), 1)] };
    expect(matchableBundledFilms(bundled(['base-films-1.js', 'base-films-2.js']), scope)).toEqual([CURATED, ...BASE.map(baseFilm)].map(toMatchable));
  });

  it.each([
    ['no script ran', {}],
    ['one of two scripts ran', { filmlupeBaseFilms: [part(BASE)] }],
    // The scripts assign by index: the second alone leaves a hole at 0, which `Array.some` would skip.
    ['the second of two scripts ran only', { filmlupeBaseFilms: Object.assign([], { 1: part(BASE, 1) }) }],
  ])('refuses a catalogue whose base films are missing: %s', (_, scope) => {
    expect(() => loadedBaseFilmParts(bundled(['base-films-1.js', 'base-films-2.js']), scope)).toThrow('base films not loaded: base-films-1.js, base-films-2.js');
  });
});

/**
 * The curated films in data/: every source file is valid, and the catalogue holds the eight films
 * of issue 2 with the facts the seeds establish (the Wikipedia base films are tested in base-films.test.ts).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/build';
import { FILM_ID_PATTERN } from '../../../lib/catalogue/schema';
import { filmIdFor } from '../../../lib/catalogue/slug';
import { filmOf } from './data-dir';

const catalogue = loadCatalogue('data');
const curated = catalogue.films.filter((entry) => entry.source === 'curated');
const film = (id: string) => filmOf(catalogue, id);

describe('data/films', () => {
  it('has one valid film per .yaml file, the id equal to the file name', () => {
    const fileNames = readdirSync('data/films').map((name) => name.replace(/\.yaml$/, ''));
    expect(curated.map((entry) => entry.id).sort()).toEqual(fileNames.sort());
  });

  it.each(curated.map((entry) => [entry.id, entry] as const))('%s has a slug-year id made of its original title and year', (id, entry) => {
    expect(id).toMatch(FILM_ID_PATTERN);
    expect(id).toBe(filmIdFor(entry.originalTitle, entry.year));
  });

  it.each([
    ['drive-2011', 'Drive', 'Drive', 2011, ['Nicolas Winding Refn']],
    ['the-driver-1978', 'Driver', 'The Driver', 1978, ['Walter Hill']],
    ['taxi-driver-1976', 'Taxi Driver', 'Taxi Driver', 1976, ['Martin Scorsese']],
    ['pusher-1996', 'Pusher', 'Pusher', 1996, ['Nicolas Winding Refn']],
    ['pusher-ii-2004', 'Pusher II', 'Pusher II', 2004, ['Nicolas Winding Refn']],
    ['pusher-3-2005', 'Pusher 3', 'Pusher 3', 2005, ['Nicolas Winding Refn']],
    ['valhalla-rising-2009', 'Walhalla Rising', 'Valhalla Rising', 2009, ['Nicolas Winding Refn']],
    ['never-let-me-go-2010', 'Alles, was wir geben mussten', 'Never Let Me Go', 2010, ['Mark Romanek']],
  ])('%s: "%s" (original "%s", %i) by %j', (id, germanTitle, originalTitle, year, directors) => {
    expect(film(id)).toMatchObject({ germanTitle, originalTitle, year, directors });
  });

  it('lists exactly the eight films of the seeds as curated, first', () => {
    expect(curated).toHaveLength(8);
    expect(catalogue.films.slice(0, 8)).toEqual(curated);
  });

  it('gives Drive the cast and roles of the moviemaster.de summary in billing order, Gosling spelled right', () => {
    expect(film('drive-2011').cast).toEqual([
      { name: 'Ryan Gosling', role: 'Driver' },
      { name: 'Carey Mulligan', role: 'Irene' },
      { name: 'Bryan Cranston', role: 'Shannon' },
      { name: 'Albert Brooks', role: 'Bernie Rose' },
      { name: 'Oscar Isaac', role: 'Standard' },
      { name: 'Christina Hendricks', role: 'Blanche' },
      { name: 'Ron Perlman', role: 'Nino' },
      { name: 'Kaden Leos', role: 'Benicio' },
      { name: 'James Biberi', role: 'Cook' },
    ]);
  });

  it('gives The Driver its German title as an alias and O’Neal a correct name; no role invented for Adjani', () => {
    const driver = film('the-driver-1978');
    expect(driver.aliases).toContain('Driver');
    expect(driver.cast).toEqual([
      { name: "Ryan O'Neal", role: 'Driver' },
      { name: 'Bruce Dern', role: 'Detective' },
      { name: 'Isabelle Adjani' },
    ]);
  });

  it.each([
    ['valhalla-rising-2009', 'Walhalla Rising'],
    ['never-let-me-go-2010', 'Alles, was wir geben mussten'],
    ['never-let-me-go-2010', 'Alles, was wir geben mußten'],
  ])('%s is also known as "%s"', (id, alias) => {
    expect(film(id).aliases).toContain(alias);
  });

  it.each([
    ['taxi-driver-1976', { name: 'Robert De Niro', role: 'Travis Bickle' }],
    ['never-let-me-go-2010', { name: 'Carey Mulligan' }],
  ])('%s lists %j, the cast fact its mentioning review supports', (id, member) => {
    expect(film(id).cast).toContainEqual(member);
  });

  it('spells every cast name without the sources’ slips', () => {
    const names = catalogue.films.flatMap((entry) => entry.cast.map((member) => member.name));
    expect(names.filter((name) => /Gossling|`/.test(name))).toEqual([]);
  });
});

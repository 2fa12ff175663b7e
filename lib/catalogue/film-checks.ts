/** Rules for a film source that a schema cannot express: its id, its titles, uniqueness. */
import type { Problem } from './checks';
import type { FilmSource } from './schema';
import { filmIdFor } from './slug';

export function checkedFilmProblem(fileName: string, film: FilmSource, knownFilmIds: ReadonlySet<string>): Problem | null {
  if (film.id !== fileName) {
    return { field: 'id', reason: `"${film.id}" must equal the file name "${fileName}"` };
  }
  if (knownFilmIds.has(film.id)) {
    return { field: 'id', reason: `"${film.id}" is used by another film` };
  }
  const expectedId = filmIdFor(film.originalTitle, film.year);
  if (film.id !== expectedId) {
    return { field: 'id', reason: `expected "${expectedId}" (slug of originalTitle + "-" + year)` };
  }
  const seenAliases = new Set<string>();
  for (const [index, alias] of film.aliases.entries()) {
    if (seenAliases.has(alias)) return { field: `aliases.${index}`, reason: `"${alias}" is listed twice` };
    seenAliases.add(alias);
  }
  const seenCast = new Set<string>();
  for (const [index, member] of film.cast.entries()) {
    if (seenCast.has(member.name)) return { field: `cast.${index}.name`, reason: `"${member.name}" is listed twice` };
    seenCast.add(member.name);
  }
  return null;
}

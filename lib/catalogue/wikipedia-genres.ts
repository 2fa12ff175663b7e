/** The Wikipedia dataset's English genre words in German (every word the data holds is listed). */
import type { BaseFilm } from './schema';
import { collapse } from './wikipedia-cast';
import { ImportReport, REASONS } from './wikipedia-report';

/**
 * Every genre word of the dataset (41) and its German word from GENRES; `null` = not a genre, dropped.
 * English "Mystery" is the whodunit (German: Krimi); German "Mystery" is the supernatural.
 */
export const GENRE_TRANSLATIONS: Readonly<Record<string, BaseFilm['genres'][number] | null>> = {
  Action: 'Action',
  Adventure: 'Abenteuer',
  Animated: 'Animation',
  Biography: 'Biografie',
  Comedy: 'Komödie',
  Crime: 'Krimi',
  Dance: 'Tanzfilm',
  Disaster: 'Katastrophenfilm',
  Documentary: 'Dokumentarfilm',
  Drama: 'Drama',
  Erotic: 'Erotik',
  Family: 'Familienfilm',
  Fantasy: 'Fantasy',
  'Found Footage': 'Found Footage',
  Historical: 'Historienfilm',
  Horror: 'Horror',
  Independent: 'Independentfilm',
  Legal: 'Gerichtsfilm',
  // Marks the live-action parts of a mostly animated film: a production form, not a genre.
  'Live Action': null,
  'Martial Arts': 'Martial Arts',
  Musical: 'Musical',
  Mystery: 'Krimi',
  Noir: 'Film noir',
  // Concert films and recorded stage shows (Monterey Pop, Gilda Live).
  Performance: 'Bühnenaufzeichnung',
  Political: 'Politfilm',
  Romance: 'Liebesfilm',
  Satire: 'Satire',
  'Science Fiction': 'Science-Fiction',
  Short: 'Kurzfilm',
  Silent: 'Stummfilm',
  Slasher: 'Horror',
  Sport: 'Sportfilm',
  Sports: 'Sportfilm',
  Spy: 'Agentenfilm',
  Superhero: 'Superheldenfilm',
  Supernatural: 'Mystery',
  Suspense: 'Thriller',
  Teen: 'Jugendfilm',
  Thriller: 'Thriller',
  War: 'Kriegsfilm',
  Western: 'Western',
};

/** German genres in the dataset's order, each once; unknown words and non-genres are noted. */
export function translateGenres(words: readonly string[], report: ImportReport, where: string): BaseFilm['genres'] {
  const genres: BaseFilm['genres'] = [];
  for (const word of words) {
    const key = collapse(word);
    if (!Object.hasOwn(GENRE_TRANSLATIONS, key)) {
      report.note(REASONS.genreUnknown, `${where}: ${JSON.stringify(word)}`);
      continue;
    }
    const german = GENRE_TRANSLATIONS[key];
    if (german === null || german === undefined) {
      report.note(REASONS.genreNotAGenre, where);
      continue;
    }
    if (!genres.includes(german)) genres.push(german);
  }
  return genres;
}

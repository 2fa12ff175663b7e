/** Search the bundled catalogue from the popup; choosing a result shows its short card (see Popup). */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging';
import type { FilmMatch } from '../../lib/title/types';

/** Typing pauses this long before a search: each key press need not cost a round trip. */
const SEARCH_DELAY_MS = 150;

export function CatalogueSearch({ chosenId, onChoose }: { chosenId: string | null; onChoose(id: string): void }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<FilmMatch[] | null>(null);

  useEffect(() => {
    if (query.trim() === '') {
      setResults(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      sendMessage('searchCatalogue', { query }).then(
        (found) => live && setResults(found),
        () => live && setResults([]),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <section aria-labelledby="suche-titel" class="search">
      <h2 id="suche-titel" class="visually-hidden">
        Katalog durchsuchen
      </h2>
      <label for="suche">Im Katalog suchen</label>
      <input
        id="suche"
        type="search"
        placeholder="Titel, Regie oder Besetzung"
        autocomplete="off"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p role="status" class="hint">
        {results === null ? '' : results.length === 0 ? 'Kein Film gefunden.' : results.length === 1 ? '1 Treffer' : `${results.length} Treffer`}
      </p>
      {results && results.length > 0 && (
        <ul class="film-list">
          {results.map((film) => (
            <li key={film.id}>
              <button
                type="button"
                class="link"
                aria-pressed={film.id === chosenId}
                onClick={() => onChoose(film.id)}
              >
                {film.title} <span class="hint">({film.year})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

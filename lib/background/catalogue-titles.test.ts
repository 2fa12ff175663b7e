/**
 * The worker's cold start: matching needs only the films' titles, so the service answers matches
 * from `titles` and expands the whole catalogue (36,000 films' cast and genres) only when a card or
 * the search needs it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { CatalogueService } from './catalogue-service';
import * as matcher from '../title/match';
import { testCatalogue } from './test-fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('CatalogueService with the films\' titles given apart', () => {
  it('answers matches without expanding the catalogue; the first card and search expand it once', async () => {
    let expanded = 0;
    const catalogue = new CatalogueService({
      bundled: async () => {
        expanded += 1;
        return testCatalogue();
      },
      titles: async () => testCatalogue().films.map(matcher.toMatchable),
      matcher,
    });
    await catalogue.prepare();
    expect(await catalogue.matchTitles([{ text: 'Drive' }, { text: 'Kein Film' }])).toEqual([{ id: 'drive-2011', title: 'Drive', year: 2011, sure: true }, null]);
    expect(expanded).toBe(0);
    expect((await catalogue.getFilmDetails('drive-2011'))?.film.germanTitle).toBe('Drive');
    expect(await catalogue.search('Drive')).not.toEqual([]);
    expect(expanded).toBe(1);
  });

  it('loads the films again after a failed expansion, and matching goes on meanwhile', async () => {
    let calls = 0;
    const catalogue = new CatalogueService({
      bundled: async () => {
        calls += 1;
        if (calls === 1) throw new Error('base films not loaded');
        return testCatalogue();
      },
      titles: async () => testCatalogue().films.map(matcher.toMatchable),
      matcher,
    });
    await expect(catalogue.getFilmDetails('drive-2011')).rejects.toThrow('base films not loaded');
    expect(await catalogue.matchTitles([{ text: 'Drive' }])).toEqual([{ id: 'drive-2011', title: 'Drive', year: 2011, sure: true }]);
    expect((await catalogue.getFilmDetails('drive-2011'))?.film.id).toBe('drive-2011');
  });
});

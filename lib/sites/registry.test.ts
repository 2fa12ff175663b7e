/**
 * The registry's meta-test: every site has one registered adapter with a usable manifest pattern, a
 * test beside it and a dated comment above its site knowledge; pages go to the right adapter; the
 * generic detector adds to a supported page without repeating the site adapter.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters, findTitles, supportedMatches } from './index';
import { generic } from './generic';

const SITE_IDS = ['netflix', 'amazon', 'primevideo', 'disneyplus', 'justwatch', 'appletv', 'wow', 'joyn', 'rtlplus', 'mubi', 'mediamarkt', 'thalia'];
// https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns: scheme, host (optionally
// "*." + domain), path.
const MATCH_PATTERN = /^(?:\*|https?):\/\/(?:\*|(?:\*\.)?[a-z0-9.-]+)\/.*$/;
const source = (id: string) => readFileSync(`lib/sites/${id}.ts`, 'utf8');
/** The text of every comment in a source file. */
const comments = (code: string) => [...code.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)].map((match) => match[0]);
const DATE = /\b20\d\d\b/;

/**
 * Top-level selector constants (a string holding `[`, `.` or `#`) whose nearest comment above (skipping
 * the constants of the same group) carries no date: site knowledge nobody can tell the age of.
 */
function undatedSelectors(code: string): string[] {
  const lines = code.split('\n');
  const undated: string[] = [];
  lines.forEach((line, i) => {
    const declaration = /^const ([A-Z0-9_]+) =\s*(.*)$/.exec(line);
    const value = declaration && (declaration[2] || lines[i + 1]?.trim() || '');
    if (!declaration || !value || !/^['`]/.test(value) || !/[[.#]/.test(value)) return;
    let above = i - 1;
    while (above >= 0 && !/^\s*(?:\/\/|\*|\/\*)/.test(lines[above]!)) above -= 1;
    const block: string[] = [];
    while (above >= 0 && /^\s*(?:\/\/|\*|\/\*)/.test(lines[above]!)) block.push(lines[above--]!);
    if (!DATE.test(block.join(' '))) undated.push(declaration[1]!);
  });
  return undated;
}

describe('adapter registry', () => {
  it('registers every site once, in a priority order where Prime Video precedes the Amazon shop', () => {
    const ids = adapters.map((adapter) => adapter.id);
    expect([...ids].sort()).toEqual([...SITE_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.indexOf('primevideo')).toBeLessThan(ids.indexOf('amazon'));
    expect(ids).not.toContain('generic');
  });

  describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))('%s', (id, adapter) => {
    it('has a display name a user recognises (not its id)', () => {
      expect(adapter.name.trim()).toBe(adapter.name);
      expect(adapter.name).not.toBe(id);
      expect(adapter.name).toMatch(/^[A-ZÄÖÜ0-9]/);
    });

    it('has valid, non-empty match patterns', () => {
      expect(adapter.matches.length).toBeGreaterThan(0);
      for (const pattern of adapter.matches) expect(pattern).toMatch(MATCH_PATTERN);
    });

    it('has a test file beside it', () => {
      expect(existsSync(`lib/sites/${id}.test.ts`)).toBe(true);
    });

    it('dates its site knowledge in a comment above every selector', () => {
      expect(comments(source(id)).some((comment) => DATE.test(comment))).toBe(true);
      expect(undatedSelectors(source(id))).toEqual([]);
    });
  });

  it('the generic detector also has a test and a dated comment', () => {
    expect(existsSync('lib/sites/generic.test.ts')).toBe(true);
    expect(undatedSelectors(source('generic'))).toEqual([]);
  });

  it('the date check catches an undated selector', () => {
    const code = "// Cards (2026-03):\nconst CARD = 'a[data-x]';\nconst TILE = '.tile';\n\n// no date here\nconst HERO = '#hero';\n";
    expect(undatedSelectors(code)).toEqual(['HERO']);
  });

  it('supportedMatches is the plain union of all patterns', () => {
    expect(Array.isArray(supportedMatches)).toBe(true);
    expect(new Set(supportedMatches).size).toBe(supportedMatches.length);
    expect([...supportedMatches].sort()).toEqual([...new Set(adapters.flatMap((adapter) => adapter.matches))].sort());
  });

  it.each([
    ['https://www.amazon.de/gp/video/detail/B00K19SD8Q', 'primevideo'],
    ['https://www.amazon.de/dp/B005LAIHW2', 'amazon'],
    ['https://www.netflix.com/browse', 'netflix'],
    ['https://www.disneyplus.com/de-de/home', 'disneyplus'],
    ['https://www.justwatch.com/de/Film/drive', 'justwatch'],
    ['https://tv.apple.com/de/movie/drive/umc.cmc.1', 'appletv'],
    ['https://www.wowtv.de/asset/filme/drive', 'wow'],
    ['https://www.joyn.de/filme/drive', 'joyn'],
    ['https://plus.rtl.de/video-tv/filme/drive-1', 'rtlplus'],
    ['https://mubi.com/de/de/films/drive', 'mubi'],
    ['https://www.mediamarkt.de/de/product/_drive-1.html', 'mediamarkt'],
    ['https://www.saturn.de/de/product/_drive-1.html', 'mediamarkt'],
    ['https://www.thalia.de/shop/home/artikeldetails/A1', 'thalia'],
    ['https://example.org/', null],
  ])('adapterFor(%s) = %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id ?? null).toBe(id);
  });

  it('every adapter handles a URL that its own match patterns cover (manifest and adapter agree)', () => {
    const samples: Record<string, string> = {
      netflix: 'https://www.netflix.com/browse',
      amazon: 'https://www.amazon.de/dp/B005LAIHW2',
      primevideo: 'https://www.amazon.de/gp/video/detail/B00K19SD8Q',
      disneyplus: 'https://www.disneyplus.com/de-de/home',
      justwatch: 'https://www.justwatch.com/de/Film/drive',
      appletv: 'https://tv.apple.com/de/movie/drive/umc.cmc.1',
      wow: 'https://www.wowtv.de/asset/filme/drive',
      joyn: 'https://www.joyn.de/filme/drive',
      rtlplus: 'https://plus.rtl.de/video-tv/filme/drive-1',
      mubi: 'https://mubi.com/de/de/films/drive',
      mediamarkt: 'https://www.mediamarkt.de/de/product/_drive-1.html',
      thalia: 'https://www.thalia.de/shop/home/artikeldetails/A1',
    };
    for (const adapter of adapters) {
      const url = new URL(samples[adapter.id]!);
      const covered = adapter.matches.some((pattern) => {
        const [, scheme, host, path] = /^([^:]+):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
        const wildcard = (glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
        const hostOk = host === '*' || (host!.startsWith('*.') ? url.hostname === host!.slice(2) || url.hostname.endsWith(host!.slice(1)) : url.hostname === host);
        return (scheme === '*' || url.protocol === `${scheme}:`) && hostOk && wildcard(path!).test(url.pathname);
      });
      expect({ id: adapter.id, handles: adapter.handles(url), covered }).toEqual({ id: adapter.id, handles: true, covered: true });
    }
  });
});

describe('findTitles', () => {
  // Head and body written out: happy-dom's parser, unlike a browser's, leaves a leading <meta> in the body.
  const page = (html: string, head = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${html}</body></html>`, 'text/html');
  const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  const summary = (doc: ParentNode, url: string) =>
    findTitles(doc, new URL(url)).map(({ element, text, year, kind }) => ({ tag: element.tagName, text, year: year ?? null, kind: kind ?? null }));

  it('does not repeat the site adapter’s title when the generic detector finds the same element', () => {
    const doc = page('<h1>Drive</h1>', ld({ '@type': 'Movie', name: 'Drive', datePublished: '2011' }));
    expect(summary(doc, 'https://tv.apple.com/de/movie/drive/umc.cmc.1')).toEqual([{ tag: 'H1', text: 'Drive', year: 2011, kind: 'film' }]);
  });

  it('drops a generic repeat of the same title and lends the adapter its year', () => {
    const doc = page('<h1>Filme</h1><div class="program-details"><img class="program-details__title" alt="Drive"></div>', ld({ '@type': 'Movie', name: 'Drive', datePublished: '2011-09-15' }));
    expect(summary(doc, 'https://www.wowtv.de/asset/filme/drive')).toEqual([{ tag: 'IMG', text: 'Drive', year: 2011, kind: null }]);
  });

  it('adds the generic find where the site adapter sees nothing', () => {
    const doc = page('<h1>Pusher</h1>', '<meta property="og:type" content="video.movie"><meta property="og:title" content="Pusher">');
    expect(summary(doc, 'https://www.wowtv.de/asset/filme/pusher')).toEqual([{ tag: 'H1', text: 'Pusher', year: null, kind: 'film' }]);
  });

  it.each([
    ['JSON-LD in the body', `<main><h1>Drive</h1><script type="application/ld+json">${JSON.stringify({ '@type': 'Movie', name: 'Drive' })}</script></main>`, ''],
    ['JSON-LD in the head', '<h1>Drive</h1>', ld({ '@type': 'Movie', name: 'Drive' })],
    ['og:type only', '<h1>Drive</h1>', '<meta property="og:type" content="video.movie"><meta property="og:title" content="Drive">'],
  ])('still finds the film when the page carries its signals: %s', (_, html, head) => {
    expect(summary(page(html, head), 'https://www.wowtv.de/asset/filme/drive')).toEqual([{ tag: 'H1', text: 'Drive', year: null, kind: 'film' }]);
  });

  it('skips the generic detector on a page the adapter says lists titles (a Netflix browse page)', () => {
    const doc = page(`<main><h1>Drive</h1>${ld({ '@type': 'Movie', name: 'Drive' })}</main>`);
    expect(summary(doc, 'https://www.netflix.com/browse')).toEqual([]);
    expect(summary(doc, 'https://www.netflix.com/title/70023522')).toEqual([{ tag: 'H1', text: 'Drive', year: null, kind: 'film' }]);
  });

  it('a page without JSON-LD or og:type gets the adapter\'s finds only', () => {
    const doc = page('<script>var x = 1;</script><h1>Drive</h1>', '<meta name="description" content="Drive">');
    expect(summary(doc, 'https://www.wowtv.de/asset/filme/drive')).toEqual([]);
  });

  it('runs the generic detector only on the whole document, and never on unsupported pages', () => {
    const doc = page('<main><h1>Drive</h1></main>', ld({ '@type': 'Movie', name: 'Drive' }));
    expect(summary(doc.querySelector('main')!, 'https://www.wowtv.de/asset/filme/drive')).toEqual([]);
    expect(summary(doc, 'https://example.org/drive')).toEqual([]);
    expect(generic.handles(new URL('https://example.org/drive'))).toBe(false);
  });
});

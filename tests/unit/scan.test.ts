/**
 * `npm run -s scan` end to end: the command on each real saved page (skipped with a message when
 * ../shared/real-pages is absent) and on the hand-written fixtures of the registry's adapters.
 * The titles a page should and should not yield come from ../shared/real-pages/PROVENANCE.md.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../lib/title/clean';
import { buildTitleIndex } from '../../lib/title/match';
import { parseArguments, scanHtml, type ScanResult } from '../../scripts/scan';
import { describeRealPage, realPage, realPagesDir } from './real-pages';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(root, 'node_modules/.bin/tsx');
/** Each run starts tsx and parses a page of up to 2.6 MB: seconds, not milliseconds, on a shared machine. */
const COMMAND_TIMEOUT = 60_000;

async function scanCommand(url: string, file: string): Promise<ScanResult> {
  const { stdout } = await run(TSX, ['scripts/scan.ts', '--url', url, file], { cwd: root, maxBuffer: 10_000_000 });
  return JSON.parse(stdout) as ScanResult;
}

const titlesOf = (result: ScanResult) => result.candidates.map((candidate) => candidate.title);
/** What the cleaner makes of a title as PROVENANCE.md quotes it from the page. */
const cleaned = (raw: string) => cleanTitle(raw).title;

describeRealPage('scan on the real saved pages', ['netflix/browse-rows-2023-06.fragment.html', 'primevideo/detail-young-sherlock-amazon.de-2026.html', 'primevideo/amazon.de-gp-video-detail-B00K19SD8Q-um-jeden-preis-2021-04.html', 'disneyplus/card-aria-labels-de-2026-03.json'], () => {
  it('Netflix 2023 fragment: the 14 distinct titles, no "See more titles"', async () => {
    const result = await scanCommand('https://www.netflix.com/browse', path.join(realPagesDir, 'netflix/browse-rows-2023-06.fragment.html'));
    expect(result.site).toBe('netflix');
    const named = ['All Quiet on the Western Front', 'Spider-Man: Into the Spider-Verse', 'Rick and Morty', 'Black Lagoon', 'Cyberpunk: Edgerunners', 'The Office (U.S.)', 'Brooklyn Nine-Nine', 'Breaking Bad', 'Friends', 'The Big Bang Theory', 'Hajime no Ippo: The Fighting!', 'Neon Genesis Evangelion', 'BoJack Horseman', "JoJo's Bizarre Adventure"];
    expect(titlesOf(result)).toEqual(expect.arrayContaining(named.map(cleaned)));
    expect(new Set(titlesOf(result)).size).toBe(named.length);
    expect(titlesOf(result).filter((title) => /see more|more titles/i.test(title))).toEqual([]);
  }, COMMAND_TIMEOUT);

  it('Prime Video 2026 detail: the hero, 4 films and 7 series; no trailer, bonus content or "Play S1 E4"', async () => {
    const result = await scanCommand('https://www.amazon.de/-/en/gp/video/detail/B0F54Z36VS', path.join(realPagesDir, 'primevideo/detail-young-sherlock-amazon.de-2026.html'));
    expect(result.site).toBe('primevideo');
    const films = ['Alter weißer Mann', 'A Killer Romance', 'Boneyard', 'The Creator'];
    const series = ['Young Sherlock', 'The 50 - Season 1', 'Scarpetta - Season 1', 'Cross - Season 1', 'Two and a Half Men, Season 1', 'Marshals, Season 1', 'Fallout - Season 1', 'Elementary - Staffel 1 [dt./OV]'];
    for (const film of films) expect(result.candidates).toContainEqual(expect.objectContaining({ title: cleaned(film), kind: 'film' }));
    for (const show of series) expect(result.candidates).toContainEqual(expect.objectContaining({ title: cleaned(show), kind: 'series' }));
    // The trailer cleans to the series' name (kind 'other'): only the hero may give that title.
    expect(result.candidates.filter((candidate) => candidate.title === 'Young Sherlock')).toEqual([expect.objectContaining({ kind: 'series' })]);
    const nonTitles = ['Young Sherlock: The Characters of Young Sherlock', 'Play S1 E4'];
    for (const text of nonTitles) expect(titlesOf(result)).not.toContain(cleaned(text));
    expect(titlesOf(result).filter((title) => /trailer|^play\b/i.test(title))).toEqual([]);
  }, COMMAND_TIMEOUT);

  it('Prime Video 2021 detail: heading and related titles; no star rows or page buttons', async () => {
    const result = await scanCommand('https://www.amazon.de/gp/video/detail/B00K19SD8Q', path.join(realPagesDir, 'primevideo/amazon.de-gp-video-detail-B00K19SD8Q-um-jeden-preis-2021-04.html'));
    expect(result.site).toBe('primevideo');
    const named = ['Um Jeden Preis [dt./OV]', 'The Lucky One - Für immer der Deine [dt./OV]', 'Für immer Single? [dt./OV]', 'Self/less - Der Fremde in mir [dt./OV]', 'Sahara - Abenteuer In Der Wuste', 'Fahrenheit 451', 'Footloose (2011)', 'Der große Leichtsinn - The Big Easy', 'Treme - Staffel 1'];
    expect(titlesOf(result)).toEqual(expect.arrayContaining(named.map(cleaned)));
    expect(result.candidates).toContainEqual(expect.objectContaining({ title: cleaned('Treme - Staffel 1'), kind: 'series' }));
    expect(result.candidates).toContainEqual(expect.objectContaining({ title: 'Footloose', year: 2011 }));
    expect(titlesOf(result).filter((title) => /^\d star|customer review|back to top/i.test(title))).toEqual([]);
  }, COMMAND_TIMEOUT);

  it('Disney+ German labels: titles cut out with their year; genre tiles and label metadata are not titles', async () => {
    const labels = JSON.parse(realPage('disneyplus/card-aria-labels-de-2026-03.json')!) as string[];
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const cards = labels.map((label, i) => `<a data-testid="set-item" href="/de-de/browse/entity-${i}" aria-label="${escape(label)}"></a>`);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'filmlupe-scan-')), 'disneyplus-labels.html');
    writeFileSync(file, `<!doctype html><html lang="de"><head><title>Disney+</title></head><body>${cards.join('\n')}</body></html>`);
    const result = await scanCommand('https://www.disneyplus.com/de-de/home', file);
    expect(result.site).toBe('disneyplus');
    expect(result.candidates).toContainEqual(expect.objectContaining({ title: 'Zoomania 2', year: 2025 }));
    expect(result.candidates).toContainEqual(expect.objectContaining({ title: 'White Collar', year: 2009 }));
    expect(titlesOf(result)).not.toContain('Horror');
    expect(titlesOf(result).filter((title) => /Für Details|Altersfreigabe|Erscheinungsjahr|Genre:|auf Disney\+/.test(title))).toEqual([]);
    expect(result.candidates.length).toBeGreaterThan(100);
  }, COMMAND_TIMEOUT);
});

describe('scan on the hand-written fixtures', () => {
  const fixture = (name: string) => readFileSync(path.join(root, 'tests/fixtures/sites', name), 'utf8');
  // A stand-in catalogue, so these tests do not depend on what data/ holds today.
  const index = buildTitleIndex([
    { id: 'drive-2011', year: 2011, titles: ['Drive'] },
    { id: 'the-driver-1978', year: 1978, titles: ['Driver', 'The Driver'] },
    { id: 'pusher-1996', year: 1996, titles: ['Pusher'] },
    { id: 'pusher-ii-2004', year: 2004, titles: ['Pusher II'] },
    { id: 'valhalla-rising-2009', year: 2009, titles: ['Walhalla Rising', 'Valhalla Rising'] },
    { id: 'never-let-me-go-2010', year: 2010, titles: ['Alles, was wir geben mussten', 'Never Let Me Go'] },
  ]);

  it.each([
    ['appletv-movie-detail.html', 'https://tv.apple.com/de/movie/drive/umc.cmc.1', 'appletv', [{ title: 'Drive', year: 2011, kind: 'film' }], ['drive-2011']],
    ['appletv-show-detail.html', 'https://tv.apple.com/de/show/pusher/umc.cmc.2', 'appletv', [{ title: 'Pusher', year: 2024, kind: 'series' }], []],
    ['appletv-player.html', 'https://tv.apple.com/de/movie/walhalla-rising/umc.cmc.3', 'appletv', [{ title: 'Walhalla Rising', year: null, kind: 'film' }], ['valhalla-rising-2009']],
    ['wow-asset-detail.html', 'https://www.wowtv.de/asset/filme/drive', 'wow', [{ title: 'Drive', year: null, kind: 'film' }], ['drive-2011']],
    ['wow-asset-heading.html', 'https://www.wowtv.de/asset/filme/pusher-ii', 'wow', [{ title: 'Pusher II', year: null, kind: 'film' }], ['pusher-ii-2004']],
    ['joyn-film-detail.html', 'https://www.joyn.de/filme/alles-was-wir-geben-mussten', 'joyn', [{ title: 'Alles, was wir geben mussten', year: null, kind: 'film' }], ['never-let-me-go-2010']],
    ['joyn-series-detail.html', 'https://www.joyn.de/serien/pusher', 'joyn', [{ title: 'Pusher', year: null, kind: 'series' }], []],
    ['rtlplus-film-detail.html', 'https://plus.rtl.de/video-tv/filme/driver-123456', 'rtlplus', [{ title: 'Driver', year: null, kind: 'film' }], ['the-driver-1978']],
    ['rtlplus-series-detail.html', 'https://plus.rtl.de/video-tv/serien/drive-987654', 'rtlplus', [{ title: 'Drive', year: null, kind: 'series' }], []],
    ['mubi-film-detail.html', 'https://mubi.com/de/de/films/valhalla-rising', 'mubi', [{ title: 'Walhalla Rising', year: 2009, kind: 'film' }], ['valhalla-rising-2009']],
    ['mediamarkt-film-bluray.html', 'https://www.mediamarkt.de/de/product/_drive-1234567.html', 'mediamarkt', [{ title: 'Drive', year: null, kind: 'film' }], ['drive-2011']],
    ['mediamarkt-bluray-player.html', 'https://www.mediamarkt.de/de/product/_sony-1.html', 'mediamarkt', [], []],
    ['mediamarkt-saturn-game.html', 'https://www.saturn.de/de/product/_driver-1.html', 'mediamarkt', [], []],
    ['thalia-dvd.html', 'https://www.thalia.de/shop/home/artikeldetails/A1', 'thalia', [{ title: 'Driver', year: null, kind: 'film' }], ['the-driver-1978']],
    ['thalia-book.html', 'https://www.thalia.de/shop/home/artikeldetails/A2', 'thalia', [], []],
  ])('%s', async (name, url, site, candidates, matchIds) => {
    const result = await scanHtml(fixture(name), new URL(url), index);
    expect(result.site).toBe(site);
    expect(result.candidates).toEqual(candidates);
    expect(result.matches.map((match) => match.id)).toEqual(matchIds);
  });

  it('an unsupported page yields no site and nothing else, even with a schema.org movie on it', async () => {
    const html = '<script type="application/ld+json">{"@type":"Movie","name":"Drive"}</script><h1>Drive</h1>';
    expect(await scanHtml(html, new URL('https://example.org/drive'), index)).toEqual({ site: null, candidates: [], matches: [] });
  });

  it('the command prints one JSON object with the real catalogue', async () => {
    const result = await scanCommand('https://www.mediamarkt.de/de/product/_drive-1234567.html', 'tests/fixtures/sites/mediamarkt-film-bluray.html');
    expect(result).toEqual({ site: 'mediamarkt', candidates: [{ title: 'Drive', year: null, kind: 'film' }], matches: [{ id: 'drive-2011', title: 'Drive', year: 2011, text: 'Drive [Blu-ray]', sure: true }] });
  }, COMMAND_TIMEOUT);

  it.each([
    [['tests/fixtures/sites/wow-asset-detail.html'], /Aufruf/],
    [['--url', 'https://www.wowtv.de/asset/x'], /Aufruf/],
    [['--url', 'kein-link', 'tests/fixtures/sites/wow-asset-detail.html'], /Keine gültige Adresse/],
    [['--url', 'ftp://wowtv.de/x', 'tests/fixtures/sites/wow-asset-detail.html'], /Keine Web-Adresse/],
    [['--url', 'https://www.wowtv.de/asset/x', 'fehlt.html'], /Datei nicht gefunden/],
  ])('rejects %j with a clear message', (args, message) => {
    expect(parseArguments(args)).toMatch(message);
  });

  it('exits with code 2 and a message on stderr for a missing file', async () => {
    const failure = await run(TSX, ['scripts/scan.ts', '--url', 'https://www.wowtv.de/asset/x', 'fehlt.html'], { cwd: root }).catch((error: { code: number; stderr: string; stdout: string }) => error);
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toContain('Datei nicht gefunden: fehlt.html');
  }, COMMAND_TIMEOUT);
});

/**
 * `npm run -s scan -- --url <page URL> <saved page.html>`: runs the extension's own site adapters and
 * matcher over a saved page in Node and prints one JSON object:
 *   {"site": <adapter id or null>, "candidates": [{"title","year","kind"}], "matches": [{"id","title","year","text","sure"}]}
 * Candidates are the cleaned titles in page order (duplicates of title + year + kind dropped); matches
 * are the catalogue films found, with the page text that named them. It is how a user reports "Filmlupe
 * misses this page" and how a contributor checks a new adapter against a saved page.
 *
 * The page is parsed by happy-dom with scripts, styles, frames and navigation off: nothing of the page
 * runs and nothing is fetched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { adapterFor, findTitles } from '../lib/sites/index';
import type { FoundTitle } from '../lib/sites/types';
import { cleanTitle, kindOnPage } from '../lib/title/clean';
import { matchTitle, type TitleIndex } from '../lib/title/match';
import { loadTitleIndex } from './catalogue-index';
import type { TitleKind } from '../lib/title/types';

const USAGE = 'Aufruf: npm run -s scan -- --url <Adresse der Seite> <gespeicherte Seite.html>';

export interface ScanResult {
  site: string | null;
  candidates: Array<{ title: string; year: number | null; kind: TitleKind }>;
  matches: Array<{ id: string; title: string; year: number; text: string; sure: boolean }>;
}

/** A happy-dom window holding the saved page at its real address; close it when done. */
export function openPage(html: string, url: URL): Window {
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return window;
}

/** Document order, so that candidates list the page from top to bottom whatever order adapters used. */
function inPageOrder(found: FoundTitle[]): FoundTitle[] {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  return [...found].sort((a, b) => {
    if (a.element === b.element) return 0;
    return a.element.compareDocumentPosition(b.element) & FOLLOWING ? -1 : 1;
  });
}

/** The scan of one parsed page (pure apart from reading the DOM). */
export function scanDocument(document: Document, url: URL, index: TitleIndex): ScanResult {
  const result: ScanResult = { site: adapterFor(url)?.id ?? null, candidates: [], matches: [] };
  const seenCandidates = new Set<string>();
  const seenMatches = new Set<string>();
  for (const found of inPageOrder(findTitles(document, url))) {
    const cleaned = cleanTitle(found.text);
    const year = found.year ?? cleaned.year;
    const kind = kindOnPage(cleaned.kind, found.kind);
    const candidateKey = JSON.stringify([cleaned.title, year, kind]);
    if (cleaned.title && !seenCandidates.has(candidateKey)) {
      seenCandidates.add(candidateKey);
      result.candidates.push({ title: cleaned.title, year, kind });
    }
    const match = matchTitle(index, found.text, { year: found.year ?? null, kind: found.kind ?? null });
    const matchKey = JSON.stringify([match?.id, found.text]);
    if (match && !seenMatches.has(matchKey)) {
      seenMatches.add(matchKey);
      result.matches.push({ id: match.id, title: match.title, year: match.year, text: found.text, sure: match.sure !== false });
    }
  }
  return result;
}

/** Parses saved HTML at its address and scans it. */
export async function scanHtml(html: string, url: URL, index: TitleIndex): Promise<ScanResult> {
  const window = openPage(html, url);
  try {
    return scanDocument(window.document as unknown as Document, url, index);
  } finally {
    await window.happyDOM.close();
  }
}

interface Arguments {
  url: URL;
  file: string;
}

/** The command line, or a German error message. */
export function parseArguments(args: string[]): Arguments | string {
  const urlAt = args.indexOf('--url');
  const address = urlAt >= 0 ? args[urlAt + 1] : undefined;
  const files = args.filter((_, i) => i !== urlAt && i !== urlAt + 1);
  if (!address || files.length !== 1 || files[0]!.startsWith('--')) return USAGE;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `Keine gültige Adresse: ${address} (erwartet z. B. https://www.netflix.com/browse)`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `Keine Web-Adresse: ${address}`;
  const file = files[0]!;
  if (!existsSync(file)) return `Datei nicht gefunden: ${file}`;
  return { url, file };
}

async function main(args: string[]): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    console.error(parsed);
    return 2;
  }
  const index = loadTitleIndex();
  if (!index) return 1;
  const html = readFileSync(parsed.file, 'utf8');
  console.log(JSON.stringify(await scanHtml(html, parsed.url, index)));
  return 0;
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) process.exitCode = await main(process.argv.slice(2));

/**
 * Turns added page subtrees into marked films: find titles (site adapter + generic detector), skip
 * what was already handled, ask the background once per batch, mark the matches.
 *
 *   roots ─▶ findTitles ─▶ new elements only ─▶ group by siteKey/text ─▶ one matchTitles message
 *         ─▶ marker.mark(...) ─▶ onBatchDone (debounced detection report)
 */
import type { FoundTitle } from '../sites/types';
import type { TitleCandidate } from '../messaging';
import type { FilmMatch } from '../title/types';
import type { Marker } from './marker';

export interface ScannerOptions {
  findTitles(root: ParentNode, url: URL): FoundTitle[];
  url(): URL;
  /** One answer per candidate, in order (the background's `matchTitles`). */
  match(candidates: TitleCandidate[]): Promise<Array<FilmMatch | null>>;
  marker: Marker;
  onBatchDone(): void;
}

export interface Scanner {
  scan(roots: ParentNode[]): Promise<void>;
  /** After SPA navigation: look at every element again (known answers stay cached). */
  reset(): void;
  /** Forget the match for this page text ("Nicht dieser Film"): it will not be marked again. */
  forgetText(text: string): void;
  /** Distinct titles found since the last reset, matched or not. */
  candidateCount(): number;
}

interface Group {
  candidate: TitleCandidate;
  found: FoundTitle[];
}

function groupKey(found: FoundTitle): string {
  if (found.siteKey) return `site:${found.siteKey}`;
  return `text:${found.text}\u0000${found.year ?? ''}\u0000${found.kind ?? ''}`;
}

export function createScanner(options: ScannerOptions): Scanner {
  let seen = new WeakSet<Element>();
  let generation = 0;
  const answers = new Map<string, FilmMatch | null>();
  const textOfKey = new Map<string, string>();
  const candidateKeys = new Set<string>();

  function collect(roots: ParentNode[]): Map<string, Group> {
    const url = options.url();
    const groups = new Map<string, Group>();
    for (const root of roots) {
      for (const found of options.findTitles(root, url)) {
        if (seen.has(found.element)) continue;
        seen.add(found.element);
        const key = groupKey(found);
        // Still marked from before an SPA navigation: counts for the report, needs no new match.
        if (options.marker.isMarked(found.element)) {
          candidateKeys.add(key);
          continue;
        }
        const group = groups.get(key);
        if (group) group.found.push(found);
        else groups.set(key, { candidate: { text: found.text, year: found.year ?? null, kind: found.kind ?? null }, found: [found] });
      }
    }
    return groups;
  }

  async function scan(roots: ParentNode[]): Promise<void> {
    const startedIn = generation;
    const groups = collect(roots);
    if (groups.size === 0) return;
    for (const key of groups.keys()) candidateKeys.add(key);
    const unknownKeys = [...groups.keys()].filter((key) => !answers.has(key));
    if (unknownKeys.length > 0) {
      const results = await options.match(unknownKeys.map((key) => groups.get(key)!.candidate));
      unknownKeys.forEach((key, index) => answers.set(key, results[index] ?? null));
    }
    // A navigation or a switch-off while we waited: these results belong to a page that is gone.
    if (startedIn !== generation) return;
    for (const [key, group] of groups) {
      const film = answers.get(key);
      if (!film) continue;
      textOfKey.set(key, group.candidate.text); // only matches can be corrected: keep the map small
      for (const found of group.found) options.marker.mark(found, film);
    }
    options.onBatchDone();
  }

  return {
    scan,
    reset() {
      generation += 1;
      seen = new WeakSet();
      candidateKeys.clear();
    },
    forgetText(text) {
      for (const [key, keyText] of textOfKey) if (keyText === text) answers.set(key, null);
    },
    candidateCount: () => candidateKeys.size,
  };
}

/**
 * Disney+: every card is `a[data-testid="set-item"]` whose aria-label mixes the title with badges,
 * brand names, age rating, year and genre. `cutDisneyLabel` cuts the title out (German and English
 * UI) and keeps the year for disambiguation. Checked on 732 real German labels (2026-03,
 * ../shared/real-pages/disneyplus/card-aria-labels-de-2026-03.json).
 */
import { attr, collapse, isDocument, linkPath, parseYear, queryAllWithSelf, textOf } from './dom';
import type { TitleKind } from '../title/types';
import type { FoundTitle, SiteAdapter } from './types';

// Cards (docs/sites.md, 2026; labels in the saved JSON): collection and genre pages link to /browse/page….
const CARD = 'a[data-testid="set-item"][aria-label]';
// Hero cards (docs/sites.md, 2026): the prompt ("Mach dich bereit für …") is part of the label.
const HERO_PROMPT = 'div[data-testid="hero-carousel-prompt"]';
// Detail page (docs/sites.md, 2026): the title is a logo image; else document.title before "|".
const DETAIL_TITLE = '[data-testid="details-title-treatment"]';

// Where the title ends: metadata and call-to-action text (German and English UI, 2026-03 labels).
const END_MARKERS = [' Jetzt aufholen', ' Catch Up on the Series', ' Altersfreigabe:', ' Erscheinungsjahr:', ' Genre:', ' Für Details zu diesem Titel auswählen', ' Select for details on this title'];
const END_PATTERNS = [
  /\sNoch(?:\sNoch)?\s\d/, // continue watching: "Aladdin Noch 17 Minuten", "Vaiana 2 Noch Noch 1 Stunde …"
  /\s\d+\s?(?:h|hours?|min|minutes?)\b[^.]{0,40}?\bremaining\b/i, // English continue watching (assumed form)
  /\sRated\s\S+\sReleased\s\d{4}/,
  /\sReleased\s\d{4}\b/,
];

// Brand badges before or after the title (2026-03 labels).
// "Marvel Studios' The Avengers": the studio brand before a film's own title (2026-03 labels).
const BRANDS = /^(?:Disney\+ Original|Hulu Original Series|Hulu Original|STAR Original|STAR Generic|ZDF Enterprises|Marvel Studios[’']?)\s+/;
const BRANDS_AT_END = /\s+(?:Disney\+ Original|Hulu Original Series|Hulu Original|STAR Original|STAR Generic|ZDF Enterprises)$/;
const PREFIXES = [
  /^(?:Nummer|Number)\s\d+\s+/, // Top-10 rank
  BRANDS,
  /^Label:\s(?:Neuer Film|Neue Serie|Neue Folgen?|Neue Staffel|Neu|New Movie|New Series|New Episodes?|New Season|New)\s+/,
];
const SUFFIXES = [
  BRANDS_AT_END,
  /\s(?:Staffel\s\d+\sFolge|Season\s\d+\sEpisode)\s\d+\b.*$/, // continue watching: "Castle Staffel 1 Folge 1 Blumen für dein Grab"
  /\s(?:Staffel\s\d+|Neue Folgen?|Neue Staffel|Alle Folgen)\sab\s.*$/, // hero: "Staffel 2 ab 25. März"
  /\s(?:Season\s\d+|New Episodes?|New Season|All Episodes)\s(?:Coming|Streaming|Premieres?|on)\s.*$/,
  /\sAb\s[^\s]+(?:\s[^\s]+)?\sauf\sDisney\+$/, // "Zoomania 2 Ab 11. März auf Disney+"
  /\s(?:Coming|Streaming)\s[^\s]+(?:\s[^\s]+)?\s(?:on|to)\sDisney\+$/,
  /\s(?:Mach dich bereit für|Prepare for|Get ready for)\s.*$/, // hero prompt (seen in labels of 2026-03)
];

// Genre and collection tiles have a bare name as label (2026-03 labels; plus their English names).
const TILES = new Set(
  [
    'Action und Abenteuer', 'Alle Sammlungen', 'Animation für Erwachsene', 'Demnächst verfügbar', 'Dokumentation',
    'Dokumentationen', 'Drama', 'Für deinen Serien-Marathon', 'Highlights aus Deutschland & mehr', 'Horror', 'Komödien',
    'Musik', 'Mystery', 'Science-Fiction', 'Suspense und Thriller', 'True Crime', 'ZDF',
    'Action and Adventure', 'All Collections', 'Coming Soon', 'Comedy', 'Documentaries', 'Music', 'Science Fiction', 'Thriller',
  ].map((name) => name.toLowerCase()),
);

const SERIES_HINTS = /\bStaffel\s\d|\bSeason\s\d|Label:\s(?:Neue Serie|Neue Folge|Neue Staffel|New Series|New Episode|New Season)|Episodenserie|Neue Folgen?\sab\b/;
const FILM_HINTS = /Label:\s(?:Neuer Film|New Movie)\b/;

export interface DisneyLabel {
  title: string;
  year: number | null;
  kind: TitleKind | null;
}

function stripRepeatedly(text: string, patterns: RegExp[]): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of patterns) {
      const next = text.replace(pattern, '');
      if (next !== text) [text, changed] = [next.trim(), true];
    }
  }
  return text;
}

/**
 * Cuts the title out of a Disney+ card label; null for genre/collection tiles and labels without a
 * title. `prompt` is the hero card's prompt text, removed first when given.
 */
export function cutDisneyLabel(label: string, prompt?: string): DisneyLabel | null {
  const whole = collapse(label);
  const promptText = collapse(prompt);
  // Hero labels put "Jetzt aufholen" and the metadata on a second line; with the prompt text known
  // it is removed instead, and " Jetzt aufholen" ends the title.
  const firstLine = promptText && whole.includes(promptText) ? whole.replace(promptText, ' ') : (label.split('\n')[0] ?? '');
  // The leading space lets a label that starts with a marker ("Für Details …") end up empty.
  let head = ' ' + collapse(firstLine);
  let end = head.length;
  for (const marker of END_MARKERS) {
    const at = head.indexOf(marker);
    if (at >= 0 && at < end) end = at;
  }
  for (const pattern of END_PATTERNS) {
    const at = head.search(pattern);
    if (at >= 0 && at < end) end = at;
  }
  head = head.slice(0, end).trim();
  const title = collapse(stripRepeatedly(stripRepeatedly(head, PREFIXES), SUFFIXES));
  if (!title || TILES.has(title.toLowerCase())) return null;
  const year = parseYear(/(?:Erscheinungsjahr:|Released)\s*(\d{4})/.exec(whole)?.[1]);
  const kind: TitleKind | null = FILM_HINTS.test(whole) ? 'film' : SERIES_HINTS.test(whole) ? 'series' : null;
  return { title, year, kind };
}

/** "Zoomania 2 ansehen | Disney+" → "Zoomania 2". */
export function titleFromDisneyDocumentTitle(documentTitle: string): string {
  const beforeBar = collapse(documentTitle.split('|')[0]);
  const title = beforeBar.replace(/^Watch\s+/i, '').replace(/\s+ansehen$/i, '').trim();
  return /^disney\+$/i.test(title) ? '' : title;
}

function find(root: ParentNode, url: URL): FoundTitle[] {
  const found: FoundTitle[] = [];
  for (const element of queryAllWithSelf(root, `${CARD}, ${DETAIL_TITLE}`)) {
    if (element.matches(DETAIL_TITLE)) {
      const text = attr(element.querySelector('img[alt]'), 'alt') || (isDocument(root) ? titleFromDisneyDocumentTitle(root.title) : '');
      if (text) found.push({ element, text, year: null, kind: null });
      continue;
    }
    const path = linkPath(element, url);
    if (path.includes('/browse/page')) continue;
    const cut = cutDisneyLabel(element.getAttribute('aria-label') ?? '', textOf(element.querySelector(HERO_PROMPT)));
    if (!cut) continue;
    found.push({ element, text: cut.title, year: cut.year, kind: cut.kind });
  }
  return found;
}

export const disneyplus: SiteAdapter = {
  id: 'disneyplus',
  name: 'Disney+',
  matches: ['https://www.disneyplus.com/*'],
  handles: (url) => url.hostname === 'www.disneyplus.com' || url.hostname === 'disneyplus.com',
  find,
};

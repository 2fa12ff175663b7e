/**
 * The harder bench page: 5,000 cards, all in Netflix's 2026 markup (docs/sites.md: `a[data-uia=
 * "standard-card"]` and its kin inside `div[data-virtual-slot]`, generated class names), every title
 * distinct, 20 catalogue films at load and 2 more in each of 10 batches. Nothing is in the served
 * HTML but the page's shell and its data: the page's own script builds the cards with DOM calls, as a
 * site's framework does, in five chunks, one per task (so some rows come before, some after the
 * content script's start): each row is attached empty, then each card is built apart and attached
 * into it, one by one, as a virtualised carousel fills its slots (50 mutations per row, not one). `window.__benchAppendBatch()` builds 10 more rows (500 cards) and marks the
 * moment with `performance.mark('bench-batch-<n>')`, which the trace uses to split the phases.
 *
 * Planted cards carry `data-bench-expect="<film id>"` on their slot, like page.ts.
 */
import { seededRandom } from './stats';
import { uniqueTitleSource } from './titles';
import type { Plant } from './page';

export const HARD_ROWS = 100;
export const HARD_CARDS_PER_ROW = 50;
export const HARD_BATCHES = 10;
export const HARD_ROWS_PER_BATCH = 10;
export const HARD_PLANTED_AT_LOAD = 20;
export const HARD_PLANTED_PER_BATCH = 2;
const CHUNKS = 5;

interface Card {
  /** The aria-label as Netflix writes it: the title, sometimes with a parenthesised note the adapter cuts. */
  label: string;
  id: number;
  kind: 'standard' | 'progress' | 'ranked' | 'game';
  expect?: string;
}

interface Row {
  title: string;
  cards: Card[];
}

/** Notes Netflix puts after a title in a 2026 card's label (the adapter reads the title before " ("). */
const LABEL_NOTES = [' (Neue Folgen)', ' (Neu)', ' (Nur auf Netflix)'];

/** The page's own script (plain browser JavaScript): builds rows of cards with DOM calls. */
const BUILDER = String.raw`
var GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
function el(tag, cls, parent) { var e = document.createElement(tag); if (cls) e.className = cls; if (parent) parent.appendChild(e); return e; }
function buildCard(card, j, track) {
  var slot = el('div', 'default-ltr-iqcdef-cache-1wmy9hl');
  slot.setAttribute('data-virtual-slot', String(j));
  if (card.expect) slot.setAttribute('data-bench-expect', card.expect);
  var frame = el('div', 'default-ltr-iqcdef-cache-u0vk3r', slot);
  var a = el('a', 'default-ltr-iqcdef-cache-1n0vm7r', frame);
  a.setAttribute('data-uia', card.kind === 'game' ? 'cloud-game-card' : card.kind + '-card');
  a.setAttribute('href', '/watch/' + card.id + '?tctx=0%2C' + j);
  a.setAttribute('aria-label', card.label);
  a.setAttribute('tabindex', '0');
  var box = el('div', 'default-ltr-iqcdef-cache-fjsrnh', a);
  var img = el('img', 'default-ltr-iqcdef-cache-1j2a6x0', box);
  img.setAttribute('alt', ''); img.setAttribute('src', GIF); img.setAttribute('loading', 'lazy');
  el('div', 'default-ltr-iqcdef-cache-gradient', box);
  if (card.kind === 'ranked') el('div', 'default-ltr-iqcdef-cache-rank', a).textContent = String(j + 1);
  if (card.kind === 'progress') { var bar = el('div', 'default-ltr-iqcdef-cache-bar', a); bar.setAttribute('role', 'progressbar'); bar.setAttribute('aria-valuenow', '40'); }
  var meta = el('div', 'default-ltr-iqcdef-cache-meta', frame);
  el('span', 'default-ltr-iqcdef-cache-badge', meta).setAttribute('aria-hidden', 'true');
  track.appendChild(slot);
}
function buildRow(row, r, parent) {
  var section = el('section', 'default-ltr-iqcdef-cache-row');
  section.setAttribute('data-uia', 'row');
  el('h2', 'default-ltr-iqcdef-cache-title', section).textContent = row.title;
  var scroller = el('div', 'default-ltr-iqcdef-cache-scroller', section);
  scroller.setAttribute('data-uia', 'carousel-scroller');
  var track = el('div', 'default-ltr-iqcdef-cache-track', scroller);
  parent.appendChild(section);
  for (var j = 0; j < row.cards.length; j++) buildCard(row.cards[j], j, track);
}
`;

function makeRows(random: () => number, nextTitle: () => string, firstRow: number, count: number, plants: Plant[], nextId: () => number): Row[] {
  const rows: Row[] = [];
  for (let r = firstRow; r < firstRow + count; r++) {
    const kind = r % 25 === 7 ? 'game' : r % 25 === 1 ? 'progress' : r % 25 === 3 ? 'ranked' : 'standard';
    const cards: Card[] = [];
    for (let j = 0; j < HARD_CARDS_PER_ROW; j++) {
      const note = random() < 0.1 ? LABEL_NOTES[Math.floor(random() * LABEL_NOTES.length)]! : '';
      cards.push({ label: nextTitle() + note, id: nextId(), kind });
    }
    rows.push({ title: `${nextTitle()} – Reihe ${r + 1}`, cards });
  }
  // Each plant replaces a film card at a seeded place (never a game card, never twice the same card).
  for (const plant of plants) {
    for (;;) {
      const row = rows[Math.floor(random() * rows.length)]!;
      const card = row.cards[Math.floor(random() * row.cards.length)]!;
      if (card.kind === 'game' || card.expect) continue;
      Object.assign(card, { label: plant.title, expect: plant.filmId });
      break;
    }
  }
  return rows;
}

export interface HardPage {
  html: string;
}

/** `plants`: distinct films, HARD_PLANTED_AT_LOAD for the load and HARD_PLANTED_PER_BATCH per batch after them. */
export function buildHardPage(plants: Plant[]): HardPage {
  const needed = HARD_PLANTED_AT_LOAD + HARD_BATCHES * HARD_PLANTED_PER_BATCH;
  if (plants.length < needed) throw new Error(`harder page: ${needed} catalogue films needed, ${plants.length} given`);
  const random = seededRandom(2026);
  const nextTitle = uniqueTitleSource(random);
  let videoId = 81_000_000;
  const nextId = () => (videoId += 1 + Math.floor(random() * 40));
  const initial = makeRows(random, nextTitle, 0, HARD_ROWS, plants.slice(0, HARD_PLANTED_AT_LOAD), nextId);
  const batches = Array.from({ length: HARD_BATCHES }, (_, b) => {
    const from = HARD_PLANTED_AT_LOAD + b * HARD_PLANTED_PER_BATCH;
    return makeRows(random, nextTitle, HARD_ROWS + b * HARD_ROWS_PER_BATCH, HARD_ROWS_PER_BATCH, plants.slice(from, from + HARD_PLANTED_PER_BATCH), nextId);
  });
  const data = JSON.stringify({ initial, batches }).replace(/</g, '\\u003c');
  const script = `${BUILDER}
var data = ${data};
var main = document.querySelector('[data-uia="browse-main"]');
var chunk = ${HARD_ROWS / CHUNKS};
function renderChunk(c) {
  for (var r = c * chunk; r < (c + 1) * chunk; r++) buildRow(data.initial[r], r, main);
  if (c + 1 < ${CHUNKS}) setTimeout(function () { renderChunk(c + 1); }, 0);
}
renderChunk(0);
var nextBatch = 0;
window.__benchAppendBatch = function () {
  performance.mark('bench-batch-' + nextBatch);
  var rows = data.batches[nextBatch++];
  window.scrollTo(0, document.documentElement.scrollHeight);
  for (var i = 0; i < rows.length; i++) buildRow(rows[i], ${HARD_ROWS} + (nextBatch - 1) * ${HARD_ROWS_PER_BATCH} + i, main);
  return rows.length;
};`;
  const html = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Startseite – Netflix</title>
<style>${STYLE}</style></head>
<body><div id="appMountPoint"><div class="default-ltr-iqcdef-cache-app">
<header class="default-ltr-iqcdef-cache-header">Netflix</header>
<section data-uia="billboard" class="default-ltr-iqcdef-cache-billboard"></section>
<main data-uia="browse-main" class="default-ltr-iqcdef-cache-main"></main>
</div></div>
<script>${script}</script>
</body></html>`;
  return { html };
}

const STYLE = `body { margin: 0; background: #141414; color: #fff; font: 14px Helvetica, Arial, sans-serif; }
.default-ltr-iqcdef-cache-header { height: 68px; padding: 0 60px; line-height: 68px; }
.default-ltr-iqcdef-cache-billboard { height: 300px; }
section[data-uia="row"] { margin: 0 0 3vw; padding: 0 60px; height: 170px; overflow: hidden; }
section[data-uia="row"] h2 { font-size: 1.4vw; margin: 0 0 8px; }
.default-ltr-iqcdef-cache-track { display: flex; gap: 4px; }
[data-virtual-slot] { flex: 0 0 220px; position: relative; }
.default-ltr-iqcdef-cache-fjsrnh { width: 220px; height: 124px; background: #333; border-radius: 4px; overflow: hidden; position: relative; }
.default-ltr-iqcdef-cache-1j2a6x0 { width: 100%; height: 100%; }
a { color: inherit; text-decoration: none; display: block; }`;

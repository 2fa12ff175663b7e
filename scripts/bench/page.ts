/**
 * The benchmark's Netflix-like page: 100 rows of 50 cards (5,000), half in the 2023 markup
 * (`a.slider-refocus[aria-label]` inside slider-item/title-card/ptrack-content, as in the saved page
 * ../shared/real-pages/netflix) and half in the 2026 markup (`a[data-uia="standard-card"]` etc. inside
 * `div[data-virtual-slot]`, generated class names), a game row, a few dozen catalogue films among
 * look-alikes and generated filler. The page's own script appends 10 batches of 500 cards
 * ("infinite scroll") when the bench calls `window.__benchAppendBatch()`.
 *
 * Planted catalogue cards carry `data-bench-expect="<film id>"` on the card's outer element, so the
 * bench can check that exactly those cards got a `data-filmlupe-film` trigger.
 */
import { pick, seededRandom } from './stats';
import { uniqueTitleSource } from './titles';

export const ROWS = 100;
export const CARDS_PER_ROW = 50;
export const BATCHES = 10;
export const ROWS_PER_BATCH = 10;
const PLANTED_AT_LOAD = 40;
const PLANTED_PER_BATCH = 4;

/** A catalogue title to plant and the film id a correct extension marks it with. */
export interface Plant {
  title: string;
  filmId: string;
}

/** Other films' titles that share words with the catalogue's: none of them may be marked. */
const LOOK_ALIKES = [
  'Drive Angry', 'Driven', 'Baby Driver', 'Drive My Car', 'Taxi Teheran', 'Taxi', 'Vikings: Valhalla',
  'Rising Sun', 'Let Me In', 'Push', 'Pusher Man', 'The Transporter', 'Taxi Driver: Making of', 'Drive-Away Dolls',
];

/** Card and row markup as plain browser JavaScript: Node renders the initial page with it, the page the batches. */
export const TEMPLATES = String.raw`
function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
var GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
function expectAttr(card) { return card.e ? ' data-bench-expect="' + esc(card.e) + '"' : ''; }
function card2023(card, r, j) {
  var ctx = '%7B%22list_id%22:%22NES_7424792804_p_1686154583566%22,%22location%22:%22homeScreen%22,%22rank%22:' + j +
    ',%22row%22:' + r + ',%22track_id%22:14170286,%22unifiedEntityId%22:%22Video:' + card.id + '%22,%22video_id%22:' + card.id +
    ',%22appView%22:%22boxArt%22,%22usePresentedEvent%22:true%7D';
  return '<div class="slider-item slider-item-' + j + '"' + expectAttr(card) + '><div class="title-card-container ltr-0">' +
    '<div id="title-card-' + r + '-' + j + '" class="title-card"><div class="ptrack-content" data-ui-tracking-context="' + ctx + '">' +
    '<a href="/watch/' + card.id + '?tctx=' + r + '%2C' + j + '%2C%2C%2C%2CVideo%3A' + card.id + '%2C" role="link" aria-label="' + esc(card.t) +
    '" tabindex="0" aria-hidden="' + (j > 44 ? 'true' : 'false') + '" class="slider-refocus">' +
    '<div class="boxart-size-16x9 boxart-container boxart-rounded"><img class="boxart-image boxart-image-in-padded-container" src="' + GIF + '" alt="">' +
    '<div class="fallback-text-container" aria-hidden="true"><p class="fallback-text">' + esc(card.t) + '</p></div></div></a></div>' +
    '<div class="bob-container"></div></div><div class="progress "><span class="progress-bar"><span role="presentation" class="progress-completed"></span></span></div></div></div>';
}
function card2026(card, r, j) {
  var uia = card.k === 'game' ? 'cloud-game-card' : card.k + '-card';
  return '<div data-virtual-slot="' + j + '" class="default-ltr-iqcdef-cache-1wmy9hl"' + expectAttr(card) + '>' +
    '<div class="default-ltr-iqcdef-cache-u0vk3r"><a data-uia="' + uia + '" href="/watch/' + card.id + '" aria-label="' + esc(card.t) +
    '" tabindex="0" class="default-ltr-iqcdef-cache-1n0vm7r"><div class="default-ltr-iqcdef-cache-fjsrnh"><img alt="" src="' + GIF +
    '" class="default-ltr-iqcdef-cache-1j2a6x0"></div>' +
    (card.k === 'ranked' ? '<svg class="default-ltr-iqcdef-cache-rank" viewBox="0 0 10 10"><path d="M0 0h10v10H0z"></path></svg>' : '') +
    (card.k === 'progress' ? '<div class="default-ltr-iqcdef-cache-bar" role="progressbar" aria-valuenow="40"></div>' : '') +
    '</a></div></div>';
}
function rowHtml(row, r) {
  var cards = '';
  for (var j = 0; j < row.cards.length; j++) cards += row.m === '2023' ? card2023(row.cards[j], r, j) : card2026(row.cards[j], r, j);
  if (row.m === '2023') {
    return '<div class="lolomoRow lolomoRow_title_card ltr-0" data-list-context="genre"><h2 class="rowHeader ltr-0">' +
      '<a class="rowTitle ltr-0" href="/browse/m/genre/' + r + '"><div class="row-header-title">' + esc(row.title) + '</div></a></h2>' +
      '<div class="rowContainer rowContainer_title_card" id="row-' + r + '"><div class="ptrack-container"><div class="rowContent slider-hover-trigger-layer">' +
      '<div class="slider"><div class="sliderMask showPeek"><div class="sliderContent row-with-x-columns">' + cards +
      '</div></div></div></div></div></div></div>';
  }
  return '<section class="default-ltr-iqcdef-cache-row" data-uia="row"><h2 class="default-ltr-iqcdef-cache-title">' + esc(row.title) + '</h2>' +
    '<div data-uia="carousel-scroller" class="default-ltr-iqcdef-cache-scroller"><div class="default-ltr-iqcdef-cache-track">' + cards +
    '</div></div></section>';
}
`;

interface Card {
  t: string;
  id: number;
  k: 'standard' | 'progress' | 'ranked' | 'game';
  e?: string;
}

interface Row {
  title: string;
  m: '2023' | '2026';
  cards: Card[];
}

const templates = new Function(`${TEMPLATES}; return { rowHtml };`)() as { rowHtml: (row: Row, r: number) => string };

/** Rows with filler titles, `planted` catalogue cards and a few look-alikes at seeded places. */
function makeRows(random: () => number, nextTitle: () => string, firstRow: number, rowCount: number, plants: Plant[], lookAlikes: number, nextId: () => number): Row[] {
  const rows: Row[] = [];
  for (let r = firstRow; r < firstRow + rowCount; r++) {
    const markup = r % 2 === 0 ? '2026' : '2023';
    const kind = r % 25 === 7 ? 'game' : r % 25 === 1 ? 'progress' : r % 25 === 3 ? 'ranked' : 'standard';
    const cards: Card[] = [];
    for (let j = 0; j < CARDS_PER_ROW; j++) cards.push({ t: nextTitle(), id: nextId(), k: markup === '2026' ? kind : 'standard' });
    rows.push({ title: `${nextTitle()} – Reihe ${r + 1}`, m: markup, cards });
  }
  const filmCards = () => {
    for (;;) {
      const card = pick(random, pick(random, rows).cards);
      if (card.k !== 'game' && !card.e && !LOOK_ALIKES.includes(card.t)) return card;
    }
  };
  for (const plant of plants) Object.assign(filmCards(), { t: plant.title, e: plant.filmId });
  for (let i = 0; i < lookAlikes; i++) filmCards().t = pick(random, LOOK_ALIKES);
  return rows;
}

export interface BenchPage {
  html: string;
  /** Catalogue cards planted in the initial page and in each batch. */
  plantedAtLoad: number;
  plantedPerBatch: number;
  cardsAtLoad: number;
}

export function buildBenchPage(plantTitles: Plant[]): BenchPage {
  const random = seededRandom(5000);
  const nextTitle = uniqueTitleSource(random);
  let videoId = 80_000_000;
  const nextId = () => (videoId += 1 + Math.floor(random() * 40));
  let plantIndex = 0;
  const plants = (count: number): Plant[] => Array.from({ length: count }, () => plantTitles[plantIndex++ % plantTitles.length]!);

  const initialRows = makeRows(random, nextTitle, 0, ROWS, plants(PLANTED_AT_LOAD), 20, nextId);
  const batches: Row[][] = [];
  for (let b = 0; b < BATCHES; b++) {
    batches.push(makeRows(random, nextTitle, ROWS + b * ROWS_PER_BATCH, ROWS_PER_BATCH, plants(PLANTED_PER_BATCH), 2, nextId));
  }
  const rowsHtml = initialRows.map((row, r) => templates.rowHtml(row, r)).join('\n');
  // The batches travel as data; the page's own script renders them (as a site's framework would).
  const pageScript = `${TEMPLATES}
var batches = ${JSON.stringify(batches).replace(/</g, '\\u003c')};
var nextBatch = 0;
window.__benchAppendBatch = function () {
  var rows = batches[nextBatch++];
  var lolomo = document.querySelector('.lolomo');
  window.scrollTo(0, document.documentElement.scrollHeight);
  for (var i = 0; i < rows.length; i++) lolomo.insertAdjacentHTML('beforeend', rowHtml(rows[i], ${ROWS} + (nextBatch - 1) * ${ROWS_PER_BATCH} + i));
  return rows.length;
};`;
  const html = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Startseite – Netflix</title>
<script>${LONG_TASK_PROBE}</script>
<style>${PAGE_STYLE}</style></head>
<body><div id="appMountPoint"><div class="netflix-sans-font-loaded"><div class="bd dark-background" lang="de-DE">
<div class="pinning-header"><div class="main-header">Netflix</div></div>
<div class="mainView" role="main"><div class="lolomo is-fullbleed">
${rowsHtml}
</div></div></div></div></div>
<script>${pageScript}</script>
</body></html>`;
  return { html, plantedAtLoad: PLANTED_AT_LOAD, plantedPerBatch: PLANTED_PER_BATCH, cardsAtLoad: ROWS * CARDS_PER_ROW };
}

/** Runs first in the page: records every long task (> 50 ms) from the very start. */
const LONG_TASK_PROBE = `window.__benchLongTasks = [];
new PerformanceObserver(function (list) {
  for (const entry of list.getEntries()) window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });`;

const PAGE_STYLE = `body { margin: 0; background: #141414; color: #fff; font: 14px Helvetica, Arial, sans-serif; }
.main-header { height: 68px; padding: 0 60px; line-height: 68px; }
.lolomoRow, section[data-uia="row"] { margin: 0 0 3vw; padding: 0 60px; height: 170px; overflow: hidden; }
.rowHeader, section[data-uia="row"] h2 { font-size: 1.4vw; margin: 0 0 8px; }
.sliderContent, .default-ltr-iqcdef-cache-track { display: flex; gap: 4px; }
.slider-item, [data-virtual-slot] { flex: 0 0 220px; position: relative; }
.boxart-container, .default-ltr-iqcdef-cache-fjsrnh { width: 220px; height: 124px; background: #333; border-radius: 4px; overflow: hidden; position: relative; }
.boxart-image, .default-ltr-iqcdef-cache-1j2a6x0 { width: 100%; height: 100%; }
.fallback-text-container { position: absolute; inset: auto 0 0 0; padding: 4px; }
.fallback-text { margin: 0; font-size: 12px; }
a { color: inherit; text-decoration: none; display: block; }`;

/**
 * The background trusts no message: each message to it is checked against its schema here, sizes
 * included, before a handler sees it (lib/background/handlers.ts). One schema per message of the
 * protocol in lib/messaging.ts; the types stay there, and `allSchemasFit` below makes the compiler
 * check that each schema accepts exactly the protocol's type (a change to one without the other does
 * not compile). Only the background imports this file: the content script does not carry valibot.
 */
import * as v from 'valibot';
import { MAX_BATCH_TITLES, type ProtocolMap } from './messaging';
import { MAX_TITLE_LENGTH } from './title/clean';

/** The texts of a batch together: on average no longer than the longest title the matcher reads. */
export const MAX_BATCH_CHARS = MAX_BATCH_TITLES * MAX_TITLE_LENGTH;
/** Site ids and names ("netflix", "Amazon Prime Video"). */
const MAX_NAME_LENGTH = 100;

/** A title as the page shows it, or a film id: not empty, no longer than a title the matcher reads. */
const titleText = v.pipe(
  v.string(),
  v.maxLength(MAX_TITLE_LENGTH),
  v.check((text) => text.trim() !== '', 'leer'),
);
const filmId = titleText;
const name = v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH));
const count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const year = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999));
const titleKind = v.picklist(['film', 'series', 'bundle', 'other']);

/** The number of texts in a batch's joined texts, without splitting them. */
function textCount(texts: string): number {
  let lines = 1;
  for (let at = texts.indexOf('\n'); at !== -1; at = texts.indexOf('\n', at + 1)) lines++;
  return lines;
}

const titleBatch = v.pipe(
  v.object({
    count: count(MAX_BATCH_TITLES),
    texts: v.pipe(v.string(), v.maxLength(MAX_BATCH_CHARS)),
    hints: v.pipe(
      v.array(v.object({ index: count(MAX_BATCH_TITLES), year: v.nullable(year), kind: v.nullable(titleKind) })),
      v.maxLength(MAX_BATCH_TITLES),
    ),
  }),
  v.check((batch) => batch.count === 0 || textCount(batch.texts) === batch.count, 'so viele Texte wie count'),
  v.check((batch) => batch.hints.every((hint) => hint.index < batch.count), 'Hinweise nur zu Titeln der Liste'),
);

const filmMatch = v.object({ id: filmId, title: titleText, year, sure: v.optional(v.boolean()), seen: v.optional(v.boolean()) });

const titleAnswer = v.object({ text: titleText, filmId });

/** A message without data. */
const noData = v.undefined();

/** One schema per message the background answers (the others go to a tab: showFilm, currentDetection). */
export const messageSchemas = {
  matchTitles: v.object({ titles: titleBatch, siteId: name }),
  getFilmDetails: v.object({ id: filmId }),
  searchCatalogue: v.object({ query: v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH)) }),
  reportDetection: v.object({
    siteId: v.nullable(name),
    siteName: v.nullable(name),
    candidateCount: v.nullable(count(Number.MAX_SAFE_INTEGER)),
    films: v.pipe(v.array(filmMatch), v.maxLength(MAX_BATCH_TITLES)),
    disabled: v.boolean(),
  }),
  getDetection: v.object({ tabId: count(Number.MAX_SAFE_INTEGER) }),
  addCorrection: titleAnswer,
  confirmMatch: titleAnswer,
  clearCorrections: noData,
  countCorrections: noData,
  openOptions: noData,
  setWatchlist: v.object({ filmId, onList: v.boolean() }),
  setSeen: v.object({ filmId, seen: v.boolean() }),
  getWatchlist: noData,
  // The popup asks for the films of one tab: no more than a batch of titles can name.
  getUserFilms: v.object({ ids: v.pipe(v.array(filmId), v.maxLength(MAX_BATCH_TITLES)) }),
} satisfies Record<Exclude<keyof ProtocolMap, 'showFilm' | 'currentDetection'>, v.GenericSchema>;

export type BackgroundMessage = keyof typeof messageSchemas;
/** What a message carries, as lib/messaging.ts types it. */
export type MessageData<K extends BackgroundMessage> = Parameters<ProtocolMap[K]>[0];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The messages whose schema does not accept exactly the protocol's type; must be none. */
type SchemasNotFitting = {
  [K in BackgroundMessage]: Same<v.InferOutput<(typeof messageSchemas)[K]>, MessageData<K>> extends true ? never : K;
}[BackgroundMessage];
/** Does not compile while a schema and the protocol's type differ (the error names the message). */
export const allSchemasFit: [SchemasNotFitting] extends [never] ? true : SchemasNotFitting = true;

/**
 * The message's data as the protocol types it, or an error naming the first thing wrong with it
 * (the field and why; never the data itself, which may be huge).
 */
export function checkMessage<K extends BackgroundMessage>(type: K, data: unknown): MessageData<K> {
  const result = v.safeParse(messageSchemas[type], data);
  if (result.success) return result.output as MessageData<K>;
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? 'Nachricht';
  throw new Error(`${type}: ${field}: ${issue.message.slice(0, 200)}`);
}

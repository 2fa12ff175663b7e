/**
 * Everything the user has in Filmlupe as one JSON file, and back: films (ratings, viewings, watchlist,
 * reviews), corrections ("Nicht dieser Film") and confirmations ("Ja"). Versioned (`version`), checked
 * with valibot on the way in: a file that is not a Filmlupe backup, or a damaged one, is refused with a
 * German message naming the field, and nothing is restored. Restoring is lossless: what `createBackup`
 * wrote, `readBackup` returns equal (backup.test.ts).
 */
import * as v from 'valibot';
import type { Confirmation, Correction } from '../db';
import { ImportError } from './errors';
import type { RestoredData } from './store';
import type { UserFilm } from './types';

export const BACKUP_FORMAT = 'filmlupe-sicherung';
/** 1: films, corrections, confirmations (issue 14). A later version adds a step to `readBackup`, never changes 1. */
export const BACKUP_VERSION = 1;

export interface Backup extends RestoredData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO date and time of the backup. */
  createdAt: string;
}

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'erwartet ein Datum JJJJ-MM-TT'));
const source = v.picklist(['letterboxd', 'imdb', 'filmlupe']);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `länger als ${max} Zeichen`));

const STARS = 'Wertung außerhalb 0,5–5 (halbe Sterne)';
const TENTHS = 'Wertung außerhalb 1–10 (ganze Zahlen)';
const ratingSchema = v.union(
  [
    v.strictObject({ value: v.pipe(v.number(), v.minValue(0.5, STARS), v.maxValue(5, STARS), v.multipleOf(0.5, STARS)), scale: v.literal(5), date: v.nullable(isoDate), source }),
    v.strictObject({ value: v.pipe(v.number(), v.integer(TENTHS), v.minValue(1, TENTHS), v.maxValue(10, TENTHS)), scale: v.literal(10), date: v.nullable(isoDate), source }),
  ],
  'Wertung: Skala 5 (Sterne) oder 10',
);

const userFilmSchema = v.strictObject({
  filmId: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'keine Film-ID')),
  title: text(500),
  year: v.nullable(v.pipe(v.number(), v.integer('keine Jahreszahl'))),
  rating: v.nullable(ratingSchema),
  seen: v.boolean(),
  seenDates: v.array(isoDate),
  watchlistSince: v.optional(v.union([isoDate, v.literal('')])),
  reviews: v.array(v.strictObject({ text: text(100_000), date: v.nullable(isoDate), spoiler: v.boolean(), source })),
  tags: v.array(text(200)),
  sources: v.array(source),
  letterboxdUri: v.optional(text(500)),
  imdbId: v.optional(v.pipe(v.string(), v.regex(/^tt\d{1,10}$/, 'keine IMDb-ID'))),
});

const answerSchema = v.strictObject({ titleKey: text(1000), filmId: text(500), text: text(1000), createdAt: v.number() });

const backupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT, 'keine Filmlupe-Sicherung'),
  version: v.literal(BACKUP_VERSION, `Version nicht lesbar (diese Filmlupe liest Version ${BACKUP_VERSION})`),
  createdAt: v.string(),
  films: v.array(userFilmSchema),
  corrections: v.array(answerSchema),
  confirmations: v.array(answerSchema),
});

export function createBackup(films: readonly UserFilm[], corrections: readonly Correction[], confirmations: readonly Confirmation[], now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), films: [...films], corrections: [...corrections], confirmations: [...confirmations] };
}

/** The backup as the file's text (indented: a person may want to look into it). */
export function backupToJson(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}

/** A backup file's text read and checked; an ImportError naming the file and the first wrong field. */
export function readBackup(fileName: string, json: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportError([`${fileName}: keine JSON-Datei (ist es eine Filmlupe-Sicherung?)`]);
  }
  const result = v.safeParse(backupSchema, raw);
  if (result.success) return result.output as Backup;
  const issue = result.issues[0];
  const field = v.getDotPath(issue);
  throw new ImportError([`${fileName}: ${field === null ? '' : `Feld „${field}“: `}${describeIssue(issue)}`]);
}

/** valibot's messages are English; the ones this file sets are German and kept. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unbekanntes Feld';
  if (issue.received === 'undefined') return 'fehlt';
  // Every check of the schema above has a German message of its own; so have the literals and the union.
  if (issue.kind === 'validation' || issue.type === 'literal' || issue.type === 'union') return issue.message;
  return `falscher Typ (erwartet ${issue.expected}, gefunden ${issue.received})`;
}

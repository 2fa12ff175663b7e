/**
 * Readers of schema.org JSON-LD, shared by the generic detector and the adapters of sites whose pages
 * carry it (Apple TV, MUBI, MediaMarkt / Saturn, Thalia). Page text is hostile input: oversized
 * scripts are skipped unparsed, broken JSON reads as nothing, and nesting is walked one level only.
 */
import { collapse } from './dom';

/** Scripts larger than this are skipped unparsed: page text is hostile input. */
export const MAX_JSON_CHARS = 200_000;

export type JsonObject = Record<string, unknown>;

/** JSON.parse that never throws and refuses oversized input. */
export function parseJsonSafely(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_JSON_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every object of one JSON-LD script: top-level arrays and `@graph` lists flattened (one level each,
 * which covers what sites emit without walking arbitrarily deep input).
 */
export function jsonLdObjects(script: Element): JsonObject[] {
  const parsed = parseJsonSafely(script.textContent);
  const top = Array.isArray(parsed) ? parsed : [parsed];
  const objects: JsonObject[] = [];
  for (const item of top) {
    if (!isObject(item)) continue;
    objects.push(item);
    if (Array.isArray(item['@graph'])) objects.push(...item['@graph'].filter(isObject));
  }
  return objects;
}

/** Whether a JSON-LD object has this schema.org type ("Movie", ["Movie"], "schema:Movie", "http://schema.org/Movie"). */
export function hasType(item: JsonObject, type: string): boolean {
  const types = Array.isArray(item['@type']) ? item['@type'] : [item['@type']];
  return types.some(
    (value) =>
      typeof value === 'string' && (value === type || value.endsWith('/' + type) || value.endsWith(':' + type)),
  );
}

/** A string field, or the first string of an array field. */
export function stringField(item: JsonObject, key: string): string {
  const value = item[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? collapse(first) : '';
}

/** The year that starts an ISO-like date ("2011-09-15", "2011"), else null. */
export function yearOf(date: string): number | null {
  const match = /^(\d{4})(?:\D|$)/.exec(date.trim());
  const year = match ? Number(match[1]) : NaN;
  return year >= 1880 && year <= 2100 ? year : null;
}

export interface MovieData {
  name: string;
  year: number | null;
  directors: string[];
}

/** The name, year and directors of a schema.org Movie object. */
export function movieData(item: JsonObject): MovieData {
  const people = Array.isArray(item.director) ? item.director : [item.director];
  const directors = people
    .map((person) => (typeof person === 'string' ? person : isObject(person) ? stringField(person, 'name') : ''))
    .filter(Boolean);
  return {
    name: stringField(item, 'name'),
    year: yearOf(stringField(item, 'datePublished')) ?? yearOf(stringField(item, 'dateCreated')),
    directors,
  };
}

/** The first object of the given schema.org types in one JSON-LD script, or null. */
export function firstOfType(script: Element, types: string[]): JsonObject | null {
  return jsonLdObjects(script).find((item) => types.some((type) => hasType(item, type))) ?? null;
}

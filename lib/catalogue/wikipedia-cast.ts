/**
 * The cast lists of the Wikipedia dataset repaired: labels, credits, remarks and descriptions that are
 * no names are dropped, split names joined (wikipedia-import.ts uses it for every row).
 */
import { ImportReport, REASONS } from './wikipedia-report';

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Exact entries (lowercase) that join or label names but are none. */
const LABELS = new Set([
  'and',
  'with',
  'of',
  'starring',
  'featuring',
  'cast',
  'cast:',
  'voices',
  'voices of',
  'voice of',
  'narrated by',
  'narrator',
  'interviews with',
  'archive footage of',
  'and his orchestra',
  'and orchestra',
  'many cameos',
]);
const NOT_NAMES = new Set(['unknown', 'none', 'n/a', 'tba']);
/** A parenthesised qualifier naming a writing or directing credit: the entry is not cast. */
const CREDIT = /^(?:co-?)?(?:writers?|screen ?writers?|screen ?plays?|screenpaly|acreenplay|teleplay|story|novel|book|director|producer|written)\b/i;
/** "Dir.:", "Dir.: Steve Asquith", "Directed by" (not "Dirk Bogarde"). */
const DIRECTOR_LABEL = /^(?:dir\.|dir:|directed by\b)/i;
const SUFFIX = /^(?:Sr|Jr)\.?$/;

/**
 * The cast in billing order with the entries that are not names removed. Notes every change in
 * `report` (with `where` naming the film).
 */
export function cleanCast(entries: readonly string[], report: ImportReport, where: string): string[] {
  const cast: string[] = [];
  let inRemark = false;
  let description = false;
  let skipNext = false;
  let article = '';
  for (const original of entries) {
    const example = `${where}: ${JSON.stringify(original)}`;
    let entry = collapse(original);
    if (entry !== original) report.note(REASONS.castWhitespace, example);
    const unmarked = collapse(entry.replace(/\[\[|\]\]|\[[a-z0-9]{1,2}\]/g, ''));
    if (unmarked !== entry) {
      report.note(REASONS.castMarkup, example);
      entry = unmarked;
    }
    if (skipNext) {
      // The name after a lone "Dir.:" is the director's.
      skipNext = false;
      report.note(REASONS.castCredit, example);
      continue;
    }
    if (inRemark) {
      if (entry.includes(')')) inRemark = false;
      report.note(REASONS.castRemark, example);
      continue;
    }
    if (DIRECTOR_LABEL.test(entry)) {
      if (/^(?:dir\.|dir|directed by):?$/i.test(entry)) skipNext = true;
      else if (entry.includes('(') && !entry.includes(')')) inRemark = true;
      report.note(REASONS.castCredit, example);
      continue;
    }
    const opens = entry.indexOf('(');
    const closes = entry.lastIndexOf(')');
    if (opens === 0 || (closes !== -1 && (opens === -1 || opens > closes))) {
      // "(voice)", the start of a remark split over entries ("(", "Best Actor", "nominee)"), or the
      // end of one whose "(" was in the entry before ("nominee)", "screenwriter)").
      if (opens === 0 && closes === -1) inRemark = true;
      if (CREDIT.test(entry.replace(/^\(/, ''))) {
        // "Cesare Pavese", "(novel)": the names before a credit at the head of the list are the credited.
        for (const name of cast.splice(0)) report.note(REASONS.castCreditedNames, `${where}: ${JSON.stringify(name)}`);
        // "produced", "written)": the words before were the credit's, not a description.
        description = false;
        report.note(REASONS.castCredit, example);
      } else {
        report.note(REASONS.castRemark, example);
      }
      continue;
    }
    if (opens > 0 && closes === -1) {
      inRemark = true;
      report.note(REASONS.castRemark, example);
      continue;
    }
    const trailing = /^(.*\S) \(([^()]*)\)$/.exec(entry);
    if (trailing?.[1] && trailing[2] !== undefined) {
      if (CREDIT.test(trailing[2])) {
        report.note(REASONS.castCredit, example);
        continue;
      }
      // "Harry Carter (actor)", "Alois Havrilla (narrator)"; a nickname inside a name stays ("Dave (Tex) O'Brien").
      report.note(REASONS.castQualifier, example);
      entry = trailing[1];
    }
    if (entry === 'The') {
      // "The", "East Side Kids": an article split from the name it belongs to.
      article = 'The ';
      continue;
    }
    if (article) {
      if (/^\p{Lu}/u.test(entry)) report.note(REASONS.castArticle, example);
      entry = `${article}${entry}`;
      article = '';
    }
    const lower = entry.toLowerCase();
    if (LABELS.has(lower)) {
      report.note(REASONS.castLabel, example);
      continue;
    }
    if (!/\p{L}/u.test(entry) || NOT_NAMES.has(lower)) {
      report.note(REASONS.castNotAName, example);
      continue;
    }
    if (/^(?:and|with) \p{Lu}/u.test(entry)) {
      report.note(REASONS.castLabel, example);
      entry = entry.replace(/^(?:and|with) /, '');
    }
    if (SUFFIX.test(entry) && cast.length > 0) {
      report.note(REASONS.castSuffix, example);
      cast[cast.length - 1] = `${cast[cast.length - 1]} ${entry.endsWith('.') ? entry : `${entry}.`}`;
      continue;
    }
    if (isDescription(entry)) {
      // At the head of the list the cast is a sentence about the subject; among names, a stray word.
      if (cast.length === 0) description = true;
      else report.note(REASONS.castWords, example);
      continue;
    }
    if (cast.includes(entry)) {
      report.note(REASONS.castDuplicate, example);
      continue;
    }
    cast.push(entry);
  }
  if (article) report.note(REASONS.castWords, `${where}: "The"`);
  if (description) {
    report.note(REASONS.castDescription, `${where}: ${JSON.stringify(entries)}`);
    return [];
  }
  return cast;
}

/**
 * Words of a sentence rather than a name: lowercase with no capital and no dot ("kids",
 * "the history of"; "will.i.am" and "muMs da Schemer" are names), a phrase ending in a preposition
 * ("The life and times of"), or more than six words.
 */
function isDescription(entry: string): boolean {
  if (/^\p{Ll}/u.test(entry) && !/[\p{Lu}.]/u.test(entry)) return true;
  if (/^(?:the|a|an)$/i.test(entry) || /^The \p{Ll}/u.test(entry)) return true;
  if (/ (?:of|in|at|on|from|between|with|the|a)$/i.test(entry)) return true;
  return entry.split(" ").length > 8;
}

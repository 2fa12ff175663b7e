/**
 * Rules that a schema cannot express: the review text must read cleanly, and what the front matter
 * claims about the text (score, verdict sentence, mentions) must be found in it verbatim. These are
 * pure functions returning the first problem, so the data tests can use them directly.
 */
import type { ReviewFrontMatter } from './schema';

export interface Problem {
  field: string;
  reason: string;
}

/**
 * Leftovers of the web pages the texts were copied from. Plain substrings, so checking them is
 * linear in the text length.
 */
export const WEB_RESIDUE = [
  '©',
  'Alle Preisangaben',
  'Amazon-Partner',
  'Technische Realisation',
  'Autor/Bearbeitung',
  'Update:',
  'http://',
  'https://',
  'www.',
  '&nbsp;',
  '&amp;',
] as const;

/** Problems of the cleaned text itself, independent of the metadata. */
export function textProblem(paragraphs: string[]): Problem | null {
  for (const [index, paragraph] of paragraphs.entries()) {
    const where = `paragraph ${index + 1}`;
    const residue = WEB_RESIDUE.find((pattern) => paragraph.includes(pattern));
    if (residue) return { field: 'text', reason: `${where} contains web-page residue "${residue}"` };
    if (/<\/?[a-z][a-z0-9]*[\s/>]/i.test(paragraph)) return { field: 'text', reason: `${where} contains an HTML tag` };
    if (paragraph.includes('  ')) return { field: 'text', reason: `${where} contains a double space` };
    if (paragraph.includes('\t')) return { field: 'text', reason: `${where} contains a tab` };
    if (paragraph.trim() !== paragraph) return { field: 'text', reason: `${where} starts or ends with a space` };
    // "O`Neal": an encoding slip for an apostrophe; write ’ (or ').
    if (/[`´]/.test(paragraph)) return { field: 'text', reason: `${where} contains a backtick or accent used as an apostrophe` };
  }
  return null;
}

/** "9/10"; a fractional score may be written with a comma as in German ("7,5/10"). */
export function scoreSpellings(score: { value: number; max: number }): string[] {
  const plain = `${score.value}/${score.max}`;
  return [plain, plain.replace(/\./g, ',')];
}

export interface ReviewContext {
  reviewId: string;
  paragraphs: string[];
  knownFilmIds: ReadonlySet<string>;
}

/** Problems between a review's front matter, its id and its text. */
export function reviewProblem(meta: ReviewFrontMatter, context: ReviewContext): Problem | null {
  const { reviewId, paragraphs, knownFilmIds } = context;
  const inText = (sentence: string) => paragraphs.some((paragraph) => paragraph.includes(sentence));

  if (!knownFilmIds.has(meta.filmId)) {
    return { field: 'filmId', reason: `unknown film "${meta.filmId}" (no data/films/${meta.filmId}.yaml)` };
  }
  if (!reviewId.startsWith(`${meta.filmId}-`)) {
    return { field: 'filmId', reason: `the review id "${reviewId}" must start with "${meta.filmId}-"` };
  }
  if ((meta.verdict === null) !== (meta.verdictSentence === null)) {
    return { field: 'verdictSentence', reason: 'verdict and verdictSentence go together: give both or neither' };
  }
  if (meta.kind === 'Inhaltsangabe' && (meta.verdict !== null || meta.score !== null)) {
    return { field: meta.verdict !== null ? 'verdict' : 'score', reason: 'a plot summary (Inhaltsangabe) gives no judgement: use null' };
  }
  if (meta.verdictSentence !== null && !inText(meta.verdictSentence)) {
    return { field: 'verdictSentence', reason: 'not found verbatim in the review text' };
  }
  if (meta.score !== null && !scoreSpellings(meta.score).some(inText)) {
    return { field: 'score', reason: `the text does not contain "${scoreSpellings(meta.score)[0]}"` };
  }
  const textEdit = meta.textEdits.findIndex((edit) => !edit.includes('→'));
  if (textEdit !== -1) {
    return { field: `textEdits.${textEdit}`, reason: 'expected "before → after"' };
  }
  for (const [index, mention] of meta.mentions.entries()) {
    if (!knownFilmIds.has(mention.filmId)) {
      return { field: `mentions.${index}.filmId`, reason: `unknown film "${mention.filmId}" (no data/films/${mention.filmId}.yaml)` };
    }
    if (mention.filmId === meta.filmId) {
      return { field: `mentions.${index}.filmId`, reason: 'a review cannot mention the film it is about' };
    }
    if (!inText(mention.sentence)) {
      return { field: `mentions.${index}.sentence`, reason: 'not found verbatim in the review text' };
    }
  }
  return null;
}

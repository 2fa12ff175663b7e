import { describe, expect, it } from 'vitest';
import { reviewProblem, scoreSpellings, textProblem } from './checks';
import type { ReviewFrontMatter } from './schema';

const CLEAN = 'Ryan O’Neal und Bruce Dern geben souveräne Vorstellungen ab. 9/10.';

describe('textProblem', () => {
  it('accepts clean text, quotes and dashes included', () => {
    expect(textProblem([CLEAN, '„Ich mache das nur zwischendurch“, sagt er – und meint es.'])).toBeNull();
  });

  it.each([
    ['© 1996 - 2024 moviemaster.de', 'web-page residue "©"'],
    ['Alle Preisangaben ohne Gewähr.', 'web-page residue "Alle Preisangaben"'],
    ['Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.', 'web-page residue "Amazon-Partner"'],
    ['Technische Realisation: "PHP Movie Script" 10.2.1', 'web-page residue "Technische Realisation"'],
    ['Autor/Bearbeitung: Frank Ehrlacher', 'web-page residue "Autor/Bearbeitung"'],
    ['Update: 31.01.2019', 'web-page residue "Update:"'],
    ['Mehr unter https://example.org/drive', 'web-page residue "https://"'],
    ['Ein <b>starker</b> Film.', 'HTML tag'],
    ['Ein  starker Film.', 'double space'],
    ['Ein\tstarker Film.', 'tab'],
    [' Ein starker Film.', 'starts or ends with a space'],
    ['Ryan O`Neal spielt den Driver.', 'backtick'],
    ['Ryan O´Neal spielt den Driver.', 'backtick'],
  ])('rejects %j', (paragraph, reason) => {
    const problem = textProblem([CLEAN, paragraph]);
    expect(problem?.field).toBe('text');
    expect(problem?.reason).toContain('paragraph 2');
    expect(problem?.reason).toContain(reason);
  });

  it('does not treat a comparison as an HTML tag', () => {
    expect(textProblem(['Weniger als 3 <5 Sterne? Nein.'])).toBeNull();
  });
});

describe('scoreSpellings', () => {
  it.each([
    [{ value: 9, max: 10 }, ['9/10', '9/10']],
    [{ value: 7.5, max: 10 }, ['7.5/10', '7,5/10']],
  ])('%j → %j', (score, expected) => {
    expect(scoreSpellings(score)).toEqual(expected);
  });
});

describe('reviewProblem', () => {
  const paragraphs = ['Ein starker Film. Er erinnert an Taxi Driver.', 'Alles in allem grandios. 9/10.'];
  const base: ReviewFrontMatter = {
    filmId: 'drive-2011',
    kind: 'Kritik',
    outlet: null,
    author: null,
    date: null,
    excerpt: false,
    score: { value: 9, max: 10 },
    verdict: 'positiv',
    verdictSentence: 'Alles in allem grandios.',
    spoiler: false,
    mentions: [{ filmId: 'taxi-driver-1976', sentence: 'Er erinnert an Taxi Driver.' }],
    textEdits: ['Gossling → Gosling'],
  };
  const context = { reviewId: 'drive-2011-kritik-1', paragraphs, knownFilmIds: new Set(['drive-2011', 'taxi-driver-1976']) };

  it('accepts metadata that agrees with the text', () => {
    expect(reviewProblem(base, context)).toBeNull();
  });

  it.each<[string, Partial<ReviewFrontMatter> & { reviewId?: string }, string, string]>([
    ['unknown film', { filmId: 'drive-2012' }, 'filmId', 'unknown film "drive-2012"'],
    ['id of another film', { reviewId: 'taxi-driver-1976-kritik' }, 'filmId', 'must start with "drive-2011-"'],
    ['verdict without sentence', { verdictSentence: null }, 'verdictSentence', 'give both or neither'],
    ['sentence without verdict', { verdict: null }, 'verdictSentence', 'give both or neither'],
    ['verdict sentence paraphrased', { verdictSentence: 'Alles in allem großartig.' }, 'verdictSentence', 'not found verbatim'],
    ['score not in text', { score: { value: 8, max: 10 } }, 'score', '"8/10"'],
    ['plot summary with a verdict', { kind: 'Inhaltsangabe', score: null }, 'verdict', 'gives no judgement'],
    ['plot summary with a score', { kind: 'Inhaltsangabe', verdict: null, verdictSentence: null }, 'score', 'gives no judgement'],
    ['text edit without arrow', { textEdits: ['Gossling', 'a → b'] }, 'textEdits.0', '"before → after"'],
    ['mention of an unknown film', { mentions: [{ filmId: 'pusher-1996', sentence: 'Ein starker Film.' }] }, 'mentions.0.filmId', 'unknown film "pusher-1996"'],
    ['mention of the reviewed film', { mentions: [{ filmId: 'drive-2011', sentence: 'Ein starker Film.' }] }, 'mentions.0.filmId', 'cannot mention the film it is about'],
    ['mention sentence not in text', { mentions: [{ filmId: 'taxi-driver-1976', sentence: 'Wie Taxi Driver.' }] }, 'mentions.0.sentence', 'not found verbatim'],
  ])('%s', (_name, change, field, reason) => {
    const { reviewId = context.reviewId, ...meta } = change;
    const problem = reviewProblem({ ...base, ...meta }, { ...context, reviewId });
    expect(problem).toEqual({ field, reason: expect.stringContaining(reason) });
  });

  it('finds a fractional score written with a German comma', () => {
    const text = ['Gut. 7,5/10.'];
    const meta = { ...base, score: { value: 7.5, max: 10 }, verdictSentence: 'Gut.', mentions: [] };
    expect(reviewProblem(meta, { ...context, paragraphs: text })).toBeNull();
  });
});

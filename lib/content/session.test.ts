import { describe, expect, it } from 'vitest';
import type { DetectionReport } from '../messaging';
import { reportSummary } from './session';

const DRIVE = { id: 'drive-2011', title: 'Drive', year: 2011 };
const DRIVER = { id: 'the-driver-1978', title: 'Driver', year: 1978 };
const base: DetectionReport = { siteId: 'netflix', siteName: 'Netflix', candidateCount: 5000, films: [DRIVE], disabled: false };

describe('reportSummary: a new batch reports only what the badge and the popup would show differently', () => {
  it.each<[string, DetectionReport, boolean]>([
    ['more titles, same films', { ...base, candidateCount: 5500 }, false],
    ['a new film', { ...base, films: [DRIVE, DRIVER] }, true],
    ['films in another page order', { ...base, films: [DRIVER, DRIVE] }, true],
    ['the film gone (card removed or corrected)', { ...base, films: [] }, true],
    ['switched off', { ...base, disabled: true }, true],
    ['another site', { ...base, siteId: 'amazon' }, true],
  ])('%s → report: %s', (_case, next, reported) => {
    expect(reportSummary(next) !== reportSummary(base)).toBe(reported);
  });

  it('on a page without films: the first titles are reported, more titles are not', () => {
    const empty = { ...base, films: [], candidateCount: 0 };
    expect(reportSummary({ ...empty, candidateCount: 1 })).not.toBe(reportSummary(empty));
    expect(reportSummary({ ...empty, candidateCount: 600 })).toBe(reportSummary({ ...empty, candidateCount: 1 }));
  });
});

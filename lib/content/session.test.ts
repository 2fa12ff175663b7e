import { describe, expect, it } from 'vitest';
import { reportSummary, type ReportParts } from './session';

const DRIVE = { id: 'drive-2011', title: 'Drive', year: 2011 };
const DRIVER = { id: 'the-driver-1978', title: 'Driver', year: 1978 };
const base: ReportParts = { siteId: 'netflix', hasTitles: true, films: [DRIVE], disabled: false };

describe('reportSummary: a new batch reports only what the badge and the popup would show differently', () => {
  it.each<[string, ReportParts, boolean]>([
    ['a new film', { ...base, films: [DRIVE, DRIVER] }, true],
    ['films in another page order', { ...base, films: [DRIVER, DRIVE] }, true],
    ['the film gone (tile removed or corrected)', { ...base, films: [] }, true],
    ['switched off', { ...base, disabled: true }, true],
    ['another site', { ...base, siteId: 'amazon' }, true],
    ['the film unsure (the popup lists it with "?")', { ...base, films: [{ ...DRIVE, sure: false }] }, true],
    ['the film sure as before', { ...base, films: [{ ...DRIVE, sure: true }] }, false],
  ])('%s → report: %s', (_case, next, reported) => {
    expect(reportSummary(next) !== reportSummary(base)).toBe(reported);
  });

  it('on a page without films: the first titles are reported', () => {
    const empty = { ...base, films: [], hasTitles: false };
    expect(reportSummary({ ...empty, hasTitles: true })).not.toBe(reportSummary(empty));
  });
});

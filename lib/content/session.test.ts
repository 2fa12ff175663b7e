import { describe, expect, it } from 'vitest';
import { filmsDiffer, filmToken, filmTokens } from './session';

const DRIVE = { id: 'drive-2011', title: 'Drive', year: 2011 };
const DRIVER = { id: 'the-driver-1978', title: 'Driver', year: 1978 };
/** What the background counts: the last report's films plus those its answers named since. */
const counted = new Set([DRIVE, DRIVER].map(filmToken));

describe("filmsDiffer: the page reports only when the background's count would be wrong", () => {
  it.each<[string, Array<typeof DRIVE & { sure?: boolean }>, boolean]>([
    ['the same films', [DRIVE, DRIVER], false],
    ['the same films in another page order (the popup asks the page for its order)', [DRIVER, DRIVE], false],
    ['a film gone (tile removed or corrected)', [DRIVE], true],
    ['no film any more', [], true],
    ['a film the background was not told about', [DRIVE, DRIVER, { id: 'heat-1995', title: 'Heat', year: 1995 }], true],
    ['a film unsure now (the popup lists it with "?")', [DRIVE, { ...DRIVER, sure: false }], true],
    ['sure as before', [{ ...DRIVE, sure: true }, DRIVER], false],
  ])('%s → report: %s', (_case, films, reported) => {
    expect(filmsDiffer(filmTokens(films), counted)).toBe(reported);
  });

  it('an unsure film that the user confirmed is reported', () => {
    expect(filmsDiffer(filmTokens([DRIVE]), new Set([filmToken({ ...DRIVE, sure: false })]))).toBe(true);
  });
});

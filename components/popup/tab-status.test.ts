import { describe, expect, it } from 'vitest';
import { diagnosis, tabStatus } from './tab-status';
import type { DetectionReport } from '../../lib/messaging';

const netflix = { id: 'netflix', name: 'Netflix' };
const drive = { id: 'drive-2011', title: 'Drive', year: 2011 };
const report = (partial: Partial<DetectionReport>): DetectionReport => ({
  siteId: 'netflix',
  siteName: 'Netflix',
  candidateCount: 0,
  films: [],
  disabled: false,
  ...partial,
});

describe('tabStatus', () => {
  it.each([
    ['no report, no supported URL', null, null, [], { kind: 'unsupported' }],
    ['no report on a supported URL', null, netflix, [], { kind: 'no-report', site: netflix }],
    ['films found', report({ films: [drive], candidateCount: 4 }), netflix, [], { kind: 'films', site: netflix, films: [drive] }],
    ['nothing found', report({ candidateCount: 5 }), null, [], { kind: 'nothing-found', site: netflix, candidateCount: 5 }],
    ['site switched off in the settings', report({ films: [drive] }), netflix, ['netflix'], { kind: 'off', site: netflix }],
    ['off reported by the page and in the settings', report({ disabled: true }), null, ['netflix'], { kind: 'off', site: netflix }],
    ['a stale "off" report after the site was switched on', report({ disabled: true }), null, [], { kind: 'no-report', site: netflix }],
    ['off, known from the URL only', null, netflix, ['netflix'], { kind: 'off', site: netflix }],
    [
      'a film page found by the generic detector',
      report({ siteId: null, siteName: null, films: [drive] }),
      null,
      [],
      { kind: 'films', site: null, films: [drive] },
    ],
    ['no adapter and nothing found', report({ siteId: null, siteName: null }), null, [], { kind: 'unsupported' }],
  ] as const)('%s', (_case, detection, site, disabled, expected) => {
    expect(tabStatus(detection, site, [...disabled])).toEqual(expected);
  });
});

describe('diagnosis', () => {
  it.each([
    [0, 'Netflix erkannt, 0 Titel gefunden', 'Layout'],
    [1, 'Netflix erkannt, 0 Titel gefunden', 'Die Seite zeigt 1 Titel, aber keiner'],
    [12, 'Netflix erkannt, 0 Titel gefunden', 'Die Seite zeigt 12 Titel'],
  ])('%i titles read → %s', (candidateCount, headline, helpful) => {
    const [first, second] = diagnosis({ kind: 'nothing-found', site: netflix, candidateCount });
    expect(first).toBe(headline);
    expect(second).toContain(helpful);
  });

  it('asks for a reload when the page has not reported', () => {
    expect(diagnosis({ kind: 'no-report', site: netflix })[1]).toContain('neu laden');
  });
});

// @vitest-environment node
/**
 * The lookup command as curators run it: a real process over the real catalogue in data/, checked
 * line by line (the output format is the command's contract, issue 2 deliverable 6).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const lookup = (...titles: string[]) => run('npx', ['tsx', 'scripts/lookup.ts', ...titles], { cwd: process.cwd() });

describe('npm run lookup', () => {
  it('prints one JSON object per title, one per line: the three titles of the issue', async () => {
    const { stdout } = await lookup('Drive [Blu-ray]', 'Driver (1978) [DVD]', 'Drive My Car [OmU]');
    expect(stdout.split('\n')).toEqual([
      '{"input":"Drive [Blu-ray]","title":"Drive","year":null,"kind":"film","match":{"id":"drive-2011","title":"Drive","year":2011},"sure":true}',
      '{"input":"Driver (1978) [DVD]","title":"Driver","year":1978,"kind":"film","match":{"id":"the-driver-1978","title":"Driver","year":1978},"sure":true}',
      '{"input":"Drive My Car [OmU]","title":"Drive My Car","year":null,"kind":"film","match":null,"sure":null}',
      '',
    ]);
  }, 60_000);

  it('answers films the reviews only mention, series and conflicting years', async () => {
    const { stdout } = await lookup('Alles, was wir geben mußten [DVD]', 'Treme - Staffel 1', 'Drive (2005)', 'Drive (1997)');
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { input: 'Alles, was wir geben mußten [DVD]', title: 'Alles, was wir geben mußten', year: null, kind: 'film', match: { id: 'never-let-me-go-2010', title: 'Alles, was wir geben mussten', year: 2010 }, sure: true },
      { input: 'Treme - Staffel 1', title: 'Treme', year: null, kind: 'series', match: null, sure: null },
      { input: 'Drive (2005)', title: 'Drive', year: 2005, kind: 'film', match: null, sure: null },
      // The 1997 Drive is a Wikipedia base film: the year picks it, not the 2011 one, and makes it sure.
      { input: 'Drive (1997)', title: 'Drive', year: 1997, kind: 'film', match: { id: 'drive-1997', title: 'Drive', year: 1997 }, sure: true },
    ]);
  }, 60_000);

  it('explains its use and fails without a title', async () => {
    const failure = await lookup().then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('Aufruf: npm run -s lookup --');
  }, 60_000);
});

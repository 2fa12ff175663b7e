import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from './OptionsPage';
import { CatalogueService } from '../../lib/background/catalogue-service';
import { TabDetections } from '../../lib/background/detections';
import { registerMessageHandlers } from '../../lib/background/handlers';
import * as matcher from '../../lib/title/match';
import { testCatalogue } from '../../lib/background/test-fixtures';
import { changeSettings, DEFAULT_SETTINGS, getSettings, settingsPatch } from '../../lib/settings';
import { sendMessage } from '../../lib/messaging';

// Two stand-in sites plus a detector without pages of its own (it gets no switch).
vi.mock('../../lib/sites/index', () => {
  const site = (id: string, name: string, matches: string[]) => ({ id, name, matches, handles: () => false, find: () => [] });
  return {
    adapters: [
      site('netflix', 'Netflix', ['https://www.netflix.com/*']),
      site('amazon', 'Amazon.de', ['https://www.amazon.de/*']),
      site('generic', 'Filmseite', []),
    ],
  };
});

let unregister = () => {};

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  unregister = registerMessageHandlers(
    new CatalogueService({ bundled: testCatalogue(), matcher }),
    new TabDetections(),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  unregister();
});

const switchNamed = async (name: string) => (await screen.findByRole('switch', { name })) as HTMLInputElement;

describe('OptionsPage', () => {
  it('has one switch per site and saves a change at once, announcing it', async () => {
    render(<OptionsPage />);
    expect((await screen.findAllByRole('switch')).map((s) => s.getAttribute('id')).filter((id) => id?.startsWith('seite-'))).toEqual([
      'seite-netflix',
      'seite-amazon',
    ]);

    fireEvent.click(await switchNamed('Amazon.de'));
    await vi.waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['amazon']));
    expect(await screen.findByText('Gespeichert')).toBeTruthy();
    expect((await switchNamed('Amazon.de')).checked).toBe(false);
    expect((await switchNamed('Netflix')).checked).toBe(true);
  });

  it('saves the dwell delay, the spoiler default, the card parts and the theme', async () => {
    render(<OptionsPage />);
    const slider = (await screen.findByLabelText('Verzögerung, bis die Karte aufgeht')) as HTMLInputElement;
    fireEvent.change(slider, { target: { value: '800' } });
    fireEvent.click(await switchNamed('Spoiler sofort zeigen'));
    fireEvent.click(await switchNamed('Besetzung'));
    fireEvent.click(screen.getByLabelText('Dunkel'));

    await vi.waitFor(async () =>
      expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, dwellMs: 800, showSpoilers: true, showCast: false, theme: 'dark' }),
    );
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('two switches flipped one right after the other both stay as flipped while they are stored', async () => {
    // The second switch's value is held back until the first one's value has arrived on the page.
    const storeLocal = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let releaseSecond = () => {};
    const secondHeld = new Promise<void>((resolve) => (releaseSecond = resolve));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      const stored = (items as { settings?: { showReviews?: boolean } }).settings;
      if (stored?.showReviews === false) await secondHeld;
      return storeLocal(items);
    });
    render(<OptionsPage />);
    const cast = await switchNamed('Besetzung');
    const reviews = await switchNamed('Kritiken');

    fireEvent.click(cast);
    fireEvent.click(reviews);
    await vi.waitFor(async () => expect((await getSettings()).showCast).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 20)); // the first value's change event and render
    expect([cast.checked, reviews.checked], 'while the second value is on its way').toEqual([false, false]);

    releaseSecond();
    await vi.waitFor(async () => expect((await getSettings()).showReviews).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([cast.checked, reviews.checked]).toEqual([false, false]);
  });

  it('a switch that cannot be stored goes back and says so', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    render(<OptionsPage />);
    const cast = await switchNamed('Besetzung');
    fireEvent.click(cast);
    expect(await screen.findByText('Konnte nicht speichern.')).toBeTruthy();
    await vi.waitFor(() => expect(cast.checked).toBe(true));
  });

  it('resets the settings to the defaults but keeps the corrections', async () => {
    await changeSettings(settingsPatch({ disabledSites: ['netflix'], dwellMs: 1500, theme: 'light' }));
    await sendMessage('addCorrection', { text: 'Drive', filmId: 'drive-2011' });
    render(<OptionsPage />);

    fireEvent.click(await screen.findByRole('button', { name: 'Auf Standard zurücksetzen' }));
    await vi.waitFor(async () => expect(await getSettings()).toEqual(DEFAULT_SETTINGS));
    expect(await screen.findByText('Einstellungen zurückgesetzt')).toBeTruthy();
    expect((await switchNamed('Netflix')).checked).toBe(true);
    expect(await sendMessage('countCorrections')).toBe(1);
  });

  it('shows how many corrections there are and deletes them', async () => {
    await sendMessage('addCorrection', { text: 'Drive', filmId: 'drive-2011' });
    await sendMessage('addCorrection', { text: 'Driver', filmId: 'the-driver-1978' });
    render(<OptionsPage />);

    fireEvent.click(await screen.findByRole('button', { name: 'Korrekturen löschen (2)' }));
    const none = (await screen.findByRole('button', { name: 'Korrekturen löschen (0)' })) as HTMLButtonElement;
    expect(none.disabled).toBe(true);
    expect(await sendMessage('countCorrections')).toBe(0);
    expect(await screen.findByText('Korrekturen gelöscht')).toBeTruthy();
  });
});

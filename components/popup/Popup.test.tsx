import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from './Popup';
import { CatalogueService } from '../../lib/background/catalogue-service';
import { TabDetections } from '../../lib/background/detections';
import { registerMessageHandlers } from '../../lib/background/handlers';
import * as matcher from '../../lib/title/match';
import { testCatalogue, testCatalogueWithBase } from '../../lib/background/test-fixtures';
import { getSettings } from '../../lib/settings';
import { sendMessage, type DetectionReport } from '../../lib/messaging';
import { openFilmlupeDB } from '../../lib/db';
import { applyImport } from '../../lib/userdata/index';

// Two stand-in sites: the real registry is filled by the adapters' authors.
vi.mock('../../lib/sites/index', () => {
  const site = (id: string, name: string, host: string) => ({
    id,
    name,
    matches: [`https://${host}/*`],
    handles: (url: URL) => url.hostname === host,
    find: () => [],
  });
  const adapters = [site('netflix', 'Netflix', 'www.netflix.com'), site('amazon', 'Amazon.de', 'www.amazon.de')];
  return { adapters, adapterFor: (url: URL) => adapters.find((a) => a.handles(url)) ?? null };
});

const TAB = 5;
let detections: TabDetections;
let unregister = () => {};

const netflixReport = (partial: Partial<DetectionReport> = {}): DetectionReport => ({
  siteId: 'netflix',
  siteName: 'Netflix',
  candidateCount: 0,
  films: [],
  disabled: false,
  ...partial,
});

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  detections = new TabDetections();
  unregister = registerMessageHandlers(new CatalogueService({ bundled: testCatalogue(), matcher }), detections);
});

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  unregister();
});

describe('Popup', () => {
  it('diagnoses a supported site where no film was found', async () => {
    await detections.report(TAB, netflixReport({ candidateCount: 7 }));
    render(<Popup tab={{ id: TAB, url: 'https://www.netflix.com/browse' }} />);
    expect(await screen.findByText('Netflix erkannt, 0 Titel gefunden')).toBeTruthy();
    expect(screen.getByText(/Die Seite zeigt 7 Titel/)).toBeTruthy();
  });

  it('says an unknown page is not supported and names the supported sites', async () => {
    render(<Popup tab={{ id: TAB, url: null }} />);
    expect(await screen.findByText('Diese Seite wird nicht unterstützt.')).toBeTruthy();
    expect(screen.getByText('Netflix')).toBeTruthy();
    expect(screen.getByText('Amazon.de')).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('lists the films found on the tab; one the page cannot show opens as a card in the popup', async () => {
    const drive = { id: 'drive-2011', title: 'Drive', year: 2011 };
    const driver = { id: 'the-driver-1978', title: 'Driver', year: 1978 };
    await detections.report(TAB, netflixReport({ films: [drive, driver], candidateCount: 9 }));
    const close = vi.fn();
    render(<Popup tab={{ id: TAB, url: 'https://www.netflix.com/browse' }} close={close} />);

    expect(await screen.findByRole('heading', { name: '2 Filme auf dieser Seite' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Driver/ }));

    // The fake browser has no content script to answer showFilm.
    expect(await screen.findByRole('heading', { name: 'Driver (1978)' })).toBeTruthy();
    expect(screen.getByText('Regie: Walter Hill')).toBeTruthy();
    expect(close).not.toHaveBeenCalled();
  });

  it('follows a report that arrives while the popup is open', async () => {
    render(<Popup tab={{ id: TAB, url: 'https://www.netflix.com/browse' }} />);
    expect(await screen.findByText('Netflix erkannt, noch keine Titel gemeldet')).toBeTruthy();

    await detections.report(TAB, netflixReport({ films: [{ id: 'drive-2011', title: 'Drive', year: 2011 }], candidateCount: 1 }));
    expect(await screen.findByRole('heading', { name: '1 Film auf dieser Seite' })).toBeTruthy();
  });

  it('turns Filmlupe off for the tab’s site in the settings', async () => {
    await detections.report(TAB, netflixReport());
    render(<Popup tab={{ id: TAB, url: 'https://www.netflix.com/browse' }} />);

    const toggle = (await screen.findByRole('switch', { name: 'Filmlupe auf Netflix aktiv' })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);

    await vi.waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['netflix']));
    expect(await screen.findByText('Auf Netflix markiert Filmlupe keine Titel.')).toBeTruthy();
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false);
  });

  it('a site switch that cannot be stored goes back and says so', async () => {
    await detections.report(TAB, netflixReport());
    render(<Popup tab={{ id: TAB, url: 'https://www.netflix.com/browse' }} />);
    const toggle = (await screen.findByRole('switch', { name: 'Filmlupe auf Netflix aktiv' })) as HTMLInputElement;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));

    fireEvent.click(toggle);
    expect((await screen.findByRole('alert')).textContent).toBe('Konnte nicht speichern.');
    await vi.waitFor(() => expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(true));
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it('searches the catalogue and shows a result’s short card with its verdicts', async () => {
    render(<Popup tab={{ id: null, url: null }} />);
    fireEvent.input(await screen.findByLabelText('Im Katalog suchen'), { target: { value: 'gosling' } });

    fireEvent.click(await screen.findByRole('button', { name: 'Drive (2011)' }));
    expect(await screen.findByRole('heading', { name: 'Drive (2011)' })).toBeTruthy();
    expect(screen.getByText('Regie: Nicolas Winding Refn')).toBeTruthy();
    expect(screen.getByText('Kritiker: 2 von 2 positiv')).toBeTruthy();
  });

  it('marks an unsure film in the list with a "?", and a base film\'s short card shows genres, cast and source', async () => {
    unregister();
    unregister = registerMessageHandlers(new CatalogueService({ bundled: testCatalogueWithBase(), matcher }), detections);
    const drive = { id: 'drive-2011', title: 'Drive', year: 2011, sure: true };
    const collateral = { id: 'collateral-2004', title: 'Collateral', year: 2004, sure: false };
    await detections.report(TAB, netflixReport({ films: [drive, collateral], candidateCount: null }));
    render(<Popup tab={{ id: TAB, url: 'https://www.netflix.com/browse' }} />);

    expect(await screen.findByRole('button', { name: /^Collateral \(2004\)\s*, unsicher$/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Drive (2011)' })).toBeTruthy();
    expect(screen.getByText(/\? = unsicher erkannt/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Collateral/ }));
    expect(await screen.findByRole('heading', { name: 'Collateral (2004)' })).toBeTruthy();
    expect(screen.getByText('Genre: Action, Krimi')).toBeTruthy();
    expect(screen.getByText('Mit Tom Cruise, Jamie Foxx, Jada Pinkett Smith')).toBeTruthy();
    expect(screen.getByText('Filmdaten: Wikipedia, CC BY-SA 4.0')).toBeTruthy();
    expect(screen.queryByText(/Noch keine Kritik/)).toBeNull();
  });

  it('credits the catalogue\'s source', async () => {
    render(<Popup tab={{ id: null, url: null }} />);
    expect(await screen.findByText('Filmdaten: Wikipedia (englisch), CC BY-SA 4.0, über prust/wikipedia-movie-data')).toBeTruthy();
  });

  it('shows the user\'s rating and watchlist state beside each film of the tab', async () => {
    await applyImport(await openFilmlupeDB(), [
      { filmId: 'drive-2011', title: 'Drive', year: 2011, rating: { value: 4.5, scale: 5, date: null, source: 'letterboxd' }, seen: true, seenDates: [], reviews: [], tags: [], sources: ['letterboxd'] },
    ]);
    await sendMessage('setWatchlist', { filmId: 'drive-2011', onList: true });
    await sendMessage('setWatchlist', { filmId: 'the-driver-1978', onList: true });
    const drive = { id: 'drive-2011', title: 'Drive', year: 2011 };
    const driver = { id: 'the-driver-1978', title: 'Driver', year: 1978 };
    const heat = { id: 'valhalla-rising-2009', title: 'Walhalla Rising', year: 2009 };
    await detections.report(TAB, netflixReport({ films: [drive, driver, heat], candidateCount: null }));
    render(<Popup tab={{ id: TAB, url: 'https://www.netflix.com/browse' }} />);

    const item = async (name: RegExp) => (await screen.findByRole('button', { name })).closest('li')!.textContent;
    await vi.waitFor(async () => expect(await item(/^Drive \(/)).toContain('Deine Wertung 4,5 von 5 · auf der Merkliste'));
    expect(await item(/^Driver \(/)).toContain('auf der Merkliste');
    expect(await item(/^Driver \(/)).not.toContain('Wertung');
    expect(await item(/^Walhalla/)).toBe('Walhalla Rising (2009) ');
  });

  it('"Merkliste" lists every film on the watchlist with its rating; choosing one shows its card', async () => {
    await sendMessage('setWatchlist', { filmId: 'the-driver-1978', onList: true });
    await applyImport(await openFilmlupeDB(), [
      { filmId: 'drive-2011', title: 'Drive', year: 2011, rating: { value: 8, scale: 10, date: null, source: 'imdb' }, seen: true, seenDates: [], watchlistSince: '2020-01-01', reviews: [], tags: [], sources: ['imdb'] },
    ]);
    render(<Popup tab={{ id: null, url: null }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Merkliste' }));
    expect(screen.getByRole('button', { name: 'Merkliste' }).getAttribute('aria-pressed')).toBe('true');
    expect(await screen.findByRole('heading', { name: '2 Filme auf der Merkliste' })).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Driver (1978) ', 'Drive (2011) Deine Wertung 8 von 10']);
    expect(screen.queryByText('Diese Seite wird nicht unterstützt.')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Driver (1978)' }));
    expect(await screen.findByRole('heading', { name: 'Driver (1978)' })).toBeTruthy();
  });

  it('an empty watchlist says how to fill it', async () => {
    render(<Popup tab={{ id: null, url: null }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Merkliste' }));
    expect(await screen.findByRole('heading', { name: '0 Filme auf der Merkliste' })).toBeTruthy();
    expect(screen.getByText(/In der Karte eines Films: „Auf die Merkliste“/)).toBeTruthy();
  });
});

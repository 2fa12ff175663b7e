import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Film, Review } from '../../lib/catalogue/types';
import type { FilmDetails } from '../../lib/messaging';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { Popover, type PopoverProps } from './Popover';

// Stand-in data shaped like lib/catalogue/types.ts: invented test text, not catalogue content.
const film: Film = {
  id: 'test-film-2011',
  germanTitle: 'Testfilm',
  originalTitle: 'The Test Film',
  aliases: [],
  year: 2011,
  directors: ['Regie Eins'],
  cast: ['A', 'B', 'C', 'D', 'E', 'F'].map((letter) => ({ name: `Person ${letter}`, role: `Rolle ${letter}` })),
  genres: [],
  mentions: [],
};

// A film as the Wikipedia base data gives it: no directors, cast without roles, no reviews.
const baseFilm: Film = {
  id: 'basisfilm-2017',
  germanTitle: 'Basisfilm',
  originalTitle: 'Basisfilm',
  aliases: [],
  year: 2017,
  directors: [],
  cast: [{ name: 'Erste Person' }, { name: 'Zweite Person' }],
  genres: ['Action', 'Krimi'],
  mentions: [],
  source: 'wikipedia',
  wikipedia: 'Basisfilm',
};
const baseDetails: FilmDetails = { film: baseFilm, reviews: [], mentionedIn: [], user: null };

function review(overrides: Partial<Review>): Review {
  return {
    id: 'test-kritik-a',
    filmId: film.id,
    kind: 'Kritik',
    outlet: 'Testmagazin',
    author: 'Autorin Eins',
    date: '2011-09-14',
    excerpt: false,
    score: null,
    verdict: 'positiv',
    verdictSentence: null,
    spoiler: false,
    paragraphs: ['Erster Absatz.'],
    ...overrides,
  };
}

const longParagraph = 'Ein Satz über den Film, der lang genug ist. '.repeat(12).trim();

const details: FilmDetails = {
  film,
  reviews: [
    review({ score: { value: 9, max: 10, normalized: 90 }, paragraphs: [longParagraph, 'Zweiter Absatz am Ende.'] }),
    review({ id: 'test-kritik-b', outlet: null, author: null, date: null, spoiler: true, paragraphs: ['Am Ende stirbt die Figur.'] }),
  ],
  mentionedIn: [],
  user: null,
};

function renderCard(overrides: Partial<PopoverProps> = {}) {
  const props: PopoverProps = {
    details,
    settings: DEFAULT_SETTINGS,
    theme: 'auto',
    onClose: vi.fn(),
    onOpenSettings: vi.fn(),
    onNotThisFilm: vi.fn(async () => {}),
    ...overrides,
  };
  render(<Popover {...props} />);
  return props;
}

describe('Popover', () => {
  afterEach(cleanup);

  it('is a dialog named with the German title and year, showing the original title and director', () => {
    renderCard();
    expect(screen.getByRole('dialog', { name: 'Testfilm (2011)' })).toBeTruthy();
    expect(screen.getByText('Originaltitel: The Test Film')).toBeTruthy();
    expect(screen.getByText('Regie: Regie Eins')).toBeTruthy();
  });

  it('sums up the verdicts and shows the score a review gives', () => {
    renderCard();
    expect(screen.getByText('Kritiker: 2 von 2 positiv')).toBeTruthy();
    expect(screen.getByText('9/10')).toBeTruthy();
  });

  it('names kind, outlet, author and German date, or says the source is unknown', () => {
    renderCard({ settings: { ...DEFAULT_SETTINGS, showSpoilers: true } });
    expect(screen.getByText('Kritik · Testmagazin · Autorin Eins · 14. September 2011')).toBeTruthy();
    expect(screen.getByText(/Kritik · Quelle unbekannt/)).toBeTruthy();
  });

  it('shows an excerpt that expands to the full text inside the card', () => {
    renderCard();
    expect(screen.queryByText('Zweiter Absatz am Ende.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ganzen Text lesen' }));
    expect(screen.getByText('Zweiter Absatz am Ende.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Weniger' })).toBeTruthy();
  });

  it('hides spoiler text behind a button unless the setting shows spoilers', () => {
    renderCard();
    expect(screen.queryByText('Am Ende stirbt die Figur.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Spoiler anzeigen' }));
    expect(screen.getByText('Am Ende stirbt die Figur.')).toBeTruthy();
    cleanup();
    renderCard({ settings: { ...DEFAULT_SETTINGS, showSpoilers: true } });
    expect(screen.queryByRole('button', { name: 'Spoiler anzeigen' })).toBeNull();
    expect(screen.getByText('Am Ende stirbt die Figur.')).toBeTruthy();
  });

  it('lists the first four cast members with roles, then all on request', () => {
    renderCard();
    expect(screen.getByText('Person D')).toBeTruthy();
    expect(screen.queryByText('Person E')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Alle 6 anzeigen' }));
    expect(screen.getByText('Person F')).toBeTruthy();
    expect(screen.getByText(/als Rolle F/)).toBeTruthy();
  });

  it('for a film without a review quotes where another review mentions it', () => {
    renderCard({
      details: { film, reviews: [], mentionedIn: [{ filmId: 'other-1978', title: 'Anderer Film', year: 1978, sentence: 'Ein Satz, der den Testfilm nennt.' }], user: null },
    });
    expect(screen.getByText('Noch keine Kritik – erwähnt in der Kritik zu Anderer Film (1978):')).toBeTruthy();
    expect(screen.getByText('„Ein Satz, der den Testfilm nennt.“')).toBeTruthy();
    expect(screen.queryByText(/Kritiker:/)).toBeNull();
  });

  it('respects the settings for ratings, cast and reviews', () => {
    renderCard({ settings: { ...DEFAULT_SETTINGS, showRatings: false, showCast: false, showReviews: false } });
    expect(screen.queryByText(/Kritiker:/)).toBeNull();
    expect(screen.queryByText('Person A')).toBeNull();
    expect(screen.queryByText('Erster Absatz.')).toBeNull();
  });

  it('renders page and catalogue text as text, never as HTML', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>fett</b>';
    const { container } = render(
      <Popover
        details={{ film: { ...film, germanTitle: hostile }, reviews: [review({ paragraphs: [hostile] })], mentionedIn: [], user: null }}
        settings={DEFAULT_SETTINGS}
        theme="dark"
        onClose={() => {}}
        onOpenSettings={() => {}}
        onNotThisFilm={async () => {}}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('dialog', { name: `${hostile} (2011)` })).toBeTruthy();
  });

  it('"Nicht dieser Film?" stores the correction and confirms it; gear and close call back', async () => {
    const props = renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Nicht dieser Film?' }));
    expect(props.onNotThisFilm).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('nicht mehr als „Testfilm“');
    fireEvent.click(screen.getByRole('button', { name: 'Einstellungen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Schließen' }));
    expect(props.onOpenSettings).toHaveBeenCalledTimes(1);
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('an answer that could not be stored says so, never "Danke!" or "Gemerkt", and can be given again', async () => {
    const refused = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    renderCard({ onNotThisFilm: vi.fn(refused) });
    fireEvent.click(screen.getByRole('button', { name: 'Nicht dieser Film?' }));
    expect((await screen.findByRole('status')).textContent).toBe('Das hat nicht geklappt. Bitte später erneut versuchen.');
    expect(screen.queryByText(/Danke/)).toBeNull();
    expect((screen.getByRole('button', { name: 'Nicht dieser Film?' }) as HTMLButtonElement).disabled).toBe(false);
    cleanup();

    render(
      <Popover details={baseDetails} sure={false} settings={DEFAULT_SETTINGS} theme="light" onClose={() => {}} onOpenSettings={() => {}} onNotThisFilm={refused} onConfirm={refused} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ja' }));
    expect((await screen.findByRole('status')).textContent).toBe('Das hat nicht geklappt. Bitte später erneut versuchen.');
    expect(screen.queryByText(/Gemerkt/)).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Ist das Basisfilm (2017)?' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Ja' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('a base film shows title, year, genres, cast and its source, and no review section or director line', () => {
    const { container } = render(
      <Popover details={baseDetails} settings={DEFAULT_SETTINGS} theme="light" onClose={() => {}} onOpenSettings={() => {}} onNotThisFilm={async () => {}} />,
    );
    expect(screen.getByRole('dialog', { name: 'Basisfilm (2017)' })).toBeTruthy();
    expect(container.querySelector('.fl-genres')?.textContent).toBe('Genre: Action, Krimi');
    expect(screen.getByText('Erste Person')).toBeTruthy();
    expect(screen.getByText('Zweite Person')).toBeTruthy();
    expect(screen.getByText('Filmdaten: Wikipedia, CC BY-SA 4.0')).toBeTruthy();
    expect(screen.queryByText(/Regie/)).toBeNull();
    expect(screen.queryByText(/Originaltitel/)).toBeNull();
    expect(screen.queryByText(/Noch keine Kritik/)).toBeNull();
    expect(screen.queryByText(/Kritiker:/)).toBeNull();
    expect(screen.queryByText(/Quelle unbekannt/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Kritiken' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ja' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Nicht dieser Film?' })).toBeTruthy();
  });

  it('a curated film keeps its reviews and names no Wikipedia source', () => {
    renderCard();
    expect(screen.queryByText(/Filmdaten: Wikipedia/)).toBeNull();
    expect(screen.getByRole('region', { name: 'Kritiken' })).toBeTruthy();
  });

  it('an unsure match asks first ("Ist das …?"), Ja and Nein named and first in the tab order, the facts as a maybe', () => {
    const { container } = render(
      <Popover details={baseDetails} sure={false} settings={DEFAULT_SETTINGS} theme="light" onClose={() => {}} onOpenSettings={() => {}} onNotThisFilm={async () => {}} onConfirm={async () => {}} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Ist das Basisfilm (2017)?' });
    expect(screen.getByRole('heading', { name: 'Ist das Basisfilm (2017)?' }).querySelector('em')?.textContent).toBe('Basisfilm');
    expect(screen.getByRole('group', { name: 'Ist das Basisfilm (2017)?' })).toBeTruthy();
    const buttons = [...dialog.querySelectorAll('button')].map((button) => button.textContent?.trim() || button.getAttribute('aria-label'));
    expect(buttons.slice(0, 2)).toEqual(['Ja', 'Nein']);
    expect(screen.getByText('Vielleicht dieser Film:')).toBeTruthy();
    expect(screen.getByText('Erste Person')).toBeTruthy();
    // "Nein" is the correction: no second way to say it while the card asks.
    expect(screen.queryByRole('button', { name: 'Nicht dieser Film?' })).toBeNull();
    expect(container.querySelector('.fl-question')?.compareDocumentPosition(screen.getByRole('heading', { name: 'Basisfilm (2017)' })) ?? 0).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('"Ja" stores the confirmation, then the card tells instead of asking', async () => {
    const onConfirm = vi.fn(async () => {});
    render(
      <Popover details={baseDetails} sure={false} settings={DEFAULT_SETTINGS} theme="light" onClose={() => {}} onOpenSettings={() => {}} onNotThisFilm={async () => {}} onConfirm={onConfirm} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ja' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole('status')).textContent).toBe('Gemerkt: Dieser Titel ist ab jetzt „Basisfilm“ (2017).');
    expect(screen.getByRole('dialog', { name: 'Basisfilm (2017)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ja' })).toBeNull();
    expect(screen.queryByText('Vielleicht dieser Film:')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
  });

  it('"Nein" stores a correction through "Nicht dieser Film?"s path', async () => {
    const onNotThisFilm = vi.fn(async () => {});
    const onConfirm = vi.fn(async () => {});
    render(
      <Popover details={baseDetails} sure={false} settings={DEFAULT_SETTINGS} theme="light" onClose={() => {}} onOpenSettings={() => {}} onNotThisFilm={onNotThisFilm} onConfirm={onConfirm} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Nein' }));
    expect(onNotThisFilm).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    expect((await screen.findByRole('status')).textContent).toContain('nicht mehr als „Basisfilm“');
    expect(screen.queryByRole('button', { name: 'Ja' })).toBeNull();
  });
});

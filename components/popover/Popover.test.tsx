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
      details: { film, reviews: [], mentionedIn: [{ filmId: 'other-1978', title: 'Anderer Film', year: 1978, sentence: 'Ein Satz, der den Testfilm nennt.' }] },
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
        details={{ film: { ...film, germanTitle: hostile }, reviews: [review({ paragraphs: [hostile] })], mentionedIn: [] }}
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
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Film } from '../../lib/catalogue/types';
import type { FilmDetails } from '../../lib/messaging';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { UserFilm } from '../../lib/userdata/types';
import { Popover, type PopoverProps } from './Popover';

// Invented stand-in data, shaped like lib/catalogue/types.ts and lib/userdata/types.ts.
const film: Film = {
  id: 'test-film-2011', germanTitle: 'Testfilm', originalTitle: 'The Test Film', aliases: [], year: 2011,
  directors: ['Regie Eins'], cast: [], genres: [], mentions: [],
};

const rated: UserFilm = {
  filmId: film.id,
  title: 'Testfilm',
  year: 2011,
  rating: { value: 4.5, scale: 5, date: '2024-03-03', source: 'letterboxd' },
  seen: true,
  seenDates: ['2024-03-03'],
  watchlistSince: '2024-01-10',
  reviews: [
    { text: 'Meine eigene Meinung zum Testfilm.', date: '2024-03-03', spoiler: false, source: 'letterboxd' },
    { text: 'Am Ende gewinnt die Testperson.', date: null, spoiler: true, source: 'letterboxd' },
  ],
  tags: [],
  sources: ['letterboxd'],
};

function renderCard(user: UserFilm | null, overrides: Partial<PopoverProps> = {}) {
  const details: FilmDetails = { film, reviews: [], mentionedIn: [], user };
  const props: PopoverProps = {
    details,
    settings: DEFAULT_SETTINGS,
    theme: 'auto',
    onClose: vi.fn(),
    onOpenSettings: vi.fn(),
    onNotThisFilm: vi.fn(async () => {}),
    onSetWatchlist: vi.fn(async (onList: boolean) => (onList ? { ...rated, rating: null, reviews: [], seen: false, seenDates: [] } : null)),
    onSetSeen: vi.fn(async (seen: boolean) => ({ ...rated, rating: null, reviews: [], watchlistSince: undefined, seen, seenDates: [] })),
    ...overrides,
  };
  render(<Popover {...props} />);
  return props;
}

afterEach(cleanup);

const own = () => screen.getByRole('region', { name: 'Deine Wertung' });
const toggle = (name: string) => within(own()).getByRole('button', { name });

describe('the card\'s "Deine Wertung"', () => {
  it('shows the rating on its own scale in German, the day seen, the own review, and the state of both toggles', () => {
    renderCard(rated);
    const section = own();
    expect(section.textContent).toContain('4,5 von 5');
    expect(section.textContent).toContain('Letterboxd, 3. März 2024');
    expect(section.textContent).toContain('Gesehen am 3. März 2024');
    expect(within(section).getByText('Meine eigene Meinung zum Testfilm.')).toBeTruthy();
    expect(toggle('Auf die Merkliste').getAttribute('aria-pressed')).toBe('true');
    expect(toggle('Gesehen').getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps IMDb\'s 1–10 scale as it is', () => {
    renderCard({ ...rated, rating: { value: 8, scale: 10, date: null, source: 'imdb' }, reviews: [] });
    expect(own().textContent).toContain('8 von 10');
    expect(own().textContent).toContain('IMDb');
  });

  it('a spoiler in the own review stays behind "Spoiler anzeigen" unless spoilers are shown', () => {
    renderCard(rated);
    expect(screen.queryByText('Am Ende gewinnt die Testperson.')).toBeNull();
    fireEvent.click(within(own()).getByRole('button', { name: 'Spoiler anzeigen' }));
    expect(screen.getByText('Am Ende gewinnt die Testperson.')).toBeTruthy();
  });

  it('shows a spoiler at once when the settings say so', () => {
    renderCard(rated, { settings: { ...DEFAULT_SETTINGS, showSpoilers: true } });
    expect(screen.getByText('Am Ende gewinnt die Testperson.')).toBeTruthy();
  });

  it('without any data: no rating, both toggles off; pressing them stores and then shows the new state', async () => {
    const props = renderCard(null);
    expect(own().textContent).not.toContain('von 5');
    expect(toggle('Gesehen').getAttribute('aria-pressed')).toBe('false');
    expect(toggle('Auf die Merkliste').getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(toggle('Gesehen'));
    expect(props.onSetSeen).toHaveBeenCalledWith(true);
    await waitFor(() => expect(toggle('Gesehen').getAttribute('aria-pressed')).toBe('true'));

    fireEvent.click(toggle('Auf die Merkliste'));
    expect(props.onSetWatchlist).toHaveBeenCalledWith(true);
    await waitFor(() => expect(toggle('Auf die Merkliste').getAttribute('aria-pressed')).toBe('true'));
  });

  it('a write that was not stored says so and leaves the toggle as it was', async () => {
    const refused = vi.fn(async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    renderCard(null, { onSetSeen: refused });
    fireEvent.click(toggle('Gesehen'));
    expect((await within(own()).findByRole('status')).textContent).toBe('Das hat nicht geklappt. Bitte später erneut versuchen.');
    expect(toggle('Gesehen').getAttribute('aria-pressed')).toBe('false');
    expect(toggle('Gesehen').getAttribute('aria-disabled')).toBe('false');
  });

  it('is not shown while the card still asks whether the title is this film', () => {
    renderCard(rated, { sure: false, onConfirm: vi.fn(async () => {}) });
    expect(screen.queryByRole('region', { name: 'Deine Wertung' })).toBeNull();
  });

  it('renders the own review as text, never as HTML', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>fett</b>';
    const { container } = render(
      <Popover details={{ film, reviews: [], mentionedIn: [], user: { ...rated, reviews: [{ ...rated.reviews[0]!, text: hostile }] } }} settings={DEFAULT_SETTINGS} theme="auto" onClose={() => {}} onOpenSettings={() => {}} onNotThisFilm={async () => {}} onSetSeen={async () => null} onSetWatchlist={async () => null} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(hostile)).toBeTruthy();
  });
});

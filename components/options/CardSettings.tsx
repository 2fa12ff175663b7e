/** The settings for the popover card: dwell delay, spoilers, which parts it shows; and dimming seen films on the page. */
import { useEffect, useState } from 'preact/hooks';
import { DWELL_MAX_MS, DWELL_MIN_MS, type Settings } from '../../lib/settings';
import { Switch } from '../ui/Switch';

interface Props {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

const PARTS: Array<['showRatings' | 'showCast' | 'showReviews', string]> = [
  ['showRatings', 'Wertungen'],
  ['showCast', 'Besetzung'],
  ['showReviews', 'Kritiken'],
];

export function CardSettings({ settings, onChange }: Props) {
  // The slider moves freely; the value is saved when it is let go (or per arrow key).
  const [dwell, setDwell] = useState(settings.dwellMs);
  useEffect(() => setDwell(settings.dwellMs), [settings.dwellMs]);

  return (
    <fieldset>
      <legend>Filmkarte</legend>
      <div class="slider-row">
        <label for="verzoegerung">Verzögerung, bis die Karte aufgeht</label>
        <input
          id="verzoegerung"
          type="range"
          min={DWELL_MIN_MS}
          max={DWELL_MAX_MS}
          step={50}
          value={dwell}
          aria-valuetext={`${dwell} Millisekunden`}
          onInput={(event) => setDwell(Number(event.currentTarget.value))}
          onChange={(event) => onChange({ dwellMs: Number(event.currentTarget.value) })}
        />
        <output for="verzoegerung">{dwell} ms</output>
      </div>
      <Switch
        id="spoiler"
        label="Spoiler sofort zeigen"
        description="Aus: Textstellen, die die Handlung verraten, bleiben hinter einem Knopf verborgen."
        checked={settings.showSpoilers}
        onChange={(showSpoilers) => onChange({ showSpoilers })}
      />
      <Switch
        id="gesehene-abdunkeln"
        label="Gesehene Filme abdunkeln"
        description="Filme, die du als gesehen markiert oder importiert hast, erscheinen auf den Seiten blasser. Das kann auch die Seite selbst erkennen."
        checked={settings.dimSeenFilms}
        onChange={(dimSeenFilms) => onChange({ dimSeenFilms })}
      />
      <p class="hint">Die Karte zeigt:</p>
      {PARTS.map(([key, label]) => (
        <Switch key={key} id={`zeige-${key}`} label={label} checked={settings[key]} onChange={(on) => onChange({ [key]: on })} />
      ))}
    </fieldset>
  );
}

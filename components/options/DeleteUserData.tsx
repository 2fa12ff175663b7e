/**
 * "Alle meine Filmdaten löschen" with a confirmation step in the page (no window.confirm: it blocks
 * the page, cannot be styled and says nothing about what stays). Focus goes to "Abbrechen", the safe
 * choice; Escape cancels too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  stored: number | null;
  busy: boolean;
  onDelete(): Promise<void>;
}

export function DeleteUserData({ stored, busy, onDelete }: Props) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <div class="button-row">
        {/* aria-disabled, not disabled, when nothing is stored: focus comes back here after deleting and must not get lost. */}
        <button type="button" ref={openRef} disabled={busy} aria-disabled={!stored} onClick={() => stored && setAsking(true)}>
          Alle meine Filmdaten löschen
        </button>
      </div>
    );
  }
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby="loeschen-frage"
      aria-describedby="loeschen-bleibt"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <p id="loeschen-frage">
        <strong>
          Wirklich alle {stored === 1 ? 'Daten zu 1 Film' : `Daten zu ${(stored ?? 0).toLocaleString('de-DE')} Filmen`} löschen?
        </strong>
      </p>
      <p id="loeschen-bleibt" class="hint">
        Wertungen, Gesehen, Merkliste und eigene Kritiken werden gelöscht. Korrekturen („Nicht dieser Film“) bleiben; sie
        haben unter „Zurücksetzen“ ihren eigenen Knopf.
      </p>
      <div class="button-row">
        <button
          type="button"
          class="danger"
          disabled={busy}
          onClick={() => void onDelete().finally(() => setAsking(false))}
        >
          Ja, alles löschen
        </button>
        <button type="button" ref={cancelRef} onClick={() => setAsking(false)}>
          Abbrechen
        </button>
      </div>
    </div>
  );
}

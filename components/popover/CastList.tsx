import { useState } from 'preact/hooks';
import type { CastMember } from '../../lib/catalogue/types';

const FIRST_SHOWN = 4;

/** The cast with roles: the first few, then a button for everyone. */
export function CastList({ cast }: { cast: CastMember[] }) {
  const [showAll, setShowAll] = useState(false);
  if (cast.length === 0) return null;
  const shown = showAll ? cast : cast.slice(0, FIRST_SHOWN);
  return (
    <section class="fl-cast" aria-label="Besetzung">
      <h3 class="fl-section-title">Besetzung</h3>
      <ul class="fl-cast-list">
        {shown.map((member) => (
          <li key={member.name}>
            <span class="fl-cast-name">{member.name}</span>
            {member.role && <span class="fl-cast-role"> als {member.role}</span>}
          </li>
        ))}
      </ul>
      {cast.length > FIRST_SHOWN && (
        <button type="button" class="fl-link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Weniger anzeigen' : `Alle ${cast.length} anzeigen`}
        </button>
      )}
    </section>
  );
}

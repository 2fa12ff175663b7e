/** What an import did: the summary, and every row not taken with its file, line and reason. */
import type { ImportOutcome } from './user-data';

const count = (n: number) => n.toLocaleString('de-DE');
/** "1 Zeile", "2 Zeilen". */
const counted = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

export function ImportReport({ outcome }: { outcome: ImportOutcome }) {
  const { plan, backups, added } = outcome;
  return (
    <section class="import-report" aria-labelledby="import-ergebnis">
      <h3 id="import-ergebnis">Import abgeschlossen</h3>
      <ul>
        {plan && (
          <>
            <li>
              {count(plan.summary.matched)} von {counted(plan.summary.rows, 'Zeile', 'Zeilen')} erkannt
            </li>
            <li>{counted(plan.summary.skipped, 'Zeile', 'Zeilen')} nicht erkannt</li>
          </>
        )}
        {backups && (
          <li>
            Sicherung: {counted(backups.films, 'Film', 'Filme')}, {counted(backups.corrections, 'Korrektur', 'Korrekturen')},{' '}
            {counted(backups.confirmations, 'Bestätigung', 'Bestätigungen')}
          </li>
        )}
        <li>
          {plan ? `${counted(plan.summary.films, 'Film', 'Filme')} betroffen, davon ` : ''}
          {counted(added, 'neuer Film', 'neue Filme')}
        </li>
        {plan && <li>{counted(plan.summary.duplicates, 'doppelte Zeile', 'doppelte Zeilen')} zusammengeführt</li>}
      </ul>
      {plan && plan.skipped.length > 0 && (
        <details>
          <summary>{counted(plan.skipped.length, 'nicht erkannte Zeile', 'nicht erkannte Zeilen')} anzeigen</summary>
          <div class="table-scroll">
            <table>
              <caption>Nicht erkannte Zeilen</caption>
              <thead>
                <tr>
                  <th scope="col">Datei</th>
                  <th scope="col">Zeile</th>
                  <th scope="col">Titel</th>
                  <th scope="col">Jahr</th>
                  <th scope="col">Grund</th>
                </tr>
              </thead>
              <tbody>
                {plan.skipped.map((row, i) => (
                  <tr key={i}>
                    <td>{row.file}</td>
                    <td class="number">{row.line}</td>
                    <td>{row.title}</td>
                    <td class="number">{row.year ?? '–'}</td>
                    <td>{row.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}

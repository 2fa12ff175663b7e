/**
 * The slug that film ids are made of: `slug('The Driver') + '-1978'` → `the-driver-1978`.
 * German letters are transliterated (ä → ae, ß → ss) rather than dropped, so "Das Boot" and
 * "Die Brücke" keep readable ids; other accents are stripped (é → e).
 */
const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // An apostrophe joins a word ("Schindler's" → "schindlers"), it does not split it.
    .replace(/['’`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The id a film must have: slug of the original title, a dash, the year. */
export function filmIdFor(originalTitle: string, year: number): string {
  return `${slug(originalTitle)}-${year}`;
}

/**
 * Deterministic German/English-like film titles for the benchmark's page and matcher catalogue.
 * The word lists avoid every word of the real catalogue's titles (Drive, Taxi, Pusher, Walhalla, …)
 * so that generated filler never matches a real film by accident.
 */
import { pick } from './stats';

const germanArticles = ['Der', 'Die', 'Das', 'Ein', 'Eine'];
const germanAdjectives = [
  'lange', 'stille', 'dunkle', 'letzte', 'kalte', 'goldene', 'verlorene', 'wilde', 'blaue', 'schwarze',
  'fremde', 'tiefe', 'helle', 'rote', 'alte', 'neue', 'kleine', 'große', 'geheime', 'falsche',
  'müde', 'ferne', 'gläserne', 'eiserne', 'weiße', 'grüne', 'späte', 'frühe', 'bittere', 'süße',
];
const germanNouns = [
  'Nacht', 'Sommer', 'Stadt', 'Liebe', 'Schatten', 'Haus', 'Wolf', 'Himmel', 'Weg', 'Herz', 'Insel',
  'Grenze', 'Brücke', 'Zeit', 'Spur', 'Stimme', 'Reise', 'Flucht', 'Erbe', 'Küste', 'Jagd', 'Welle',
  'Glocke', 'Straße', 'Mauer', 'Fluss', 'Wald', 'Sturm', 'Tochter', 'Bruder', 'Schwester', 'Hafen',
  'Nebel', 'Feuer', 'Winter', 'Garten', 'Spiegel', 'Zug', 'Turm', 'Dorf', 'Berg', 'Traum', 'Gesetz',
];
const englishAdjectives = [
  'Silent', 'Dark', 'Last', 'Cold', 'Golden', 'Lost', 'Wild', 'Blue', 'Black', 'Hidden', 'Broken',
  'Deep', 'Bright', 'Red', 'Old', 'New', 'Little', 'Great', 'Secret', 'False', 'Distant', 'Iron',
  'White', 'Green', 'Late', 'Early', 'Bitter', 'Sweet', 'Empty', 'Burning',
];
const englishNouns = [
  'Night', 'Summer', 'City', 'Love', 'Shadow', 'House', 'Wolf', 'Sky', 'Road', 'Heart', 'Island',
  'Border', 'Bridge', 'Time', 'Trace', 'Voice', 'Journey', 'Escape', 'Legacy', 'Coast', 'Hunt', 'Wave',
  'Bell', 'Street', 'Wall', 'River', 'Forest', 'Storm', 'Daughter', 'Brother', 'Sister', 'Harbour',
  'Fog', 'Fire', 'Winter', 'Garden', 'Mirror', 'Train', 'Tower', 'Village', 'Mountain', 'Dream', 'Law',
];
const subtitles = [
  'Die Rückkehr', 'Das Erwachen', 'Im Zeichen der Zeit', 'Ohne Ausweg', 'Die Abrechnung',
  'The Beginning', 'Reckoning', 'Homecoming', 'Legacy', 'A New Dawn',
];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function germanTitle(random: () => number): string {
  switch (Math.floor(random() * 5)) {
    case 0:
      return `${pick(random, germanArticles)} ${pick(random, germanAdjectives)} ${pick(random, germanNouns)}`;
    case 1:
      return `${capitalise(pick(random, germanAdjectives))} ${pick(random, germanNouns)}`;
    case 2:
      return `${pick(random, germanNouns)} und ${pick(random, germanNouns)}`;
    case 3:
      return `${pick(random, germanNouns)} der ${pick(random, germanNouns)}`;
    default:
      return `${pick(random, germanArticles)} ${pick(random, germanNouns)}: ${pick(random, subtitles)}`;
  }
}

export function englishTitle(random: () => number): string {
  switch (Math.floor(random() * 5)) {
    case 0:
      return `The ${pick(random, englishAdjectives)} ${pick(random, englishNouns)}`;
    case 4:
      return `The ${pick(random, englishAdjectives)} ${pick(random, englishNouns)} of ${pick(random, englishNouns)}`;
    case 1:
      return `${pick(random, englishAdjectives)} ${pick(random, englishNouns)}`;
    case 2:
      return `${pick(random, englishNouns)} of the ${pick(random, englishNouns)}`;
    default:
      return `${pick(random, englishNouns)} & ${pick(random, englishNouns)}`;
  }
}

/** A title never seen before (within this generator), German or English. */
export function uniqueTitleSource(random: () => number): () => string {
  const seen = new Set<string>();
  return () => {
    for (;;) {
      let title = random() < 0.55 ? germanTitle(random) : englishTitle(random);
      if (seen.has(title)) title = `${title} ${2 + Math.floor(random() * 7)}`;
      if (!seen.has(title)) {
        seen.add(title);
        return title;
      }
    }
  };
}

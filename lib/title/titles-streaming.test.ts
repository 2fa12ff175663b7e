/**
 * Titles as the streaming sites show them: the strings the saved real pages yield (see the "should
 * yield" lists in ../shared/real-pages/PROVENANCE.md), with the hints the site adapters pass along.
 * Series names without a marker ("Breaking Bad") are 'film' by their text alone; only the site's
 * hint (Prime's entity type, Netflix has none) can tell — and unknown titles answer null anyway.
 */
import { describe, it } from 'vitest';
import { expectRow, type TitleRow } from './test-films';

const series = { kind: 'series' } as const;

// Netflix browse rows, 2023-06 (real-pages/netflix): aria-label of a.slider-refocus.
const netflix: TitleRow[] = [
  // Two films share this title (1930, 2022); Netflix shows no year: the one not old, as a question (titles-sure.test.ts).
  ['All Quiet on the Western Front', 'All Quiet on the Western Front', null, 'film', 'all-quiet-on-the-western-front-2022'],
  ['Spider-Man: Into the Spider-Verse', 'Spider-Man: Into the Spider-Verse', null, 'film', 'spider-man-into-the-spider-verse-2018'],
  ['Rick and Morty', 'Rick and Morty', null, 'film', null],
  ['Black Lagoon', 'Black Lagoon', null, 'film', null],
  ['Cyberpunk: Edgerunners', 'Cyberpunk: Edgerunners', null, 'film', null],
  ['The Office (U.S.)', 'The Office', null, 'film', null],
  ['Brooklyn Nine-Nine', 'Brooklyn Nine-Nine', null, 'film', null],
  ['Breaking Bad', 'Breaking Bad', null, 'film', null, series],
  ['Friends', 'Friends', null, 'film', null],
  ['The Big Bang Theory', 'The Big Bang Theory', null, 'film', null],
  ['Hajime no Ippo: The Fighting!', 'Hajime no Ippo: The Fighting!', null, 'film', null],
  ['Neon Genesis Evangelion', 'Neon Genesis Evangelion', null, 'film', null],
  ['BoJack Horseman', 'BoJack Horseman', null, 'film', null],
  ["JoJo's Bizarre Adventure", "JoJo's Bizarre Adventure", null, 'film', null],
  ['See more titles', 'See more titles', null, 'film', null],
  ['Drive', 'Drive', null, 'film', 'drive-2011'],
  ['Alles, was wir geben mussten', 'Alles, was wir geben mussten', null, 'film', 'never-let-me-go-2010'],
];

// Prime Video detail page, 2026-03 (real-pages/primevideo, Young Sherlock): data-card-title and entity type.
const prime2026: TitleRow[] = [
  ['Alter weißer Mann', 'Alter weißer Mann', null, 'film', 'alter-weisser-mann-2024', { kind: 'film' }],
  ['A Killer Romance', 'A Killer Romance', null, 'film', 'hit-man-2023', { kind: 'film' }],
  ['Boneyard', 'Boneyard', null, 'film', null, { kind: 'film' }],
  ['The Creator', 'The Creator', null, 'film', 'the-creator-2023', { kind: 'film' }],
  ['The 50 - Season 1', 'The 50', null, 'series', null, series],
  ['Scarpetta - Season 1', 'Scarpetta', null, 'series', null],
  ['Cross - Season 1', 'Cross', null, 'series', null],
  ['Two and a Half Men, Season 1', 'Two and a Half Men', null, 'series', null],
  ['Marshals, Season 1', 'Marshals', null, 'series', null],
  ['Fallout - Season 1', 'Fallout', null, 'series', null],
  ['Elementary - Staffel 1 [dt./OV]', 'Elementary', null, 'series', null],
  ['Young Sherlock: The Characters of Young Sherlock', 'Young Sherlock: The Characters of Young Sherlock', null, 'film', null, { kind: 'other' }],
  ['Watch Trailer', 'Watch Trailer', null, 'other', null],
  ['Play S1 E4', 'Play', null, 'series', null],
  ['Watch Young Sherlock - Staffel 1 | Prime Video', 'Watch Young Sherlock', null, 'series', null],
  ['Young Sherlock', 'Young Sherlock', null, 'film', null, series],
  // A known film that the site marks as a series still answers null: the hint wins.
  ['Drive', 'Drive', null, 'film', null, series],
];

// Prime Video detail page on amazon.de, 2021-04 (real-pages/primevideo, Um Jeden Preis): h1 and packshot aria-labels.
const prime2021: TitleRow[] = [
  ['Um Jeden Preis [dt./OV]', 'Um Jeden Preis', null, 'film', 'at-any-price-2012', { year: 2012 }],
  ['The Lucky One - Für immer der Deine [dt./OV]', 'The Lucky One - Für immer der Deine', null, 'film', 'the-lucky-one-2012'],
  ['Für immer Single? [dt./OV]', 'Für immer Single?', null, 'film', 'that-awkward-moment-2014'],
  ['Self/less - Der Fremde in mir [dt./OV]', 'Self/less - Der Fremde in mir', null, 'film', 'self-less-2015'],
  ['Sahara - Abenteuer In Der Wuste', 'Sahara - Abenteuer In Der Wuste', null, 'film', 'sahara-2005'],
  // 1966 and 2018: the one not old, as a question.
  ['Fahrenheit 451', 'Fahrenheit 451', null, 'film', 'fahrenheit-451-2018'],
  ['Fahrenheit 451 [OV]', 'Fahrenheit 451', null, 'film', 'fahrenheit-451-2018'],
  ['Footloose (2011)', 'Footloose', 2011, 'film', 'footloose-2011'],
  ['Frequency (2000)', 'Frequency', 2000, 'film', 'frequency-2000'],
  ['Der große Leichtsinn - The Big Easy', 'Der große Leichtsinn - The Big Easy', null, 'film', 'the-big-easy-1986'],
  ['Treme - Staffel 1', 'Treme', null, 'series', null],
  ['Deception - Todliche Versuchung [dt./OV]', 'Deception - Todliche Versuchung', null, 'film', 'deception-2008'],
  ['Enemy Mine - Geliebter Feind', 'Enemy Mine - Geliebter Feind', null, 'film', 'enemy-mine-1985'],
  ['Hollow Man: Unsichtbare Gefahr', 'Hollow Man: Unsichtbare Gefahr', null, 'film', 'hollow-man-2000'],
  ['Ich & Orson Welles', 'Ich & Orson Welles', null, 'film', 'me-and-orson-welles-2008'],
  ["Was passiert, wenn's passiert ist", "Was passiert, wenn's passiert ist", null, 'film', 'what-to-expect-when-youre-expecting-2012'],
  ['Point Break [dt./OV]', 'Point Break', null, 'film', null],
  ['Baywatch - erweiterte Filmversion [dt./OV]', 'Baywatch', null, 'film', null],
  ['Deadwood: The Movie [OV]', 'Deadwood: The Movie', null, 'film', null],
  ['17 Again [dt./OV]', '17 Again', null, 'film', null],
  ['99 Homes', '99 Homes', null, 'film', null],
  ['Bailey - Ein Hund kehrt zurück', 'Bailey - Ein Hund kehrt zurück', null, 'film', null],
  ['Being Charlie - Zurück ins Leben [dt./OV]', 'Being Charlie - Zurück ins Leben', null, 'film', null],
  ['Closing the Ring - Geheimnis der Vergangenheit [dt./OV]', 'Closing the Ring - Geheimnis der Vergangenheit', null, 'film', null],
  ['Extremely Wicked, Shockingly Evil And Vile', 'Extremely Wicked, Shockingly Evil And Vile', null, 'film', null],
  ['Lizzie Borden - Mord aus Verzweiflung [dt./OV]', 'Lizzie Borden - Mord aus Verzweiflung', null, 'film', null],
  ['Love Again - Jedes Ende ist ein neuer Anfang', 'Love Again - Jedes Ende ist ein neuer Anfang', null, 'film', null],
  ['Midway - Für die Freiheit [dt./OV]', 'Midway - Für die Freiheit', null, 'film', null],
  ['Mike and Dave need Wedding Dates [dt./OV]', 'Mike and Dave need Wedding Dates', null, 'film', null],
  ['Ondine - Das Mädchen aus dem Meer', 'Ondine - Das Mädchen aus dem Meer', null, 'film', null],
  ['Premium Rush', 'Premium Rush', null, 'film', null],
  ['Run The Race - Das Rennen des Lebens [dt./OV]', 'Run The Race - Das Rennen des Lebens', null, 'film', null],
  ['Savior - Soldat der Hölle', 'Savior - Soldat der Hölle', null, 'film', null],
  ['The Company You Keep - Die Akte Grant [dt./OV]', 'The Company You Keep - Die Akte Grant', null, 'film', null],
  ['Truth or Consequences N.M. - Der Ort Der Wahrheit', 'Truth or Consequences N.M. - Der Ort Der Wahrheit', null, 'film', null],
  ['Write a customer review', 'Write a customer review', null, 'film', null],
];

// Disney+ card labels, German UI, 2026-03 (real-pages/disneyplus): the title as the adapter cuts it, with
// "Erscheinungsjahr" as the year hint.
const disneyPlus: TitleRow[] = [
  ['Der Teufel trägt Prada', 'Der Teufel trägt Prada', null, 'film', 'the-devil-wears-prada-2006', { year: 2006 }],
  ['Men in Black', 'Men in Black', null, 'film', 'men-in-black-1997', { year: 1997 }],
  // The label's 2018 is the series of the same name; the film is from 2000.
  ['Die purpurnen Flüsse', 'Die purpurnen Flüsse', null, 'film', null, { year: 2018 }],
  ['Die purpurnen Flüsse', 'Die purpurnen Flüsse', null, 'film', 'the-crimson-rivers-2000', { year: 2000 }],
  ['Zoomania 2', 'Zoomania 2', null, 'film', null, { year: 2025 }],
  ['Tron: Ares', 'Tron: Ares', null, 'film', null],
  ["Jennifer's Body - Jungs nach ihrem Geschmack", "Jennifer's Body - Jungs nach ihrem Geschmack", null, 'film', 'jennifers-body-2009'],
  ["Schitt's Creek", "Schitt's Creek", null, 'film', null, series],
  ['9-1-1: Nashville', '9-1-1: Nashville', null, 'film', null],
  ['Shōgun', 'Shōgun', null, 'film', null, series],
  ['Mein Freund, das Ekel', 'Mein Freund, das Ekel', null, 'film', null],
  ['Das Vermächtnis von Montezuma', 'Das Vermächtnis von Montezuma', null, 'film', null],
  ['Drive', 'Drive', null, 'film', 'drive-2011', { year: 2011 }],
  ['Drive', 'Drive', null, 'film', null, { year: 1997 }],
  ['All Quiet on the Western Front', 'All Quiet on the Western Front', null, 'film', 'all-quiet-on-the-western-front-2022', { year: 2022 }],
  // A real label with a stray slash and "Dabeisein" for "Dabei sein": only the half "Cool Runnings" names
  // the film, beside a German half: a question; a year makes it sure.
  ['Cool Runnings / - Dabeisein ist alles', 'Cool Runnings - Dabeisein ist alles', null, 'film', 'cool-runnings-1993'],
  ['Cool Runnings / - Dabeisein ist alles', 'Cool Runnings - Dabeisein ist alles', null, 'film', 'cool-runnings-1993', { year: 1993 }],
  ['Cool Runnings – Dabei sein ist alles', 'Cool Runnings – Dabei sein ist alles', null, 'film', 'cool-runnings-1993'],
  ['Percy Jackson: Die Serie', 'Percy Jackson: Die Serie', null, 'series', null],
  ['Castle Staffel 1 Folge 1 Blumen für dein Grab Noch 25 Minuten', 'Castle', null, 'series', null],
  ['Avengers:  Endgame', 'Avengers: Endgame', null, 'film', null],
];

describe('streaming titles', () => {
  it.each(netflix)('Netflix: %s', (...row) => expectRow(...row));
  it.each(prime2026)('Prime Video 2026: %s', (...row) => expectRow(...row));
  it.each(prime2021)('Prime Video 2021: %s', (...row) => expectRow(...row));
  it.each(disneyPlus)('Disney+: %s (%j)', (...row) => expectRow(...row));
});

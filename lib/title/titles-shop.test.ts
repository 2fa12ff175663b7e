/**
 * Amazon shop (and other disc shop) product titles: format, edition and version tags, a year before or
 * after them, bundles and series boxes. Forms from docs/sites.md ("Shop title noise"), 2026.
 */
import { describe, it } from 'vitest';
import { expectRow, type TitleRow } from './test-films';

const DRIVE = 'drive-2011';
const THE_DRIVER = 'the-driver-1978';

const formatTags: TitleRow[] = [
  ['Drive [Blu-ray]', 'Drive', null, 'film', DRIVE],
  ['Drive [DVD]', 'Drive', null, 'film', DRIVE],
  ['Drive [4K UHD]', 'Drive', null, 'film', DRIVE],
  ['Drive [4K Ultra HD + Blu-ray]', 'Drive', null, 'film', DRIVE],
  ['Drive (3D + Blu-ray) (STEELBOOK)', 'Drive', null, 'film', DRIVE],
  ['Drive - SteelBook [Blu-ray]', 'Drive', null, 'film', DRIVE],
  ['Drive - SteelBook', 'Drive', null, 'film', DRIVE],
  ['Drive Mediabook [Blu-ray]', 'Drive', null, 'film', DRIVE],
  ['Drive - Mediabook (+ DVD) [Blu-ray]', 'Drive', null, 'film', DRIVE],
  ['Drive 4K Ultra HD', 'Drive', null, 'film', DRIVE],
  ['Drive Blu-ray', 'Drive', null, 'film', DRIVE],
  ['DRIVE [Blu-ray]', 'DRIVE', null, 'film', DRIVE],
  ['Drive (Import) [Blu-ray]', 'Drive', null, 'film', DRIVE],
  ['Drive [Exklusiv bei Amazon.de] (Steelbook)', 'Drive', null, 'film', DRIVE],
  ['Drive Blu-ray + DVD', 'Drive', null, 'film', DRIVE],
  ['Drive (2011) - Steelbook Edition', 'Drive', 2011, 'film', DRIVE],
  // A publisher's film series, not a bundle.
  ['Taxi Driver (The Criterion Collection) [Blu-ray]', 'Taxi Driver', null, 'film', 'taxi-driver-1976'],
  ['Paris, Texas (Arthaus Collection)', 'Paris, Texas', null, 'film', null],
  ['The Driver [Blu-ray]', 'The Driver', null, 'film', THE_DRIVER],
  ['Walhalla Rising [Blu-ray]', 'Walhalla Rising', null, 'film', 'valhalla-rising-2009'],
  ['Walhalla Rising - Mediabook (+ DVD) [Blu-ray]', 'Walhalla Rising', null, 'film', 'valhalla-rising-2009'],
  ['Pusher [DVD]', 'Pusher', null, 'film', 'pusher-1996'],
  ['Pusher II [DVD]', 'Pusher II', null, 'film', 'pusher-ii-2004'],
  ["Schindler's List [4K UHD]", "Schindler's List", null, 'film', 'schindlers-list-1993'],
];

const editionTags: TitleRow[] = [
  ['Drive (Special Edition) [2 DVDs]', 'Drive', null, 'film', DRIVE],
  ["Drive - Limited Collector's Edition [Blu-ray]", 'Drive', null, 'film', DRIVE],
  ['Drive (Limited Edition) (Steelbook)', 'Drive', null, 'film', DRIVE],
  ['Drive - Extended Edition', 'Drive', null, 'film', DRIVE],
  ["Drive (Director's Cut) [Blu-ray]", 'Drive', null, 'film', DRIVE],
  ["Drive Director's Cut", 'Drive', null, 'film', DRIVE],
  ['Drive (inkl. Bonusmaterial)', 'Drive', null, 'film', DRIVE],
  ['Valhalla Rising (Uncut)', 'Valhalla Rising', null, 'film', 'valhalla-rising-2009'],
  ['Taxi Driver (40th Anniversary Edition) [Blu-ray]', 'Taxi Driver', null, 'film', 'taxi-driver-1976'],
  ['Mary Poppins (Two-Disc 50th Anniversary Edition)', 'Mary Poppins', null, 'film', null],
  ['Schindlers Liste (Special Edition) [2 DVDs]', 'Schindlers Liste', null, 'film', 'schindlers-list-1993'],
  ['Schindler’s List (25th Anniversary Edition)', 'Schindler’s List', null, 'film', 'schindlers-list-1993'],
  ['Blues Brothers (Extended Version) [DVD]', 'Blues Brothers', null, 'film', 'the-blues-brothers-1980'],
  // A bare number before "Edition" is part of the title, not of the tag.
  ['Pusher 3 Special Edition', 'Pusher 3', null, 'film', 'pusher-3-2005'],
];

const versionTags: TitleRow[] = [
  ['Drive [dt./OV]', 'Drive', null, 'film', DRIVE],
  ['Drive [dt/OV]', 'Drive', null, 'film', DRIVE],
  ['Drive [OV]', 'Drive', null, 'film', DRIVE],
  ['Drive [OmU]', 'Drive', null, 'film', DRIVE],
  ['Drive [OV/OmU]', 'Drive', null, 'film', DRIVE],
  ['Drive (Subbed)', 'Drive', null, 'film', DRIVE],
  ['Drive (Originalversion mit Untertitel)', 'Drive', null, 'film', DRIVE],
  ['Pusher 3 (OmU)', 'Pusher 3', null, 'film', 'pusher-3-2005'],
];

const years: TitleRow[] = [
  ['Drive (2011) [Blu-ray]', 'Drive', 2011, 'film', DRIVE],
  ['Drive [Blu-ray] (2011)', 'Drive', 2011, 'film', DRIVE],
  // ±1: release years differ between countries and sources.
  ['Drive (2012) [DVD]', 'Drive', 2012, 'film', DRIVE],
  ['Drive (1997) [DVD]', 'Drive', 1997, 'film', null],
  ['Drive (2013)', 'Drive', 2013, 'film', null],
  ['Driver (1978) [DVD]', 'Driver', 1978, 'film', THE_DRIVER],
  ['Driver [Blu-ray] (1978)', 'Driver', 1978, 'film', THE_DRIVER],
  ['Driver (2011) [DVD]', 'Driver', 2011, 'film', null],
  ['Taxi Driver [4K Ultra HD + Blu-ray] (1976)', 'Taxi Driver', 1976, 'film', 'taxi-driver-1976'],
  ['Les Miserables (2012) [Blu-ray]', 'Les Miserables', 2012, 'film', 'les-miserables-2012'],
  ['Les Misérables [Blu-ray]', 'Les Misérables', null, 'film', 'les-miserables-2012'],
  ['The Blues Brothers [Blu-ray] (1980)', 'The Blues Brothers', 1980, 'film', 'the-blues-brothers-1980'],
  ['Footloose (2011) [Blu-ray]', 'Footloose', 2011, 'film', 'footloose-2011'],
  ['Footloose (1984) [DVD]', 'Footloose', 1984, 'film', 'footloose-1984'],
  ['Footloose [DVD]', 'Footloose', null, 'film', null],
  ['Fahrenheit 451 (1966) [Blu-ray]', 'Fahrenheit 451', 1966, 'film', 'fahrenheit-451-1966'],
  ['Point Break (2015) [3D Blu-ray]', 'Point Break', 2015, 'film', 'point-break-2015'],
];

const germanTitles: TitleRow[] = [
  ['Alles, was wir geben mußten [DVD]', 'Alles, was wir geben mußten', null, 'film', 'never-let-me-go-2010'],
  ['Alles was wir geben mussten [Blu-ray]', 'Alles was wir geben mussten', null, 'film', 'never-let-me-go-2010'],
  ['ALLES, WAS WIR GEBEN MUSSTEN', 'ALLES, WAS WIR GEBEN MUSSTEN', null, 'film', 'never-let-me-go-2010'],
  ['Never Let Me Go - Alles, was wir geben mussten [Blu-ray]', 'Never Let Me Go - Alles, was wir geben mussten', null, 'film', 'never-let-me-go-2010'],
  ['Gefährliche Brandung - Point Break [Blu-ray]', 'Gefährliche Brandung - Point Break', null, 'film', 'point-break-1991'],
  ['Self/less - Der Fremde in mir [Blu-ray]', 'Self/less - Der Fremde in mir', null, 'film', 'self-less-2015'],
  ['Face/Off - Im Körper des Feindes [DVD]', 'Face/Off - Im Körper des Feindes', null, 'film', 'face-off-1997'],
  ['Fahrenheit 9/11 [DVD]', 'Fahrenheit 9/11', null, 'film', 'fahrenheit-9-11-2004'],
];

const bundlesAndSeries: TitleRow[] = [
  ['Pusher Trilogie [3 DVDs]', 'Pusher Trilogie', null, 'bundle', null],
  ['Pusher 1-3 (Trilogy) [Blu-ray]', 'Pusher 1-3 (Trilogy)', null, 'bundle', null],
  ['Nicolas Winding Refn Collection [Blu-ray]', 'Nicolas Winding Refn Collection', null, 'bundle', null],
  ['Drive / Only God Forgives - Double Feature [Blu-ray]', 'Drive / Only God Forgives - Double Feature', null, 'bundle', null],
  ['Plan 9 From Outer Space/Robot Monster', 'Plan 9 From Outer Space/Robot Monster', null, 'bundle', null],
  ['Drive & Only God Forgives (2 Film Collection) [DVD]', 'Drive & Only God Forgives (2 Film Collection)', null, 'bundle', null],
  ['Ryan Gosling - 3 Filme [DVD]', 'Ryan Gosling - 3 Filme', null, 'bundle', null],
  ['Point Break Box Set [Blu-ray]', 'Point Break Box Set', null, 'bundle', null],
  ['Point Break (Limited Edition Box Set) [Blu-ray]', 'Point Break', null, 'bundle', null],
  ['Breaking Bad - Die komplette Serie [Blu-ray]', 'Breaking Bad', null, 'series', null],
  ['Breaking Bad - Die komplette erste Staffel [DVD]', 'Breaking Bad', null, 'series', null],
  ['Breaking Bad: The Complete First Season', 'Breaking Bad', null, 'series', null],
  ['Breaking Bad - Season 1 [Blu-ray]', 'Breaking Bad', null, 'series', null],
  ['Fallout - Staffel 1 (Steelbook) [4K UHD]', 'Fallout', null, 'series', null],
  ['Chernobyl (Miniserie) [Blu-ray]', 'Chernobyl', null, 'series', null],
  ['Drive (Making-of)', 'Drive (Making-of)', null, 'other', null],
];

describe('shop titles', () => {
  it.each(formatTags)('format tag: %s', (...row) => expectRow(...row));
  it.each(editionTags)('edition tag: %s', (...row) => expectRow(...row));
  it.each(versionTags)('version tag: %s', (...row) => expectRow(...row));
  it.each(years)('year: %s', (...row) => expectRow(...row));
  it.each(germanTitles)('German title: %s', (...row) => expectRow(...row));
  it.each(bundlesAndSeries)('not a single film: %s', (...row) => expectRow(...row));
});

/** Wiring only: the bundled catalogue and the real matcher go to the background service (lib/background). */
import catalogue from '../.generated/catalogue.json';
import { startBackground } from '../lib/background/index';
import * as matcher from '../lib/title/match';
import { expandCatalogue, type BundledCatalogue } from '../lib/catalogue/bundle';

export default defineBackground(() => {
  startBackground(expandCatalogue(catalogue as BundledCatalogue), matcher);
});

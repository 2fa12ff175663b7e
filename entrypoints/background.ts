/** Wiring only: the bundled catalogue and the real matcher go to the background service (lib/background). */
import catalogue from '../.generated/catalogue.json';
import { startBackground } from '../lib/background/index';
import * as matcher from '../lib/title/match';
import type { Catalogue } from '../lib/catalogue/types';

export default defineBackground(() => {
  startBackground(catalogue as Catalogue, matcher);
});

import { supportedMatches } from '../../lib/sites/index';

export default defineContentScript({
  matches: supportedMatches.length ? supportedMatches : ['https://www.netflix.com/*'],
  main() {},
});

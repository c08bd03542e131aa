/**
 * All-sites recognition: registered at run time only while the user has it on (see
 * utils/all-sites.ts), never in the manifest. Known platforms are left to the sidebar script.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformRules } from '../../rules/bundled-rules';
import { buildHostIndex, matchHost } from '../../rules/match-host';

export default defineContentScript({
  registration: 'runtime',
  // Matches are given when registering; none here, so the manifest asks for no host access.
  matches: [],
  main() {
    if (matchHost(buildHostIndex(platformRules), location.hostname)) return;
    document.documentElement.dataset.creditAuthAllSites = 'ran';
  },
});

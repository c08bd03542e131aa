/**
 * The sidebar's panel (Preact, the components, their styles) for the rules' hosts: never in the
 * manifest. The shell (sidebar.content) asks the background for it when the panel is to be drawn
 * (the page opens expanded, or the user opens the edge tab), and the background injects it into
 * that frame; it hands its code over through the isolated world's global. The all-sites script
 * bundles the panel instead (it is injected only into pages found to be lending pages).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePanel } from '../page/isolated-flags';
import { sidebarPanel } from '../page/sidebar-panel';

export default defineUnlistedScript(() => {
  providePanel(sidebarPanel);
});

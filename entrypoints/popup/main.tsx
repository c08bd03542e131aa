/** Popup entry: wires the browser services into the app. */
import { render } from 'preact';
import searchIndex from 'virtual:platform-search-index';
import { App } from './App';
import { createBrowserServices } from './services';
import { createHostAccess } from './host-access';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { contentScriptMatches } from '../../rules/manifest-matches';
import './popup.css';

const root = document.getElementById('app');
if (root) {
  render(
    <App
      services={createBrowserServices()}
      rules={platformRules}
      searchIndex={searchIndex}
      generic={genericGuidance}
      // The same patterns as the sidebar's manifest matches: the access the sidebar needs.
      hostAccess={createHostAccess(contentScriptMatches(platformRules))}
    />,
    root,
  );
}

/** Popup entry: wires the browser services into the app. */
import { render } from 'preact';
import searchIndex from 'virtual:platform-search-index';
import { App } from './App';
import { createBrowserServices } from './services';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<App services={createBrowserServices()} rules={platformRules} searchIndex={searchIndex} generic={genericGuidance} />, root);

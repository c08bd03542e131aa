/** Options entry: wires the browser services into the app. */
import { render } from 'preact';
import { App } from './App';
import { createBrowserServices } from './services';
import { platformRules } from '../../rules/bundled-rules';
import '../popup/popup.css';
import './options.css';

const root = document.getElementById('app');
if (root) render(<App services={createBrowserServices()} rules={platformRules} />, root);

/** Report page entry: the institution directory and the platform rules, wired into the reader. */
import { render } from 'preact';
import { App } from './App';
import { createBrowserServices } from './services';
import { platformRules } from '../../rules/bundled-rules';
import { buildInstitutionIndex } from '../../rules/institution-directory';
import type { Institution } from '../../rules/institution-schema';
import '../popup/popup.css';
import './report.css';

// One entity a file, validated at build time with the other rule files (may be empty).
const institutions = Object.values(import.meta.glob<Institution>('../../rules/institutions/*.json', { eager: true, import: 'default' }));
const index = buildInstitutionIndex(institutions, platformRules);

const root = document.getElementById('app');
if (root) render(<App services={createBrowserServices()} rules={platformRules} index={index} />, root);

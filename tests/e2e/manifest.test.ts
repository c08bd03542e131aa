/**
 * The built manifests: content-script matches are exactly those generated from the rules (they
 * cannot drift), no broad host access, and only the permissions DESIGN.md allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleFiles } from '../../rules/load-rule-files';
import { contentScriptMatches } from '../../rules/manifest-matches';
import { E2E_BUILD, PROD_BUILD } from './harness';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[]; run_at?: string }[];
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const ALLOWED_PERMISSIONS = ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'];
const expectedMatches = contentScriptMatches(loadRuleFiles(join(process.cwd(), 'rules')).platforms);

describe.each([
  ['production', PROD_BUILD],
  ['e2e', E2E_BUILD],
])('%s manifest', (name, dir) => {
  const manifest = readManifest(dir);

  it("has the sidebar's matches generated from the rules, and nothing broader", () => {
    // The sidebar at document_end, and its first step (the reads it needs) at document_start, on the same hosts.
    expect(manifest.content_scripts!.map((script) => [script.js, script.run_at])).toEqual([
      [['content-scripts/sidebar.js'], 'document_end'],
      [['sidebar-prefetch.js'], 'document_start'],
    ]);
    for (const script of manifest.content_scripts!) expect(script.matches).toEqual(expectedMatches);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    // The rules' hosts (the panel is injected there on request); only the e2e build holds
    // all-sites access from install (no one can answer its prompt).
    expect(manifest.host_permissions ?? []).toEqual(name === 'e2e' ? ['*://*/*'] : expectedMatches);
  });

  it('asks only for the permissions DESIGN.md lists, each justified in docs/permissions.md', () => {
    expect(manifest.permissions?.length).toBeGreaterThan(0);
    const doc = readFileSync(join(process.cwd(), 'docs/permissions.md'), 'utf8');
    for (const permission of manifest.permissions ?? []) {
      expect(ALLOWED_PERMISSIONS).toContain(permission);
      expect(doc, permission).toMatch(new RegExp(`^### ${permission}$`, 'm'));
    }
    for (const origin of manifest.optional_host_permissions ?? []) expect(doc).toContain(`### \`${origin}\``);
  });
});

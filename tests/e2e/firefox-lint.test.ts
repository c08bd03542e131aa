/** The Firefox build passes `web-ext lint` with no error; every warning left is explained in docs/firefox.md. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIREFOX_BUILD = resolve('.output/firefox-mv3');

describe('web-ext lint', () => {
  it('reports 0 errors, and only documented warnings', () => {
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--self-hosted=false', '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(run.stdout) as { summary: { errors: number }; warnings: { code: string; file?: string }[] };
    expect(report.summary.errors).toBe(0);
    const documented = readFileSync(join(process.cwd(), 'docs/firefox.md'), 'utf8');
    for (const warning of report.warnings) expect(documented, `${warning.code} in ${warning.file}`).toContain(`| ${warning.code} |`);
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko_android).toBeDefined();
  }, 120_000);
});

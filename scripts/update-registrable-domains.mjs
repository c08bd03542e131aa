/**
 * `npm run rules:domains`: regenerates rules/registrable-domains.json (each rule host's
 * registrable domain, from the Public Suffix List via tldts) after rules change. The content
 * scripts read this file instead of shipping the PSL; a unit test fails while it is out of date.
 */
import { writeFileSync } from 'node:fs';
import { getDomain } from 'tldts';
import { withRuleFiles } from './load-rules.mjs';

await withRuleFiles(({ platforms }) => {
  const domains = {};
  for (const host of platforms.flatMap((rule) => rule.hosts).sort()) domains[host] = getDomain(host);
  writeFileSync('rules/registrable-domains.json', `${JSON.stringify(domains, null, 2)}\n`);
  console.log(`rules/registrable-domains.json: ${Object.keys(domains).length} hosts`);
});

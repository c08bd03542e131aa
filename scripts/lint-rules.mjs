/**
 * `npm run lint` step: validates every rule file through the same loader the build uses, and
 * prints each problem as `file: field: what is wrong`.
 */
import { withRuleFiles } from './load-rules.mjs';

try {
  await withRuleFiles(({ platforms }) => console.log(`rules: ${platforms.length} platform rules, the generic guidance and the recognition data are valid`));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

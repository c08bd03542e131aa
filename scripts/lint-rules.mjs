/**
 * `npm run lint` step: validates every rule file through the same loader the build uses, and
 * prints each problem as `file: field: what is wrong`.
 */
import { createServer } from 'vite';

const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { loadRuleFiles } = await server.ssrLoadModule('/rules/load-rule-files.ts');
  const { platforms } = loadRuleFiles(new URL('../rules/', import.meta.url));
  console.log(`rules: ${platforms.length} platform rules and the generic guidance are valid`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await server.close();
}

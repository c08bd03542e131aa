/** Loads and validates the rule files from Node scripts, through Vite (the loader is TypeScript). */
import { createServer } from 'vite';

export async function withRuleFiles(use) {
  const server = await createServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { loadRuleFiles } = await server.ssrLoadModule('/rules/load-rule-files.ts');
    return await use(loadRuleFiles(new URL('../rules/', import.meta.url)));
  } finally {
    await server.close();
  }
}

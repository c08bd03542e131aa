/** Loads and validates every data file (rules, signals, clauses, gate words) from Node scripts, through Vite (the loader is TypeScript). */
import { createServer } from 'vite';

export async function withRuleFiles(use) {
  const server = await createServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { loadDataFiles } = await server.ssrLoadModule('/rules/load-data-files.ts');
    return await use(loadDataFiles(new URL('../rules/', import.meta.url)));
  } finally {
    await server.close();
  }
}

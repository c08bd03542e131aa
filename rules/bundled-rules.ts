/**
 * The rules as bundled into the extension. Every file here passed the schema at build time
 * (see wxt.config.ts), so no parser ships to the page.
 */
import type { GenericGuidance, PlatformRule } from './schema';
import generic from './generic.json';

const modules = import.meta.glob<PlatformRule>('./platforms/*.json', { eager: true, import: 'default' });

/** All platform rules, sorted by id. */
export const platformRules: readonly PlatformRule[] = Object.values(modules).sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
);

export const genericGuidance = generic as GenericGuidance;

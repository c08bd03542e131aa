/**
 * The rules as bundled into the extension's own pages and background (never into a content
 * script): the values the loader parsed and validated at build time (rules/load-data-files.ts,
 * through the `virtual:rule-files` module), so what is tested is what ships and no parser runs.
 */
import ruleFiles from 'virtual:rule-files';
import type { GenericGuidance, PlatformRule } from './schema';

/** All platform rules, sorted by id (the loader reads the files in name order; name = id). */
export const platformRules: readonly PlatformRule[] = ruleFiles.platforms;

export const genericGuidance: GenericGuidance = ruleFiles.generic;

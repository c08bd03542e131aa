/**
 * One schema each for the names every part of the extension exchanges: a platform (rule) id, a
 * page's host as the browser reports it, and the kind of page. Imported by the rule schemas,
 * the stored data and the messages, so they never drift apart.
 */
import { z } from 'zod';

/** A rule id: kebab-case ASCII, the rule file's name (rules/platforms/<id>.json). */
export const platformIdSchema = z.string().max(64).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');

/** A page's host name as the browser reports it (lower case, punycode): a key of per-site choices. */
export const siteHostSchema = z.string().regex(/^[a-z0-9.-]{1,253}$/, 'expected a lower-case host name');

/** What a page is (DESIGN.md's `data-kind`). */
export const pageKindSchema = z.enum(['platform', 'lending', 'lookalike', 'predatory']);

export type PlatformId = z.infer<typeof platformIdSchema>;
export type PageKindName = z.infer<typeof pageKindSchema>;

/**
 * Checks the return value of the popup's injected "analyze this page" script without zod (the
 * popup's size is budgeted): the shape of `PageAnalysisResult` in messages.ts, bounded.
 */
import type { PageAnalysisResult } from './messages';

const KINDS = new Set(['platform', 'lending', 'lookalike', 'predatory']);
const LETTERS = new Set(['one-time', 'continuous', 'unclear']);
const PLATFORM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function asPageAnalysisResult(value: unknown): PageAnalysisResult | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { kind, platformId, letter, lures, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if (kind !== null && !(typeof kind === 'string' && KINDS.has(kind))) return null;
  if (platformId !== null && !(typeof platformId === 'string' && platformId.length <= 64 && PLATFORM_ID.test(platformId))) return null;
  if (letter !== null && !(typeof letter === 'string' && LETTERS.has(letter))) return null;
  if (!Array.isArray(lures) || lures.length > 10 || !lures.every((lure) => typeof lure === 'string' && lure.length <= 80)) return null;
  return { kind, platformId, letter, lures } as PageAnalysisResult;
}

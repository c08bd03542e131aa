/**
 * Adds the request letter and phone script to a guide, dated `now`: done where the guide is
 * made (the background), so the sidebar gets text and never ships the letter composer.
 */
import { composePhoneScript, composeRequestLetter } from './request-letter';
import type { PlatformGuide } from './resolve-guide';

export function withRequestText(guide: PlatformGuide, now = new Date()): PlatformGuide {
  return { ...guide, requestText: { letter: composeRequestLetter(guide.rule, now), script: composePhoneScript(guide.rule) } };
}

/**
 * A platform the rules do not list, as the user named it: the generic guidance under a
 * stand-in rule that claims nothing about it (no companies, no hosts, no path, no phone number,
 * authorization type unknown). The checklist, the request text and the phone script then work
 * for it as for any platform, addressed to the name the user typed.
 */
import { resolveGenericGuide } from './resolve-guide';
import type { GenericGuidance, PlatformRule } from './schema';

/** Trimmed, inner whitespace collapsed, at most 40 characters; '' when nothing usable is left. */
export function cleanPlatformName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, 40).trim();
}

/**
 * `legalEntity`: the name is an institution's legal name from the user's credit report; the
 * stand-in then names it as the lender, so the request letter is addressed to that legal entity,
 * and drops the step of asking for funders (the entry is the querying institution).
 */
export function customPlatformRule(generic: GenericGuidance, id: string, name: string, legalEntity = false): PlatformRule {
  const clean = cleanPlatformName(name);
  const rule = { ...resolveGenericGuide(generic, clean).rule, id };
  // The entry is the querying institution itself: there is no one else's funder to ask about.
  return legalEntity ? { ...rule, legalEntities: [{ name: clean, role: 'lender' }], fundersQuery: false } : rule;
}

/** A new id for a custom entry: `custom-` and random base-36 digits, never a rule id. */
export function newCustomPlatformId(random: () => number = Math.random): string {
  let digits = '';
  while (digits.length < 10) digits += Math.floor(random() * 36).toString(36);
  return `custom-${digits.slice(0, 10)}`;
}

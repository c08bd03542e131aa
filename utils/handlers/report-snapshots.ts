/**
 * The background's handlers for the credit-report reader: save the derived records of an
 * analysis (verification), read the saved ones, and add a querier to "my platforms": its
 * platform's rule, or for an institution no rule covers a generic entry under its legal name
 * (the custom-platform mechanism). The report page never writes storage itself; its requests are
 * validated by the protocol (utils/messages.ts) before they reach these.
 */
import platformInstitutions from 'virtual:platform-institutions';
import { cleanPlatformName, newCustomPlatformId } from '../../rules/custom-platform';
import { normalizeInstitutionName } from '../../rules/institution-directory';
import { MAX_SNAPSHOTS, type ReportSnapshot } from '../report-snapshots';
import { customPlatformsItem, progressItem, readItem, reportSnapshotsItem, updateItem } from '../storage';
import { newPlatformProgress } from '../user-data-values';
import { MAX_CUSTOM_PLATFORMS } from './custom-platforms';
import { brandOf } from './page-knowledge';
import type { Handler } from './router';

export type ReportReply = { ok: true; snapshot?: ReportSnapshot; snapshots?: ReportSnapshot[]; platformId?: string } | { ok: false; error: string };

export const saveReportSnapshot: Handler<'save-report-snapshot'> = async ({ reportDate, records }) => {
  const now = new Date();
  const snapshot: ReportSnapshot = { id: `r-${now.getTime().toString(36)}`, savedAt: now.toISOString(), reportDate, records };
  await updateItem(reportSnapshotsItem, (current) => [...current, snapshot].slice(-MAX_SNAPSHOTS));
  return { ok: true, snapshot };
};

export const getReportSnapshots: Handler<'get-report-snapshots'> = async () => ({ ok: true, snapshots: await readItem(reportSnapshotsItem) });

/** A new entry of "my platforms" starts as in progress; one already there (with its status) is left as it is. */
async function startPlatform(platformId: string): Promise<void> {
  const now = new Date();
  await updateItem(progressItem, (progress) =>
    progress[platformId] ? progress : { ...progress, [platformId]: { ...newPlatformProgress(now), status: 'in-progress' as const } },
  );
}

/** Only platforms of the rules. */
export const addReportPlatform: Handler<'add-report-platform'> = async ({ platformId }) => {
  if (!brandOf(platformId)) return { ok: false, error: 'unknown platform' };
  await startPlatform(platformId);
  return { ok: true };
};

/** The rule a legal name belongs to (current or former name), if any. */
function platformOfInstitution(name: string): string | null {
  const key = normalizeInstitutionName(name);
  for (const [platformId, names] of Object.entries(platformInstitutions)) if (names.includes(key) && brandOf(platformId)) return platformId;
  return null;
}

/**
 * Under its legal name as printed; the same name (spaces and character widths aside) twice is
 * one entry. A name a rule covers adds that rule's platform instead.
 */
export const addReportInstitution: Handler<'add-report-institution'> = async ({ name }) => {
  const clean = cleanPlatformName(name);
  if (!clean) return { ok: false, error: 'empty name' };
  const rulePlatform = platformOfInstitution(clean);
  if (rulePlatform) {
    await startPlatform(rulePlatform);
    return { ok: true, platformId: rulePlatform };
  }
  const key = normalizeInstitutionName(clean);
  let platformId = '';
  try {
    await updateItem(customPlatformsItem, (custom) => {
      const known = Object.entries(custom).find(([, entry]) => normalizeInstitutionName(entry.name) === key);
      if (known) {
        platformId = known[0];
        return known[1].legalEntity ? custom : { ...custom, [platformId]: { ...known[1], legalEntity: true as const } };
      }
      if (Object.keys(custom).length >= MAX_CUSTOM_PLATFORMS) throw new Error(`at most ${MAX_CUSTOM_PLATFORMS} custom platforms`);
      platformId = newCustomPlatformId();
      return { ...custom, [platformId]: { name: clean, createdAt: new Date().toISOString(), legalEntity: true as const } };
    });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  await startPlatform(platformId);
  return { ok: true, platformId };
};

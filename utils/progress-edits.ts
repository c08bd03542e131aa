/**
 * Changes to one platform's progress as small edits instead of whole objects, so two surfaces
 * that change different things (the popup ticks an item, the sidebar answers the owe-money
 * question) never undo each other: each sends edits, the background applies them to what is
 * stored now. `diffPlatformProgress` turns a view's "next" value into the edits that make it;
 * `applyProgressEdits` is the one place where "any action moves a platform from not-started to
 * in-progress" lives. Pure: no browser access.
 */
import { CHECKLIST_STEPS } from '../rules/checklist';
import type { PlatformProgress } from './user-data';
import { newPlatformProgress } from './user-data-values';

export type { ProgressEdit } from './progress-edit-schema';
import type { ProgressEdit } from './progress-edit-schema';

/** The edits that turn `before` (absent: never touched) into `after`. */
export function diffPlatformProgress(before: PlatformProgress | undefined, after: PlatformProgress): ProgressEdit[] {
  const base = before ?? newPlatformProgress(new Date(after.updatedAt));
  const edits: ProgressEdit[] = [];
  for (const item of CHECKLIST_STEPS) {
    const was = base.checklist[item]?.at ?? null;
    const now = after.checklist[item]?.at ?? null;
    if (was !== now) edits.push({ op: 'tick', item, at: now });
  }
  if (after.owesMoney !== base.owesMoney) edits.push({ op: 'owes-money', value: after.owesMoney });
  const beforeEvidence = new Map(base.evidence.map((entry) => [entry.id, entry]));
  const afterIds = new Set(after.evidence.map((entry) => entry.id));
  for (const entry of base.evidence) if (!afterIds.has(entry.id)) edits.push({ op: 'evidence-remove', id: entry.id });
  for (const entry of after.evidence) {
    const old = beforeEvidence.get(entry.id);
    if (!old || JSON.stringify(old) !== JSON.stringify(entry)) edits.push({ op: 'evidence-put', entry });
  }
  if (after.recheckAt !== base.recheckAt) edits.push({ op: 'recheck', at: after.recheckAt });
  // Last, so an explicit status wins over the "any action starts it" rule of the same batch.
  if (after.status !== base.status) edits.push({ op: 'status', status: after.status });
  return edits;
}

/**
 * Applies edits to the stored entry. Any edit other than a status change moves a platform that
 * has not started to in-progress; an explicit status edit is taken as given.
 */
export function applyProgressEdits(current: PlatformProgress | undefined, edits: readonly ProgressEdit[], now: Date): PlatformProgress {
  const next: PlatformProgress = structuredClone(current ?? newPlatformProgress(now));
  let explicitStatus = false;
  for (const edit of edits) {
    switch (edit.op) {
      case 'tick':
        if (edit.at === null) delete next.checklist[edit.item];
        else next.checklist[edit.item] = { at: edit.at };
        break;
      case 'status':
        next.status = edit.status;
        explicitStatus = true;
        break;
      case 'owes-money':
        next.owesMoney = edit.value;
        break;
      case 'evidence-put': {
        const at = next.evidence.findIndex((entry) => entry.id === edit.entry.id);
        if (at >= 0) next.evidence[at] = edit.entry;
        else next.evidence = [...next.evidence, edit.entry].slice(-1000);
        break;
      }
      case 'evidence-remove':
        next.evidence = next.evidence.filter((entry) => entry.id !== edit.id);
        break;
      case 'recheck':
        next.recheckAt = edit.at;
        break;
    }
  }
  if (edits.length > 0) {
    if (!explicitStatus && next.status === 'not-started') next.status = 'in-progress';
    next.updatedAt = now.toISOString();
  }
  return next;
}

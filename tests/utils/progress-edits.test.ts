/** Progress as edits: a view's change turns into edits that rebuild it, and edits commute with others' edits. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_STEPS } from '../../rules/checklist';
import { applyProgressEdits, diffPlatformProgress, type ProgressEdit } from '../../utils/progress-edits';
import { EVIDENCE_CHANNELS, PLATFORM_STATUSES, platformProgressSchema, type PlatformProgress } from '../../utils/user-data';

const NOW = new Date('2026-11-30T09:30:00.000Z');
const iso = fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2027-01-01') }).map((ms) => new Date(ms).toISOString());

/** Valid stored progress entries (checked against the storage schema below). */
const progressArb: fc.Arbitrary<PlatformProgress> = fc.record({
  status: fc.constantFrom(...PLATFORM_STATUSES),
  checklist: fc.dictionary(fc.constantFrom(...CHECKLIST_STEPS), fc.record({ at: iso }), { maxKeys: CHECKLIST_STEPS.length }),
  owesMoney: fc.constantFrom('yes', 'no', 'unknown'),
  evidence: fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      date: iso.map((value) => value.slice(0, 10)),
      channel: fc.constantFrom(...EVIDENCE_CHANNELS),
      ticket: fc.string({ maxLength: 20 }),
      note: fc.string({ maxLength: 40 }),
    }),
    { selector: (entry) => entry.id, maxLength: 5 },
  ),
  recheckAt: fc.option(iso, { nil: null }),
  updatedAt: iso,
}) as fc.Arbitrary<PlatformProgress>;

describe('progress edits', () => {
  it('generates valid stored values (the property below is about real ones)', () => {
    fc.assert(fc.property(progressArb, (entry) => platformProgressSchema.safeParse(entry).success));
  });

  it('applying the diff of two entries rebuilds the second one', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (before, after) => {
        const rebuilt = applyProgressEdits(before, diffPlatformProgress(before, after), NOW);
        const edits = diffPlatformProgress(before, after);
        expect({ ...rebuilt, updatedAt: after.updatedAt, evidence: [...rebuilt.evidence].sort((a, b) => a.id.localeCompare(b.id)) }).toEqual({
          ...after,
          // Any action starts a platform: not-started only survives an explicit status edit.
          status: after.status === 'not-started' && !edits.some((edit) => edit.op === 'status') && edits.length > 0 ? 'in-progress' : after.status,
          updatedAt: after.updatedAt,
          evidence: [...after.evidence].sort((a, b) => a.id.localeCompare(b.id)),
        });
      }),
    );
  });

  it('an unchanged entry gives no edits and applying none changes nothing', () => {
    fc.assert(
      fc.property(progressArb, (entry) => {
        expect(diffPlatformProgress(entry, structuredClone(entry))).toEqual([]);
        expect(applyProgressEdits(entry, [], NOW)).toEqual(entry);
      }),
    );
  });

  it("keeps another context's change to a different field", () => {
    fc.assert(
      fc.property(progressArb, fc.constantFrom('yes', 'no', 'unknown'), fc.constantFrom(...CHECKLIST_STEPS), (stored, owes, item) => {
        const fromSidebar: ProgressEdit[] = [{ op: 'owes-money', value: owes }];
        const fromPopup: ProgressEdit[] = [{ op: 'tick', item, at: NOW.toISOString() }];
        const both = applyProgressEdits(applyProgressEdits(stored, fromSidebar, NOW), fromPopup, NOW);
        expect(both.owesMoney).toBe(owes);
        expect(both.checklist[item]).toEqual({ at: NOW.toISOString() });
      }),
    );
  });

  it('moves a platform that has not started to in-progress on any action but an explicit status', () => {
    const fresh = applyProgressEdits(undefined, [{ op: 'owes-money', value: 'yes' }], NOW);
    expect(fresh.status).toBe('in-progress');
    expect(fresh.updatedAt).toBe(NOW.toISOString());
    expect(applyProgressEdits(fresh, [{ op: 'status', status: 'not-started' }], NOW).status).toBe('not-started');
    expect(applyProgressEdits({ ...fresh, status: 'withdrawn' }, [{ op: 'tick', item: 'recheck-report', at: NOW.toISOString() }], NOW).status).toBe(
      'withdrawn',
    );
  });
});

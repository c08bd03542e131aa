/**
 * The report page's requests as the background handles them, through the router (fake browser):
 * a snapshot of derived records is saved, validated and capped; anything else is refused and
 * writes nothing; "add to my platforms" creates an entry once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../../utils/handlers';
import type { ReportReply } from '../../utils/handlers/report-snapshots';
import { createRouter } from '../../utils/handlers/router';
import { MAX_SNAPSHOTS } from '../../utils/report-snapshots';
import { customPlatformsItem, progressItem, readItem, reportSnapshotsItem } from '../../utils/storage';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-15T10:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});
const records = [{ institution: '重庆度小满小额贷款有限公司', reason: '贷后管理', date: '2026-10-28' }];
const ORIGIN = 'chrome-extension://test-id/';
const route = createRouter(handlers, 'test-id', ORIGIN);
/** A request from the report page, through the protocol's validation; a refused one answers `{ ok: false }`. */
async function handleReportMessage(message: unknown, _from?: unknown): Promise<ReportReply> {
  const reply = route(message, { id: 'test-id', url: `${ORIGIN}report.html` }) as Promise<ReportReply> | undefined;
  return reply ?? { ok: false, error: 'refused by the protocol' };
}
const browser = undefined;

describe('save-report-snapshot', () => {
  it('saves the derived records with the report date', async () => {
    const reply = await handleReportMessage({ type: 'save-report-snapshot', reportDate: '2026-11-15', records }, browser);
    expect(reply.ok).toBe(true);
    const saved = await readItem(reportSnapshotsItem);
    expect(saved).toEqual([{ id: expect.stringMatching(/^r-/), savedAt: '2026-11-15T10:00:00.000Z', reportDate: '2026-11-15', records }]);
  });

  it('refuses extra fields (pasted text, a name) and ID-number-like values, and writes nothing', async () => {
    const refused = [
      { type: 'save-report-snapshot', reportDate: null, records, text: '姓名：测试人' },
      { type: 'save-report-snapshot', reportDate: null, records: [{ ...records[0], name: '测试人' }] },
      { type: 'save-report-snapshot', reportDate: null, records: [{ ...records[0], institution: '110101199001011234' }] },
      { type: 'save-report-snapshot', reportDate: '2026-13-01', records },
      { type: 'save-report-snapshot', reportDate: null, records: [] },
      { type: 'something-else' },
      null,
    ];
    for (const message of refused) expect((await handleReportMessage(message, browser)).ok).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it(`keeps the last ${MAX_SNAPSHOTS}`, async () => {
    for (let i = 0; i < MAX_SNAPSHOTS + 3; i++) {
      vi.setSystemTime(new Date(Date.UTC(2026, 0, 1 + i)));
      await handleReportMessage({ type: 'save-report-snapshot', reportDate: null, records }, browser);
    }
    const saved = await readItem(reportSnapshotsItem);
    expect(saved).toHaveLength(MAX_SNAPSHOTS);
    expect(saved[0]?.savedAt).toBe('2026-01-04T00:00:00.000Z');
  });

  it('a corrupt stored value is backed up and replaced, not thrown', async () => {
    await fakeBrowser.storage.local.set({ 'report-snapshots': [{ id: 'BAD' }] });
    expect(await readItem(reportSnapshotsItem)).toEqual([]);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).some((key) => key.startsWith('backup:report-snapshots:'))).toBe(true);
  });
});

describe('get-report-snapshots', () => {
  it('answers the saved reports', async () => {
    expect(await handleReportMessage({ type: 'get-report-snapshots' }, browser)).toEqual({ ok: true, snapshots: [] });
    await handleReportMessage({ type: 'save-report-snapshot', reportDate: '2026-11-15', records }, browser);
    const reply = await handleReportMessage({ type: 'get-report-snapshots' }, browser);
    expect(reply.ok && reply.snapshots?.map((snapshot) => snapshot.records)).toEqual([records]);
  });

});

describe('add-report-platform', () => {
  it('adds a known platform once, and refuses an unknown one', async () => {
    expect((await handleReportMessage({ type: 'add-report-platform', platformId: 'duxiaoman' }, browser)).ok).toBe(true);
    const first = await readItem(progressItem);
    expect(first.duxiaoman?.status).toBe('in-progress');
    vi.setSystemTime(new Date('2027-01-01T00:00:00.000Z'));
    await handleReportMessage({ type: 'add-report-platform', platformId: 'duxiaoman' }, browser);
    expect((await readItem(progressItem)).duxiaoman).toEqual(first.duxiaoman);
    expect((await handleReportMessage({ type: 'add-report-platform', platformId: 'nobody' }, browser)).ok).toBe(false);
    expect(Object.keys(await readItem(progressItem))).toEqual(['duxiaoman']);
  });
});

describe('add-report-institution', () => {
  const nameless = '某某市某某小额贷款有限公司';

  it('adds an institution no rule covers as a generic entry under its legal name, once', async () => {
    const reply = await handleReportMessage({ type: 'add-report-institution', name: `  ${nameless} ` }, browser);
    expect(reply).toEqual({ ok: true, platformId: expect.stringMatching(/^custom-[a-z0-9]{10}$/) });
    const id = reply.ok ? reply.platformId! : '';
    expect(await readItem(customPlatformsItem)).toEqual({ [id]: { name: nameless, createdAt: '2026-11-15T10:00:00.000Z', legalEntity: true } });
    expect((await readItem(progressItem))[id]?.status).toBe('in-progress');
    // Again, with the spaces and full-width brackets a PDF paste leaves: the same entry.
    vi.setSystemTime(new Date('2027-01-01T00:00:00.000Z'));
    const again = await handleReportMessage({ type: 'add-report-institution', name: '某某市某某 小额贷款有限公司' }, browser);
    expect(again).toEqual({ ok: true, platformId: id });
    expect(Object.keys(await readItem(customPlatformsItem))).toEqual([id]);
    expect((await readItem(progressItem))[id]?.updatedAt).toBe('2026-11-15T10:00:00.000Z');
  });

  it('marks an entry the user typed under the same name as a legal entity instead of adding another', async () => {
    const typed = (await route({ type: 'add-custom-platform', name: nameless }, { id: 'test-id', url: `${ORIGIN}popup.html` })) as string;
    expect(await handleReportMessage({ type: 'add-report-institution', name: nameless }, browser)).toEqual({ ok: true, platformId: typed });
    expect(await readItem(customPlatformsItem)).toEqual({ [typed]: expect.objectContaining({ name: nameless, legalEntity: true }) });
  });

  it("a name of a rule's legal entity (current or former) adds that rule's platform, not a generic entry", async () => {
    expect(await handleReportMessage({ type: 'add-report-institution', name: '重庆度小满小额贷款有限公司' }, browser)).toEqual({ ok: true, platformId: 'duxiaoman' });
    expect(await handleReportMessage({ type: 'add-report-institution', name: '招联消费金融有限公司' }, browser)).toEqual({ ok: true, platformId: 'mucfc' });
    expect(await readItem(customPlatformsItem)).toEqual({});
    expect(Object.keys(await readItem(progressItem)).sort()).toEqual(['duxiaoman', 'mucfc']);
  });

  it('refuses an empty, an over-long or an ID-number-like name, extra fields and a page asking, and writes nothing', async () => {
    const refused = [
      { type: 'add-report-institution', name: '   ' },
      { type: 'add-report-institution', name: '某'.repeat(41) },
      { type: 'add-report-institution', name: '110101199001011234' },
      { type: 'add-report-institution', name: nameless, host: 'evil.example' },
      { type: 'add-report-institution' },
    ];
    for (const message of refused) expect((await handleReportMessage(message, browser)).ok).toBe(false);
    const fromPage = route({ type: 'add-report-institution', name: nameless }, { id: 'test-id', url: 'https://www.fenqile.com/', tab: { id: 3 } });
    await expect(fromPage).rejects.toThrow(/not for a page/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

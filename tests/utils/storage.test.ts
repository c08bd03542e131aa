/** Stored values: validated reads, corrupt and future values backed up and replaced, notices. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defineValidated,
  dismissNotices,
  SETTINGS_VERSIONING,
  progressItem,
  readItem,
  readNotices,
  settingsItem,
  siteUiItem,
  updateItem,
  writeItem,
} from '../../utils/storage';
import {
  CHECKLIST_ITEM_IDS,
  DEFAULT_SETTINGS,
  EVIDENCE_CHANNELS,
  newPlatformProgress,
  PLATFORM_STATUSES,
  progressSchema,
  settingsSchema,
  siteUiSchema,
} from '../../utils/user-data';

const local = () => fakeBrowser.storage.local;

describe('validated storage items', () => {
  it('returns defaults when nothing is stored', async () => {
    expect(await readItem(settingsItem)).toEqual(DEFAULT_SETTINGS);
    expect(await readItem(progressItem)).toEqual({});
    expect(await readNotices()).toEqual([]);
  });

  it('round-trips a valid value', async () => {
    const progress = { fenqile: newPlatformProgress(new Date('2026-11-30T00:00:00Z')) };
    await writeItem(progressItem, progress);
    expect(await readItem(progressItem)).toEqual(progress);
  });

  it('refuses to write an invalid value, and keeps the stored one', async () => {
    await writeItem(settingsItem, { ...DEFAULT_SETTINGS, recheckDays: 7 });
    await expect(writeItem(settingsItem, { ...DEFAULT_SETTINGS, recheckDays: -1 })).rejects.toThrow();
    expect((await readItem(settingsItem)).recheckDays).toBe(7);
  });

  it('keeps a corrupt value as a backup, falls back to defaults and tells the user', async () => {
    const corrupt = { allSitesRecognition: 'yes', locale: 'fr' };
    await local().set({ settings: corrupt });
    expect(await readItem(settingsItem)).toEqual(DEFAULT_SETTINGS);
    const [notice] = await readNotices();
    expect(notice).toMatchObject({ item: 'settings' });
    expect(notice!.reason).toMatch(/allSitesRecognition|locale/);
    const stored = await local().get(null);
    expect(stored[notice!.backupKey.replace(/^local:/, '')]).toEqual(corrupt);
    expect(stored.settings).toEqual(DEFAULT_SETTINGS);
    await dismissNotices();
    expect(await readNotices()).toEqual([]);
  });

  it('treats a value written by a newer version as unknown: backed up, not misread', async () => {
    const fromTheFuture = { fenqile: { ...newPlatformProgress(new Date()), shinyNewField: 1 } };
    await local().set({ progress: fromTheFuture, progress$: { v: 9 } });
    expect(await readItem(progressItem)).toEqual({});
    const [notice] = await readNotices();
    expect(notice!.reason).toContain('newer version (v9)');
    const stored = await local().get(null);
    expect(stored[notice!.backupKey.replace(/^local:/, '')]).toEqual(fromTheFuture);
  });

  it('refuses prototype-polluting keys in stored records', async () => {
    const hostile = JSON.parse('{"__proto__": {"collapsed": true}, "constructor": {"collapsed": false}}');
    expect(siteUiSchema.safeParse(hostile).success).toBe(false);
    expect(progressSchema.safeParse(JSON.parse('{"__proto__": {}}')).success).toBe(false);
    await local().set({ 'site-ui': { constructor: { collapsed: true } } });
    expect(await readItem(siteUiItem)).toEqual({});
    expect((await readNotices())[0]?.item).toBe('site-ui');
    expect(({} as Record<string, unknown>).collapsed).toBeUndefined();
  });

  it('updateItem reads, changes and writes back', async () => {
    await updateItem(settingsItem, (settings) => ({ ...settings, mutedSites: ['www.fenqile.com'] }));
    expect((await readItem(settingsItem)).mutedSites).toEqual(['www.fenqile.com']);
  });
});

describe('stored value parsers (property)', () => {
  const iso = fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2027-01-01') }).map((ms) => new Date(ms).toISOString());
  const host = fc.domain().map((name) => name.toLowerCase());
  /** Valid values of every stored item, generated from their definitions (not from luck). */
  const validSettings = fc.record({
    allSitesRecognition: fc.boolean(),
    sidebarDefault: fc.constantFrom('auto', 'expanded', 'collapsed'),
    sidebarEdge: fc.constantFrom('right' as const, 'left' as const),
    locale: fc.constantFrom('zh-CN', 'en'),
    mutedSites: fc.uniqueArray(host, { maxLength: 20 }),
    recheckDays: fc.integer({ min: 1, max: 365 }),
  });
  const validProgress = fc.dictionary(
    fc.constantFrom('fenqile', 'mucfc', 'webank', 'jd-finance'),
    fc.record({
      status: fc.constantFrom(...PLATFORM_STATUSES),
      checklist: fc.dictionary(fc.constantFrom(...CHECKLIST_ITEM_IDS), fc.record({ at: iso })),
      owesMoney: fc.constantFrom('yes', 'no', 'unknown'),
      evidence: fc.array(
        fc.record({
          id: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
          date: iso.map((value) => value.slice(0, 10)),
          channel: fc.constantFrom(...EVIDENCE_CHANNELS),
          ticket: fc.string({ maxLength: 200 }),
          note: fc.string({ maxLength: 300 }),
        }),
        { maxLength: 3 },
      ),
      recheckAt: fc.option(iso, { nil: null }),
      updatedAt: iso,
    }),
  );
  const validSiteUi = fc.dictionary(host, fc.record({ collapsed: fc.boolean() }), { maxKeys: 10 });
  const items = [
    { name: 'settings', schema: settingsSchema, valid: validSettings },
    { name: 'progress', schema: progressSchema, valid: validProgress },
    { name: 'site-ui', schema: siteUiSchema, valid: validSiteUi },
  ] as const;

  it.each(items)('$name: accepts every valid value unchanged', ({ schema, valid }) => {
    fc.assert(
      fc.property(valid, (value) => {
        const result = schema.safeParse(value);
        expect(result.success).toBe(true);
        expect(result.data).toEqual(value);
      }),
    );
  });

  it.each(items)('$name: refuses a valid value with one field broken', ({ schema, valid }) => {
    fc.assert(
      fc.property(valid, fc.constantFrom(42, 'x'.repeat(6000), null, ['nested'], { __proto__: 1 }), (value, broken) => {
        const entries = Object.entries(value as Record<string, unknown>);
        fc.pre(entries.length > 0);
        const [key] = entries[0]!;
        const target = value as Record<string, unknown>;
        // A top-level field of settings, or one entry's field of a record item.
        const mutated =
          schema === settingsSchema ? { ...target, [key]: broken } : { ...target, [key]: { ...(target[key] as object), [schema === siteUiSchema ? 'collapsed' : 'status']: broken } };
        expect(schema.safeParse(mutated).success).toBe(false);
      }),
    );
  });

  it('never throw on arbitrary JSON, and accept only what they can return', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const schema of [settingsSchema, progressSchema, siteUiSchema]) {
          const result = schema.safeParse(value);
          if (result.success) expect(schema.safeParse(result.data).success).toBe(true);
        }
      }),
    );
  });
});

describe('settings stored before the sidebar edge existed', () => {
  it('still read as valid, at the right edge', async () => {
    const { fakeBrowser: fb } = await import('wxt/testing/fake-browser');
    const old = { allSitesRecognition: false, sidebarDefault: 'expanded', locale: 'zh-CN', mutedSites: [], recheckDays: 30 };
    await fb.storage.local.set({ settings: old });
    const { readItem: read, settingsItem: item, readNotices: notices } = await import('../../utils/storage');
    expect(await read(item)).toEqual(old);
    expect(await notices()).toEqual([]);
  });
});

describe('migrations', () => {
  // WXT migrates when an item is defined (at start-up): each case defines the item anew over stored v1 data.
  const settingsAtStartUp = () => defineValidated('settings', settingsSchema, () => ({ ...DEFAULT_SETTINGS }), SETTINGS_VERSIONING);

  it('settings v1 → v2: the old default "expanded" becomes "auto", a chosen "collapsed" stays, the rest is kept', async () => {
    const v1 = { allSitesRecognition: false, sidebarDefault: 'expanded', locale: 'en', mutedSites: ['www.fenqile.com'], recheckDays: 45 };
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    const migrated = await readItem(settingsAtStartUp());
    expect(migrated).toEqual({ ...v1, sidebarDefault: 'auto' });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
    // Nothing was quarantined: the migrated value is valid.
    expect(await readNotices()).toEqual([]);

    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { ...v1, sidebarDefault: 'collapsed' }, settings$: { v: 1 } });
    expect((await readItem(settingsAtStartUp())).sidebarDefault).toBe('collapsed');
  });

  it('a value from a newer version than this one is backed up, not misread', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS }, settings$: { v: 3 } });
    expect(await readItem(settingsItem)).toEqual(DEFAULT_SETTINGS);
    expect((await readNotices()).map((notice) => notice.item)).toEqual(['settings']);
  });
});

describe('version marks', () => {
  it('a value written after a wipe carries its version, so the next start does not migrate it again', async () => {
    await fakeBrowser.storage.local.clear();
    await writeItem(settingsItem, { ...DEFAULT_SETTINGS, sidebarDefault: 'expanded' });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
    const restarted = defineValidated('settings', settingsSchema, () => ({ ...DEFAULT_SETTINGS }), SETTINGS_VERSIONING);
    expect((await readItem(restarted)).sidebarDefault).toBe('expanded');
  });
});

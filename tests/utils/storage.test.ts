/** Stored values: validated reads, corrupt and future values backed up and replaced, notices. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  dismissNotices,
  progressItem,
  readItem,
  readNotices,
  settingsItem,
  siteUiItem,
  updateItem,
  writeItem,
} from '../../utils/storage';
import { DEFAULT_SETTINGS, newPlatformProgress, progressSchema, settingsSchema, siteUiSchema } from '../../utils/user-data';

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

/** Custom platforms and letter drafts through the background's router, over WXT's fake browser. */
import { describe, expect, it } from 'vitest';
import { handlers } from '../../../utils/handlers';
import { createRouter, type SenderLike } from '../../../utils/handlers/router';
import { customPlatformsItem, letterDraftsItem, progressItem, readItem } from '../../../utils/storage';

const ID = 'test-extension-id';
const ORIGIN = 'chrome-extension://test-extension-id/';
const route = createRouter(handlers, ID, ORIGIN);
const fromPopup: SenderLike = { id: ID, url: `${ORIGIN}popup.html` };
const fromPage: SenderLike = { id: ID, url: 'https://www.fenqile.com/', frameId: 0, tab: { id: 3, url: 'https://www.fenqile.com/' } };

describe('custom platforms', () => {
  it('adds the typed name under a new id with its own progress, takes edits, and removes all of it', async () => {
    const id = (await route({ type: 'add-custom-platform', name: '  某某 花  ' }, fromPopup)) as string;
    expect(id).toMatch(/^custom-[a-z0-9]{10}$/);
    expect((await readItem(customPlatformsItem))[id]).toMatchObject({ name: '某某 花' });
    expect((await readItem(progressItem))[id]!.status).toBe('not-started');
    await route({ type: 'edit-progress', platformId: id, edits: [{ op: 'status', status: 'in-progress' }] }, fromPopup);
    expect((await readItem(progressItem))[id]!.status).toBe('in-progress');
    await route({ type: 'save-letter-draft', platformId: id, draft: { text: '致某某花：', fields: { name: '张三' } } }, fromPopup);
    expect((await readItem(letterDraftsItem))[id]).toMatchObject({ text: '致某某花：', fields: { name: '张三' } });
    await route({ type: 'remove-custom-platform', platformId: id }, fromPopup);
    expect(await readItem(customPlatformsItem)).toEqual({});
    expect((await readItem(progressItem))[id]).toBeUndefined();
    expect((await readItem(letterDraftsItem))[id]).toBeUndefined();
  });

  it('refuses an empty name, a page asking, and edits to an id that is neither a rule nor an entry', async () => {
    expect(route({ type: 'add-custom-platform', name: '   ' }, fromPopup)).toBeUndefined();
    await expect(route({ type: 'add-custom-platform', name: '某某花' }, fromPage)).rejects.toThrow(/not for a page/);
    await expect(route({ type: 'edit-progress', platformId: 'custom-nothere', edits: [{ op: 'status', status: 'refused' }] }, fromPopup)).rejects.toThrow(
      /unknown platform/,
    );
    expect(await readItem(customPlatformsItem)).toEqual({});
  });
});

describe('letter drafts', () => {
  it('are stored only when saved, and deleted on request', async () => {
    expect(await readItem(letterDraftsItem)).toEqual({});
    await route({ type: 'save-letter-draft', platformId: 'fenqile', draft: { text: '草稿', fields: {} } }, fromPopup);
    expect(Object.keys(await readItem(letterDraftsItem))).toEqual(['fenqile']);
    await route({ type: 'delete-letter-draft', platformId: 'fenqile' }, fromPopup);
    expect(await readItem(letterDraftsItem)).toEqual({});
  });
});

describe('settings patches', () => {
  it('a patch of another setting keeps the sidebar edge the user chose', async () => {
    const { settingsItem, writeItem } = await import('../../../utils/storage');
    const { DEFAULT_SETTINGS } = await import('../../../utils/user-data');
    await writeItem(settingsItem, { ...DEFAULT_SETTINGS, sidebarEdge: 'left' });
    await route({ type: 'update-settings', patch: { locale: 'en' } }, fromPopup);
    expect(await readItem(settingsItem)).toMatchObject({ locale: 'en', sidebarEdge: 'left' });
    await route({ type: 'update-settings', patch: { sidebarEdge: 'right' } }, fromPopup);
    expect((await readItem(settingsItem)).sidebarEdge).toBe('right');
  });
});

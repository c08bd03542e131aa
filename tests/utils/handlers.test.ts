/**
 * The background's router and handlers over WXT's fake browser: validation, who a request is
 * from (the sender, never the body), and one writer that never loses a change.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../../utils/handlers';
import { createRouter, type SenderLike } from '../../utils/handlers/router';
import { progressItem, readItem, settingsItem, siteUiItem } from '../../utils/storage';

const ID = 'test-extension-id';
const ORIGIN = 'chrome-extension://test-extension-id/';
const route = createRouter(handlers, ID, ORIGIN);

const fromPage = (url: string, tabId = 7): SenderLike => ({ id: ID, url, frameId: 0, tab: { id: tabId, url } });
const fromPopup: SenderLike = { id: ID, url: `${ORIGIN}popup.html` };

describe('router', () => {
  it('ignores what does not come from this extension or does not validate', async () => {
    expect(route({ type: 'get-user-data' }, { id: 'another-extension', url: `${ORIGIN}popup.html` })).toBeUndefined();
    expect(route({ type: 'no-such-request' }, fromPopup)).toBeUndefined();
    expect(route({ type: 'set-site-ui', collapsed: 'yes' }, fromPage('https://www.fenqile.com/'))).toBeUndefined();
    // A page cannot name another site: the body's host is not part of the page's request.
    expect(route({ type: 'set-site-ui', collapsed: true, host: 'other.example' }, fromPage('https://www.fenqile.com/'))).toBeUndefined();
  });

  it('refuses extension-page requests from a web page', async () => {
    await expect(route({ type: 'wipe-data' }, fromPage('https://www.fenqile.com/'))).rejects.toThrow(/not for a page/);
    await expect(route({ type: 'get-user-data' }, fromPage('https://www.fenqile.com/'))).rejects.toThrow(/not for a page/);
  });

  it("answers a rule host's guide from the sender's URL", async () => {
    const reply = (await route({ type: 'page-guide' }, fromPage('https://m.fenqile.com/account'))) as { platformId: string; guide: { rule: { id: string } } };
    expect(reply.platformId).toBe('fenqile');
    expect(reply.guide.rule.id).toBe('fenqile');
    expect(await route({ type: 'page-guide' }, fromPage('https://item.jd.com/1.html'))).toBeNull();
    expect(await route({ type: 'page-guide' }, fromPage('https://fenqile.com.evil.cn/'))).toBeNull();
  });

  it('sends the sidebar strings in the language of the settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...(await readItem(settingsItem)), locale: 'en' } });
    const reply = (await route({ type: 'page-guide' }, fromPage('https://www.fenqile.com/'))) as { locale: string; strings: Record<string, string> };
    expect(reply.locale).toBe('en');
    expect(reply.strings['sidebar.tab']).toBe('Credit auth');
  });
});

describe('one writer', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
  });

  it('mutes the sending page\'s site, and an open options page does not undo it', async () => {
    await route({ type: 'mute-site' }, fromPage('https://www.fenqile.com/'));
    // The options page changes the language, having read the settings before the mute.
    await route({ type: 'update-settings', patch: { locale: 'en' } }, fromPopup);
    const settings = await readItem(settingsItem);
    expect(settings.mutedSites).toEqual(['www.fenqile.com']);
    expect(settings.locale).toBe('en');
    await route({ type: 'unmute-site', host: 'www.fenqile.com' }, fromPopup);
    expect((await readItem(settingsItem)).mutedSites).toEqual([]);
  });

  it('remembers the collapsed state under the sender\'s host', async () => {
    await route({ type: 'set-site-ui', collapsed: true }, fromPage('https://m.fenqile.com/'));
    expect(await readItem(siteUiItem)).toEqual({ 'm.fenqile.com': { collapsed: true } });
  });

  it('keeps both changes when the sidebar and the popup change one platform', async () => {
    await Promise.all([
      route({ type: 'set-owes-money', owesMoney: 'yes' }, fromPage('https://www.fenqile.com/')),
      route({ type: 'edit-progress', platformId: 'fenqile', edits: [{ op: 'tick', item: 'check-loans', at: '2026-11-30T09:00:00.000Z' }] }, fromPopup),
    ]);
    const fenqile = (await readItem(progressItem)).fenqile!;
    expect(fenqile.owesMoney).toBe('yes');
    expect(fenqile.checklist['check-loans']).toEqual({ at: '2026-11-30T09:00:00.000Z' });
    // Any action starts a platform: the rule lives in one place.
    expect(fenqile.status).toBe('in-progress');
  });

  it('takes the platform of an owe-money answer from the page, not from the message', async () => {
    expect(route({ type: 'set-owes-money', owesMoney: 'yes', platformId: 'webank' }, fromPage('https://www.fenqile.com/'))).toBeUndefined();
    await route({ type: 'set-owes-money', owesMoney: 'no' }, fromPage('https://news.example.org/'));
    expect(await readItem(progressItem)).toEqual({});
  });

  it('sets and clears the re-check alarm with the edit that sets and clears the date', async () => {
    const when = '2026-12-30T09:00:00.000Z';
    await route({ type: 'edit-progress', platformId: 'webank', edits: [{ op: 'recheck', at: when }] }, fromPopup);
    expect((await fakeBrowser.alarms.get('recheck:webank'))?.scheduledTime).toBe(Date.parse(when));
    expect((await readItem(progressItem)).webank!.recheckAt).toBe(when);
    await route({ type: 'edit-progress', platformId: 'webank', edits: [{ op: 'recheck', at: null }] }, fromPopup);
    expect(await fakeBrowser.alarms.get('recheck:webank')).toBeUndefined();
  });

  it('refuses edits of a platform that is not in the rules', async () => {
    await expect(
      route({ type: 'edit-progress', platformId: 'no-such-platform', edits: [{ op: 'status', status: 'withdrawn' }] }, fromPopup),
    ).rejects.toThrow(/unknown platform/);
    expect(await readItem(progressItem)).toEqual({});
  });

  it('reports the tab a page was recognized in, and forgets it on request', async () => {
    await route({ type: 'page-recognized', kind: 'platform', platformId: 'fenqile' }, fromPage('https://www.fenqile.com/', 12));
    expect(await route({ type: 'get-tab-state', tabId: 12 }, fromPopup)).toEqual({ kind: 'platform', platformId: 'fenqile' });
    expect(await route({ type: 'get-tab-state', tabId: 13 }, fromPopup)).toBeNull();
  });
});

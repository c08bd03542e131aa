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
    expect(await route({ type: 'get-tab-state', tabId: 12 }, fromPopup)).toEqual({ kind: 'platform', platformId: 'fenqile', host: 'www.fenqile.com' });
    expect(await route({ type: 'get-tab-state', tabId: 13 }, fromPopup)).toBeNull();
  });
});

describe('knowledge for the page', () => {
  const sample = (overrides: Record<string, unknown> = {}) => ({
    title: '分期乐 官方借款',
    description: '',
    siteName: '',
    ogType: '',
    headings: ['分期乐 额度最高20万'],
    logoTexts: ['分期乐'],
    actions: ['立即借款'],
    checkboxLabels: [],
    formTexts: [],
    bodyText: '年化利率7.2%起，最长可分12期还款。',
    structure: { articleElements: 0, forms: 0, inputs: 0 },
    ...overrides,
  });

  it('classifies under the host of the sender: the same page is the platform on its host, a look-alike elsewhere', async () => {
    const own = (await route({ type: 'classify-page', sample: sample() }, fromPage('https://www.fenqile.com/'))) as { kind: string; platformId: string };
    expect(own).toMatchObject({ kind: 'platform', platformId: 'fenqile' });
    const fake = (await route({ type: 'classify-page', sample: sample() }, fromPage('https://fenqile-vip.top/'))) as {
      kind: string;
      platformId: string;
      imitated: { brand: string };
      guide: unknown;
    };
    expect(fake).toMatchObject({ kind: 'lookalike', platformId: 'fenqile', imitated: { brand: '分期乐' }, guide: null });
  });

  it('answers "nothing" for a page that is not lending, and refuses an oversized sample', async () => {
    const plain = sample({ title: '城市生活指南', headings: ['公园'], logoTexts: [], actions: ['阅读全文'], bodyText: '周末去哪儿。' });
    expect(await route({ type: 'classify-page', sample: plain }, fromPage('https://news.example.org/'))).toEqual({ kind: null });
    expect(route({ type: 'classify-page', sample: sample({ bodyText: 'x'.repeat(50_000) }) }, fromPage('https://news.example.org/'))).toBeUndefined();
  });

  it("analyzes a letter's text for the page", async () => {
    const analysis = (await route(
      { type: 'analyze-letter', text: '个人征信查询授权书\n本人同意贵司查询本人征信，用于贷款审批及贷后管理，至全部债务结清之日止。' },
      fromPage('https://www.fenqile.com/'),
    )) as { verdict: string };
    expect(analysis.verdict).toBe('continuous');
  });
});

describe('the sidebar panel, injected on request', () => {
  it("injects the panel's script into the tab and frame of the sender, never one the body names", async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await route({ type: 'load-panel' }, { ...fromPage('https://www.fenqile.com/', 12), frameId: 3 });
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 12, frameIds: [3] }, files: ['/sidebar-panel.js'] });
    // A body naming a tab does not validate: nothing is injected.
    expect(route({ type: 'load-panel', tabId: 99 }, fromPage('https://www.fenqile.com/'))).toBeUndefined();
    expect(inject).toHaveBeenCalledTimes(1);
    inject.mockRestore();
  });

  it('rejects when the injection fails or there is no tab, so the shell keeps its tab and reports', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(route({ type: 'load-panel' }, fromPage('https://www.fenqile.com/'))).rejects.toThrow(/Cannot access/);
    await expect(route({ type: 'load-panel' }, { id: ID, url: 'https://www.fenqile.com/', frameId: 0 })).rejects.toThrow(/not from a tab/);
    inject.mockRestore();
  });
});

describe('all-sites registration', () => {
  it('registers the first stage only with the setting on and the permission granted, and follows a permission taken back', async () => {
    const { syncAllSitesRegistration } = await import('../../utils/all-sites');
    const registered: string[] = [];
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => registered.map((id) => ({ id }))) as never);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (scripts: { id: string; excludeMatches?: string[] }[]) => {
      expect(scripts[0]!.excludeMatches).toContain('*://*.fenqile.com/*');
      registered.push(scripts[0]!.id);
    }) as never);
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async () => void registered.splice(0)) as never);
    const permitted = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await route({ type: 'update-settings', patch: {} }, fromPopup);
    await fakeBrowser.storage.local.set({ settings: { ...(await readItem(settingsItem)), allSitesRecognition: true } });
    expect(await syncAllSitesRegistration()).toBe(true);
    expect(registered).toEqual(['credit-auth-all-sites']);
    // The user removes the permission in the browser's own UI: script gone, setting shows it.
    permitted.mockResolvedValue(false as never);
    expect(await syncAllSitesRegistration()).toBe(false);
    expect(registered).toEqual([]);
    expect((await readItem(settingsItem)).allSitesRecognition).toBe(false);
  });
});

describe('all-sites registration after an update', () => {
  it('replaces a registration that names the file of an earlier version, and keeps a current one', async () => {
    const { syncAllSitesRegistration } = await import('../../utils/all-sites');
    let registered: { id: string; js: string[] }[] = [{ id: 'credit-auth-all-sites', js: ['content-scripts/lending-gate.js'] }];
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => registered) as never);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (scripts: { id: string; js: string[] }[]) => {
      registered = [...registered, ...scripts.map(({ id, js }) => ({ id, js }))];
    }) as never);
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async () => void (registered = [])) as never);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await fakeBrowser.storage.local.set({ settings: { ...(await readItem(settingsItem)), allSitesRecognition: true } });
    // Whatever the settings' change listeners did meanwhile, the stale registration is what the update left.
    await new Promise((resolve) => setTimeout(resolve, 0));
    registered = [{ id: 'credit-auth-all-sites', js: ['content-scripts/lending-gate.js'] }];
    register.mockClear();
    expect(await syncAllSitesRegistration()).toBe(true);
    expect(registered).toEqual([{ id: 'credit-auth-all-sites', js: ['lending-gate.js'] }]);
    expect(register).toHaveBeenCalledTimes(1);
    // Current: left alone.
    expect(await syncAllSitesRegistration()).toBe(true);
    expect(register).toHaveBeenCalledTimes(1);
    expect(registered).toEqual([{ id: 'credit-auth-all-sites', js: ['lending-gate.js'] }]);
  });
});

describe('the credit-report reader through the protocol', () => {
  const records = [{ institution: '重庆度小满小额贷款有限公司', reason: '贷后管理', date: '2026-10-28' }];

  it('saves derived records from the reader, reads them back, and refuses the same from a web page', async () => {
    await expect(route({ type: 'save-report-snapshot', reportDate: '2026-11-15', records }, fromPage('https://www.fenqile.com/'))).rejects.toThrow(/not for a page/);
    const saved = (await route({ type: 'save-report-snapshot', reportDate: '2026-11-15', records }, { id: ID, url: `${ORIGIN}report.html` })) as { ok: boolean };
    expect(saved.ok).toBe(true);
    const read = (await route({ type: 'get-report-snapshots' }, { id: ID, url: `${ORIGIN}report.html` })) as { snapshots: { records: unknown[] }[] };
    expect(read.snapshots.at(-1)!.records).toEqual(records);
    // A pasted name or text is not a record: the schema refuses what it does not know.
    expect(route({ type: 'save-report-snapshot', reportDate: null, records: [{ ...records[0], name: '张三' }] }, { id: ID, url: `${ORIGIN}report.html` })).toBeUndefined();
  });
});

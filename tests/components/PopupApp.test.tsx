/** Component tests of the popup with fake browser services. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import searchIndex from 'virtual:platform-search-index';
import { App } from '../../entrypoints/popup/App';
import type { PopupServices } from '../../entrypoints/popup/services';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { applyProgressEdits, type ProgressEdit } from '../../utils/progress-edits';
import { DEFAULT_SETTINGS, newPlatformProgress, type CustomPlatforms, type LetterDraft, type LetterDrafts, type Progress, type Settings } from '../../utils/user-data';

const NOW = new Date('2026-11-30T09:30:00.000Z');

interface FakeData {
  settings?: Settings;
  progress?: Progress;
  notices?: string[];
  customPlatforms?: CustomPlatforms;
  letterDrafts?: LetterDrafts;
}

/**
 * Fake services over a fake background: edits are applied to the stored progress the way the
 * background does (utils/progress-edits.ts); `saved` holds the stored progress after each edit,
 * `edits` what was sent, and `changeStored` plays another context writing.
 */
function fakeServices(overrides: Partial<PopupServices> = {}, initial: FakeData = {}) {
  const saved: Progress[] = [];
  const edits: { platformId: string; edits: ProgressEdit[] }[] = [];
  let stored: Progress = initial.progress ?? {};
  let customPlatforms: CustomPlatforms = initial.customPlatforms ?? {};
  let letterDrafts: LetterDrafts = initial.letterDrafts ?? {};
  const savedCustom: CustomPlatforms[] = [];
  const savedDrafts: LetterDrafts[] = [];
  const listeners = new Set<() => void>();
  const services = {
    saved,
    edits,
    savedCustom,
    savedDrafts,
    changeStored(next: Progress) {
      stored = next;
      for (const listener of listeners) listener();
    },
    now: () => NOW,
    load: async () => ({
      settings: initial.settings ?? DEFAULT_SETTINGS,
      progress: stored,
      notices: initial.notices ?? [],
      customPlatforms,
      letterDrafts,
    }),
    onDataChanged: (callback: () => void) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    editProgress: async (platformId: string, sent: ProgressEdit[]) => {
      edits.push({ platformId, edits: sent });
      stored = { ...stored, [platformId]: applyProgressEdits(stored[platformId], sent, NOW) };
      saved.push(stored);
    },
    dismissNotices: async () => undefined,
    loadTabState: async () => null,
    analyzePage: async () => ({ kind: 'none', letter: null }),
    showSidebar: vi.fn(async () => undefined),
    copy: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    openWelcome: vi.fn(),
    loadTabHost: async (): Promise<string | null> => null,
    unmuteSite: vi.fn(async (_host: string) => undefined),
    addCustomPlatform: async (name: string) => {
      const id = `custom-t${Object.keys(customPlatforms).length}`;
      customPlatforms = { ...customPlatforms, [id]: { name, createdAt: NOW.toISOString() } };
      stored = { ...stored, [id]: newPlatformProgress(NOW) };
      savedCustom.push(customPlatforms);
      saved.push(stored);
      return id;
    },
    removeCustomPlatform: async (platformId: string) => {
      const { [platformId]: _gone, ...rest } = customPlatforms;
      const { [platformId]: _progress, ...restProgress } = stored;
      customPlatforms = rest;
      stored = restProgress;
      savedCustom.push(customPlatforms);
      saved.push(stored);
    },
    saveLetterDraft: async (platformId: string, draft: Omit<LetterDraft, 'savedAt'>) => {
      letterDrafts = { ...letterDrafts, [platformId]: { ...draft, savedAt: NOW.toISOString() } };
      savedDrafts.push(letterDrafts);
    },
    deleteLetterDraft: async (platformId: string) => {
      const { [platformId]: _gone, ...rest } = letterDrafts;
      letterDrafts = rest;
      savedDrafts.push(letterDrafts);
    },
    download: vi.fn(),
    ...overrides,
  } satisfies PopupServices & Record<string, unknown>;
  return services;
}

const renderApp = (services: PopupServices) =>
  render(<App services={services} rules={platformRules} searchIndex={searchIndex} generic={genericGuidance} />);

describe('popup App', () => {
  it("shows the current tab's platform with its checklist first", async () => {
    renderApp(fakeServices({ loadTabState: async () => ({ kind: 'platform', platformId: 'mucfc' }) }));
    await screen.findByRole('heading', { name: '招联金融', level: 2 });
    expect(document.querySelector('.detail')?.getAttribute('data-platform')).toBe('mucfc');
    // mucfc lends its own money: no "ask for funders" step.
    expect(document.querySelector('[data-step="ask-funders"]')).toBeNull();
    // Nine steps (closing the credit line for good is one since issue 12), less "ask for funders".
    expect(document.querySelectorAll('.checklist input[type="checkbox"]')).toHaveLength(8);
  });

  it('searches the directory by pinyin initials and opens a platform', async () => {
    renderApp(fakeServices());
    const search = await screen.findByRole('searchbox');
    fireEvent.input(search, { target: { value: 'fql' } });
    const results = within(screen.getByTestId('directory-results')).getAllByRole('button');
    expect(results[0]!.getAttribute('data-platform')).toBe('fenqile');
    fireEvent.click(results[0]!);
    expect(await screen.findByRole('heading', { name: '分期乐', level: 2 })).toBeTruthy();
    expect(document.querySelector('[data-step="ask-funders"]')).not.toBeNull();
  });

  it('dates each tick and moves the platform to "in progress"', async () => {
    const services = fakeServices({ loadTabState: async () => ({ kind: 'platform', platformId: 'fenqile' }) });
    renderApp(services);
    await screen.findByRole('heading', { name: '分期乐', level: 2 });
    const box = document.querySelector('[data-step="check-loans"]') as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(services.saved).toHaveLength(1));
    const fenqile = services.saved[0]!.fenqile!;
    expect(fenqile.checklist['check-loans']).toEqual({ at: NOW.toISOString() });
    expect(fenqile.status).toBe('in-progress');
    expect(screen.getByText('完成于 2026-11-30')).toBeTruthy();
    fireEvent.click(box);
    await waitFor(() => expect(services.saved).toHaveLength(2));
    expect(services.saved[1]!.fenqile!.checklist['check-loans']).toBeUndefined();
  });

  it('the owe-money answer leads to settle-first advice, and is stored', async () => {
    const services = fakeServices({ loadTabState: async () => ({ kind: 'platform', platformId: 'fenqile' }) });
    renderApp(services);
    fireEvent.click(await screen.findByRole('radio', { name: '有' }));
    expect(screen.getByText(/先按时还清，再提出撤回/)).toBeTruthy();
    await waitFor(() => expect(services.saved.at(-1)!.fenqile!.owesMoney).toBe('yes'));
  });

  it('composes the request letter with the legal entity and copies it with a visible confirmation', async () => {
    const services = fakeServices({ loadTabState: async () => ({ kind: 'platform', platformId: 'webank' }) });
    renderApp(services);
    const letter = (await screen.findByTestId('letter-text')) as HTMLTextAreaElement;
    expect(letter.value).toContain('致深圳前海微众银行股份有限公司');
    expect(letter.value).toContain('第十五条');
    expect(letter.value).toContain('2026年11月30日');
    fireEvent.input(screen.getByLabelText('姓名'), { target: { value: '张三' } });
    expect((screen.getByTestId('letter-text') as HTMLTextAreaElement).value).toContain('申请人：张三');
    fireEvent.click(screen.getByRole('button', { name: '复制申请文本' }));
    await screen.findByText('已复制');
    expect(services.copy).toHaveBeenCalledWith(expect.stringContaining('申请人：张三'));
    // The name typed for the letter is never saved.
    expect(JSON.stringify(services.saved)).not.toContain('张三');
  });

  it('the letter: optional reply contact, answer date and phone digits; edited before copying; downloaded; nothing stored', async () => {
    const services = fakeServices({ loadTabState: async () => ({ kind: 'platform', platformId: 'webank' }) });
    renderApp(services);
    const text = () => (screen.getByTestId('letter-text') as HTMLTextAreaElement).value;
    await screen.findByTestId('letter-text');
    fireEvent.input(screen.getByLabelText('在该平台注册的手机号后四位'), { target: { value: '1234' } });
    fireEvent.input(screen.getByLabelText('接收答复的联系方式（电话、邮箱或地址）'), { target: { value: 'me@example.com' } });
    fireEvent.input(screen.getByLabelText('请对方在此日期前答复'), { target: { value: '2026-12-20' } });
    expect(text()).toContain('注册手机号后四位 1234');
    expect(text()).toContain('答复请发送至：me@example.com');
    expect(text()).toContain('请于2026年12月20日前答复本申请。');
    // The user's own edit is what gets copied and downloaded.
    fireEvent.input(screen.getByLabelText('申请文本（复制前可以直接修改）'), { target: { value: `${text()}\n补充：请一并说明出资机构。` } });
    expect(document.querySelector('[data-letter-edited]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '复制申请文本' }));
    await screen.findByText('已复制');
    expect(services.copy).toHaveBeenCalledWith(expect.stringContaining('补充：请一并说明出资机构。'));
    fireEvent.click(screen.getByRole('button', { name: '下载为 .txt 文件' }));
    expect(services.download).toHaveBeenCalledWith(
      expect.stringMatching(/^撤回征信授权申请-微众银行.*-2026-11-30\.txt$/),
      expect.stringContaining('补充：请一并说明出资机构。'),
    );
    expect(JSON.stringify([services.saved, services.savedDrafts, services.savedCustom])).not.toContain('me@example.com');
    // Back to the fields' text.
    fireEvent.click(screen.getByRole('button', { name: '按字段重新生成' }));
    expect(text()).not.toContain('补充');
  });

  it('keeps the letter only when the user saves a draft, and brings it back', async () => {
    const services = fakeServices({ loadTabState: async () => ({ kind: 'platform', platformId: 'webank' }) });
    const view = renderApp(services);
    await screen.findByTestId('letter-text');
    fireEvent.input(screen.getByLabelText('姓名'), { target: { value: '李四' } });
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await screen.findByText('草稿已保存在本浏览器中');
    const draft = services.savedDrafts.at(-1)!.webank!;
    expect(draft.fields.name).toBe('李四');
    expect(draft.text).toContain('申请人：李四');
    view.unmount();
    renderApp(fakeServices({ loadTabState: async () => ({ kind: 'platform', platformId: 'webank' }) }, { letterDrafts: { webank: draft } }));
    await screen.findByTestId('letter-text');
    expect((screen.getByTestId('letter-text') as HTMLTextAreaElement).value).toContain('申请人：李四');
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('李四');
  });

  it('"my platform is not listed": generic checklist, request text and phone script for the typed name, kept as a custom entry', async () => {
    const services = fakeServices();
    renderApp(services);
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: '某某花' } });
    expect(screen.getByText('没有找到匹配的平台。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '我的平台不在列表里' }));
    const view = screen.getByTestId('unlisted');
    expect((within(view).getByLabelText('平台名称（App 或网站上显示的名字）') as HTMLInputElement).value).toBe('某某花');
    expect(view.querySelectorAll('ol.plain-list')[0]!.children).toHaveLength(9); // every step, closing the credit line for good included (issue 12)
    expect(view.textContent).toContain(genericGuidance.selfService.fallback);
    expect((within(view).getByTestId('letter-text') as HTMLTextAreaElement).value).toContain('致某某花：');
    expect(view.querySelector('pre.script')!.textContent).toContain('“某某花”');
    fireEvent.click(within(view).getByRole('button', { name: '把“某某花”加入我的平台' }));
    await waitFor(() => expect(services.savedCustom).toHaveLength(1));
    const [id] = Object.keys(services.savedCustom[0]!);
    expect(id).toMatch(/^custom-[a-z0-9]+$/);
    expect(services.savedCustom[0]![id!]!.name).toBe('某某花');
    expect(services.saved.at(-1)![id!]!.status).toBe('not-started');
    // Opened as a platform of its own: the checklist works, marked as added by the user.
    expect(await screen.findByRole('heading', { name: '某某花', level: 2 })).toBeTruthy();
    expect(document.querySelector('[data-custom-platform]')).not.toBeNull();
    fireEvent.click(document.querySelector('[data-step="check-loans"]')!);
    await waitFor(() => expect(services.saved.at(-1)![id!]!.checklist['check-loans']).toBeDefined());
    fireEvent.click(screen.getByRole('button', { name: /返回/ }));
    expect(within(screen.getByTestId('my-platforms')).getByText('某某花')).toBeTruthy();
  });

  it('a custom entry from storage is listed in my platforms, and can be removed', async () => {
    const services = fakeServices(
      {},
      {
        customPlatforms: { 'custom-ab12': { name: '小花钱包', createdAt: NOW.toISOString() } },
        progress: { 'custom-ab12': { status: 'in-progress', checklist: {}, owesMoney: 'unknown', evidence: [], recheckAt: null, updatedAt: NOW.toISOString() } },
      },
    );
    renderApp(services);
    fireEvent.click(await within(await screen.findByTestId('my-platforms')).findByText('小花钱包'));
    fireEvent.click(screen.getByRole('button', { name: '从我的平台中删除' }));
    await waitFor(() => expect(services.savedCustom.at(-1)).toEqual({}));
    expect(services.saved.at(-1)).toEqual({});
  });

  it('says when the sidebar is muted on this site, and brings it back', async () => {
    const services = fakeServices({ loadTabHost: async () => 'www.fenqile.com' }, { settings: { ...DEFAULT_SETTINGS, mutedSites: ['www.fenqile.com'] } });
    renderApp(services);
    const line = await screen.findByTestId('muted-site');
    expect(line.textContent).toContain('此网站（www.fenqile.com）上已不显示侧边栏');
    fireEvent.click(within(line).getByRole('button', { name: '重新显示' }));
    expect(services.unmuteSite).toHaveBeenCalledWith('www.fenqile.com');
    expect(screen.getByTestId('muted-site').textContent).toContain('刷新页面后侧边栏会再出现');
  });

  it('says nothing about muting on a site that is not muted', async () => {
    renderApp(fakeServices({ loadTabHost: async () => 'www.mucfc.com' }, { settings: { ...DEFAULT_SETTINGS, mutedSites: ['www.fenqile.com'] } }));
    await screen.findByRole('searchbox');
    expect(screen.queryByTestId('muted-site')).toBeNull();
  });

  it('links to the welcome page', async () => {
    const services = fakeServices();
    renderApp(services);
    fireEvent.click(await screen.findByRole('button', { name: '使用说明' }));
    expect(services.openWelcome).toHaveBeenCalled();
  });

  it('schedules the re-check reminder N days out', async () => {
    const services = fakeServices({ loadTabState: async () => ({ kind: 'platform', platformId: 'fenqile' }) });
    renderApp(services);
    fireEvent.click(await screen.findByRole('button', { name: '30 天后提醒我查看征信报告' }));
    const due = new Date(NOW.getTime() + 30 * 24 * 3600 * 1000);
    await waitFor(() => expect(services.saved.at(-1)!.fenqile!.recheckAt).toBe(due.toISOString()));
    // The background sets the alarm from this edit (tests/utils/handlers.test.ts).
    expect(services.edits.at(-1)).toEqual({ platformId: 'fenqile', edits: [{ op: 'recheck', at: due.toISOString() }] });
    expect(screen.getByTestId('reminder-date').textContent).toContain('2026-12-30');
  });

  it('analyzes the page on demand and offers the sidebar on a platform', async () => {
    const services = fakeServices({ analyzePage: async () => ({ kind: 'platform', platformId: 'ppdai', letter: 'continuous', lures: [] }) });
    renderApp(services);
    fireEvent.click(await screen.findByRole('button', { name: '分析当前页面' }));
    expect(await screen.findByText('这是“拍拍贷”的官方页面。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '在此页面显示侧边栏' }));
    expect(services.showSidebar).toHaveBeenCalled();
  });

  it('tells the user when stored data was recovered', async () => {
    const services = fakeServices({}, { notices: ['progress'] });
    renderApp(services);
    expect((await screen.findByRole('alert')).textContent).toContain('progress');
  });

  it('speaks English when the setting says so', async () => {
    renderApp(fakeServices({}, { settings: { ...DEFAULT_SETTINGS, locale: 'en' } }));
    expect(await screen.findByRole('heading', { name: 'Credit Authorization Helper' })).toBeTruthy();
  });

  it('sends only what changed, so a change made elsewhere meanwhile is kept', async () => {
    const services = fakeServices({ loadTabState: async () => ({ kind: 'platform', platformId: 'fenqile' }) });
    renderApp(services);
    await screen.findByRole('heading', { name: '分期乐', level: 2 });
    // The sidebar answered the owe-money question while the popup was open.
    services.changeStored({ fenqile: { ...newPlatformProgress(NOW), owesMoney: 'yes' } });
    await waitFor(() => expect((screen.getByRole('radio', { name: '有' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(document.querySelector('[data-step="check-loans"]') as HTMLInputElement);
    await waitFor(() => expect(services.saved).toHaveLength(1));
    expect(services.edits[0]!.edits).toEqual([{ op: 'tick', item: 'check-loans', at: NOW.toISOString() }]);
    expect(services.saved[0]!.fenqile).toMatchObject({ owesMoney: 'yes', status: 'in-progress' });
  });
});

describe('popup App, muted site from the tab state', () => {
  it('uses the host the background recorded for the tab when the tab URL is not readable', async () => {
    renderApp(
      fakeServices(
        { loadTabState: async () => ({ kind: 'platform', platformId: 'ppdai', host: 'www.ppdai.com' }), loadTabHost: async () => null },
        { settings: { ...DEFAULT_SETTINGS, mutedSites: ['www.ppdai.com'] } },
      ),
    );
    expect((await screen.findByTestId('muted-site')).textContent).toContain('www.ppdai.com');
  });
});

describe('popup: the verify step and the reminder from the saved reports', () => {
  const DUXIAOMAN = '重庆度小满小额贷款有限公司';
  const contacted = (date: string) => ({
    ...newPlatformProgress(NOW),
    status: 'in-progress' as const,
    evidence: [{ id: 'e1', date, channel: 'phone' as const, ticket: '', note: '' }],
  });
  const savedReport = (records: [string, string, string][]) => ({
    reportDate: '2026-11-15',
    savedAt: '2026-11-15T10:00:00.000Z',
    records: records.map(([institution, reason, date]) => ({ institution, reason, date })),
  });
  const open = async (services: PopupServices) => {
    renderApp(services);
    await screen.findByRole('heading', { name: '度小满金融', level: 2 });
    const step = document.querySelector('[data-step="recheck-report"]')!.closest('li')!;
    const reminder = screen.getByRole('heading', { name: '复查提醒' }).closest('section')!;
    return { step, reminder };
  };
  const onDuxiaoman = { loadTabState: async () => ({ kind: 'platform' as const, platformId: 'duxiaoman' }) };

  it('a 贷后管理 query by the platform’s entity after the logged request: "queried after", in the step and the reminder, the step left unticked', async () => {
    const services = fakeServices(
      { ...onDuxiaoman, loadSavedReports: async () => [savedReport([[DUXIAOMAN, '贷后管理', '2026-10-28'], [DUXIAOMAN, '贷后管理', '2026-06-01']])] },
      { progress: { duxiaoman: contacted('2026-07-01') } },
    );
    const { step, reminder } = await open(services);
    await waitFor(() => expect(step.querySelector('[data-verdict="queried-after-request"]')).not.toBeNull());
    const line = step.querySelector('[data-verdict="queried-after-request"]')!;
    expect(line.textContent).toContain(DUXIAOMAN);
    expect(line.textContent).toContain('2026-10-28');
    expect(line.textContent).toContain('2026-07-01');
    expect(reminder.querySelector('[data-verdict="queried-after-request"]')?.textContent).toBe(line.textContent);
    expect(step.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
    expect(services.edits).toEqual([]);
  });

  it('no 贷后管理 query by it since the request (another institution’s does not count): "no new query"', async () => {
    const services = fakeServices(
      { ...onDuxiaoman, loadSavedReports: async () => [savedReport([[DUXIAOMAN, '贷后管理', '2026-06-01'], ['马上消费金融股份有限公司', '贷后管理', '2026-10-01']])] },
      { progress: { duxiaoman: contacted('2026-07-01') } },
    );
    const { step } = await open(services);
    await waitFor(() => expect(step.querySelector('[data-testid="saved-check"]')?.getAttribute('data-check')).toBe('compared'));
    expect([...step.querySelectorAll('[data-verdict]')].map((line) => line.getAttribute('data-verdict'))).toEqual(['none-since-request']);
    expect(step.querySelector('[data-verdict]')!.textContent).toContain('2026-07-01');
  });

  it('no saved report: "not checked yet", with a link to the reader', async () => {
    const { step, reminder } = await open(fakeServices({ ...onDuxiaoman, loadSavedReports: async () => [] }, { progress: { duxiaoman: contacted('2026-07-01') } }));
    await waitFor(() => expect(step.querySelector('[data-testid="saved-check"]')?.getAttribute('data-check')).toBe('no-saved-report'));
    expect(step.querySelector('[data-testid="saved-check"]')!.textContent).toContain('还没有核对');
    expect(step.querySelector('[data-testid="saved-check-reader"]')!.getAttribute('href')).toBe('/report.html');
    expect(reminder.querySelector('[data-check="no-saved-report"]')).not.toBeNull();
  });

  it('a saved report arriving from another context is shown without reopening', async () => {
    let reports: ReturnType<typeof savedReport>[] = [];
    const services = fakeServices({ ...onDuxiaoman, loadSavedReports: async () => reports }, { progress: { duxiaoman: contacted('2026-07-01') } });
    const { step } = await open(services);
    await waitFor(() => expect(step.querySelector('[data-check="no-saved-report"]')).not.toBeNull());
    reports = [savedReport([[DUXIAOMAN, '贷后管理', '2026-10-28']])];
    services.changeStored({ duxiaoman: contacted('2026-07-01') });
    await waitFor(() => expect(step.querySelector('[data-verdict="queried-after-request"]')).not.toBeNull());
  });

  it('a generic entry from the report is checked under its legal name, and says where it came from', async () => {
    const name = '某某市某某小额贷款有限公司';
    const services = fakeServices(
      { loadSavedReports: async () => [savedReport([[name, '贷后管理', '2026-10-01']])] },
      { progress: { 'custom-abc': contacted('2026-09-01') }, customPlatforms: { 'custom-abc': { name, createdAt: NOW.toISOString(), legalEntity: true } } },
    );
    renderApp(services);
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(name) }));
    await screen.findByRole('heading', { name, level: 2 });
    expect(document.querySelector('[data-custom-platform="legal-entity"]')).not.toBeNull();
    await waitFor(() => expect(document.querySelector('[data-verdict="queried-after-request"]')).not.toBeNull());
    expect((screen.getByTestId('letter-text') as HTMLTextAreaElement).value).toMatch(new RegExp(`^致${name}：`));
  });
});

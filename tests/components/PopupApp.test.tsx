/** Component tests of the popup with fake browser services. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import searchIndex from 'virtual:platform-search-index';
import { App } from '../../entrypoints/popup/App';
import type { PopupServices } from '../../entrypoints/popup/services';
import { platformRules } from '../../rules/bundled-rules';
import { applyProgressEdits, type ProgressEdit } from '../../utils/progress-edits';
import { DEFAULT_SETTINGS, newPlatformProgress, type Progress, type Settings } from '../../utils/user-data';

const NOW = new Date('2026-11-30T09:30:00.000Z');

interface FakeData {
  settings?: Settings;
  progress?: Progress;
  notices?: string[];
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
  const listeners = new Set<() => void>();
  const services = {
    saved,
    edits,
    changeStored(next: Progress) {
      stored = next;
      for (const listener of listeners) listener();
    },
    now: () => NOW,
    load: async () => ({ settings: initial.settings ?? DEFAULT_SETTINGS, progress: stored, notices: initial.notices ?? [] }),
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
    ...overrides,
  } satisfies PopupServices & Record<string, unknown>;
  return services;
}

const renderApp = (services: PopupServices) => render(<App services={services} rules={platformRules} searchIndex={searchIndex} />);

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

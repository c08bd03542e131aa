/** Component tests of the sidebar: what it says for a rule, the generic fallbacks, collapsing. */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { SidebarApp, type SidebarAppProps } from '../../components/SidebarApp';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { resolveGuide } from '../../rules/resolve-guide';
import { withRequestText } from '../../rules/guide-request-text';
import type { PlatformRule } from '../../rules/schema';
import { vi } from 'vitest';
import { createTranslator } from '../../utils/i18n';

const t = createTranslator('zh-CN');
const base = platformRules.find((rule) => rule.id === 'mucfc')!;

function renderSidebar(overrides: Partial<PlatformRule> = {}, props: Partial<SidebarAppProps> = {}) {
  const rule = { ...base, ...overrides } as PlatformRule;
  const view = render(<SidebarApp guide={withRequestText(resolveGuide(rule, genericGuidance), new Date(2026, 10, 30))} host="www.mucfc.com" t={t} today={new Date(2026, 10, 30)} {...props} />);
  const section = (id: string) => view.container.querySelector(`[data-section="${id}"]`) as HTMLElement;
  return { ...view, section };
}

describe('SidebarApp', () => {
  it('names the brand, the host, the legal entities and the freshness of the rule', () => {
    const { section } = renderSidebar();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(base.brand);
    expect(screen.getByText(/www\.mucfc\.com/).textContent).toContain(base.brand);
    expect(screen.getByText(new RegExp(`规则核对于 ${base.provenance.checked}`))).toBeTruthy();
    for (const entity of base.legalEntities) expect(section('entities').textContent).toContain(entity.name);
  });

  it('explains the funders for a facilitator, and not for a lender', () => {
    expect(renderSidebar({ fundersQuery: true }).section('entities').textContent).toContain('出资');
    expect(renderSidebar({ fundersQuery: false }).section('entities').querySelector('.note')).toBeNull();
  });

  it('states the typical authorization type and both kinds', () => {
    const continuous = renderSidebar({ typicalAuthorization: 'continuous' }).section('authorization');
    expect(continuous.querySelector('[data-authorization]')!.textContent).toContain('持续性授权');
    expect(continuous.textContent).toContain(genericGuidance.authorizationKinds['one-time']);
    expect(continuous.textContent).toContain(genericGuidance.authorizationKinds.continuous);
    expect(continuous.textContent).not.toContain(genericGuidance.authorizationKinds.unknown);
    const unknown = renderSidebar({ typicalAuthorization: 'unknown' }).section('authorization');
    expect(unknown.textContent).toContain('尚未确认');
    expect(unknown.textContent).toContain(genericGuidance.authorizationKinds.unknown);
  });

  it('falls back to the generic self-service route, marked as generic', () => {
    const section = renderSidebar({ selfService: { status: 'unknown' } }).section('self-service');
    const steps = [...section.querySelectorAll('ol.steps > li')].map((item) => item.textContent);
    expect(steps).toHaveLength(genericGuidance.selfService.steps.length);
    expect(steps[0]).toContain('我的');
    expect(section.textContent).toContain('通用路径');
    expect(section.textContent).toContain(genericGuidance.selfService.fallback);
  });

  it("shows a platform's own path, marked unconfirmed when it is", () => {
    const selfService = {
      status: 'known' as const,
      surface: 'app' as const,
      steps: [
        { label: '我的', synonyms: [] },
        { label: '隐私中心', synonyms: [] },
      ],
      confirmed: false,
    };
    const section = renderSidebar({ selfService }).section('self-service');
    expect([...section.querySelectorAll('ol.steps strong')].map((item) => item.textContent)).toEqual(['我的', '隐私中心']);
    expect(section.textContent).toContain('未经核实');
    expect(section.textContent).not.toContain('通用路径');
    const confirmed = renderSidebar({ selfService: { ...selfService, confirmed: true } }).section('self-service');
    expect(confirmed.textContent).not.toContain('未经核实');
  });

  it('shows a sourced phone number, and says when there is none', () => {
    const withPhone = renderSidebar({
      customerService: [{ kind: 'phone', number: '400-000-0000', source: 'https://example.com/contact' }],
    }).section('customer-service');
    expect(withPhone.textContent).toContain('400-000-0000');
    expect(within(withPhone).getByRole('link', { name: '号码来源' }).getAttribute('href')).toBe('https://example.com/contact');
    expect(withPhone.querySelector('[data-no-phone]')).toBeNull();
    const withoutPhone = renderSidebar({ customerService: [] }).section('customer-service');
    expect(withoutPhone.querySelector('[data-no-phone]')).not.toBeNull();
    expect(withoutPhone.textContent).toContain(genericGuidance.customerService.ask[1]!);
  });

  it('lists platform caveats and blockers before the generic ones', () => {
    const { section } = renderSidebar({ caveats: ['平台特有的注意事项'], blockers: ['平台特有的阻碍'] });
    const caveats = within(section('caveats')).getAllByRole('listitem').map((item) => item.textContent);
    expect(caveats[0]).toBe('平台特有的注意事项');
    expect(caveats.slice(1)).toEqual(genericGuidance.caveats.map((item) => item.text));
    const blockers = within(section('blockers')).getAllByRole('listitem').map((item) => item.textContent);
    expect(blockers).toEqual(['平台特有的阻碍', ...genericGuidance.blockers.map((item) => item.text)]);
    expect(section('when-refused').textContent).toContain('12363');
    expect(section('verify').textContent).toContain('贷后管理');
  });

  it('renders page-controlled and rule text as text, never as markup', () => {
    const { container } = renderSidebar({ brand: '<img src=x onerror=alert(1)>' });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('collapses to the edge tab with the button and with Esc, and expands again', () => {
    const { container } = renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: '收起侧边栏' }));
    expect(container.querySelector('aside')).toBeNull();
    const tab = screen.getByRole('button', { name: /^展开征信授权助手/ });
    expect(document.activeElement).toBe(tab);
    fireEvent.click(tab);
    expect(container.querySelector('aside')).not.toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '收起侧边栏' }));
    fireEvent.keyDown(container.querySelector('aside')!, { key: 'Escape' });
    expect(container.querySelector('aside')).toBeNull();
    expect(screen.getByRole('button', { name: /^展开征信授权助手/ })).toBeTruthy();
  });

  it('outlines a step found on the page, and offers customer service when it is not there', () => {
    const target = document.createElement('a');
    document.body.append(target);
    const findStepTarget = vi.fn((index: number) => (index === 1 ? target : null));
    const { container, section } = renderSidebar({ selfService: { status: 'unknown' } }, { findStepTarget });
    fireEvent.click(screen.getByRole('button', { name: '在页面上找“设置”' }));
    expect(findStepTarget).toHaveBeenCalledWith(1);
    expect(container.querySelector('[data-outline]')).not.toBeNull();
    expect(section('self-service').textContent).toContain('已在页面上标出“设置”');
    fireEvent.click(screen.getByRole('button', { name: '在页面上找“授权管理”' }));
    expect(container.querySelector('[data-outline]')).toBeNull();
    expect(section('self-service').querySelector('[data-find-missing]')!.textContent).toContain('没有找到“授权管理”');
    expect(within(section('self-service')).getByRole('button', { name: '查看联系客服的方法' })).toBeTruthy();
    target.remove();
  });

  it('marks the step the user is on', () => {
    const { section } = renderSidebar({ selfService: { status: 'unknown' } }, { currentStep: 1 });
    const current = section('self-service').querySelector('[aria-current="step"]')!;
    expect(current.textContent).toContain('设置');
    expect(current.textContent).toContain('你在这里');
  });

  it('asks whether money is owed and leads to settling first; the answer goes to the caller', () => {
    const onOwesMoney = vi.fn();
    const { section } = renderSidebar({}, { onOwesMoney });
    fireEvent.click(within(section('decision')).getByRole('radio', { name: '有' }));
    expect(onOwesMoney).toHaveBeenCalledWith('yes');
    expect(section('decision').textContent).toContain('先按时还清');
    fireEvent.click(within(section('decision')).getByRole('radio', { name: '没有' }));
    expect(section('decision').textContent).toContain('可以直接按清单申请撤回');
  });

  it('hands over the request text and phone script with a visible confirmation, asking nothing personal', async () => {
    const onCopy = vi.fn(async () => undefined);
    const { section } = renderSidebar({}, { onCopy });
    const customer = section('customer-service');
    expect(customer.querySelectorAll('input')).toHaveLength(0);
    const letter = within(customer).getByTestId('letter-text') as HTMLTextAreaElement;
    expect(letter.value).toContain('致招联消费金融股份有限公司');
    expect(letter.value).toContain('申请人：＿＿＿＿');
    fireEvent.click(within(customer).getByRole('button', { name: '复制电话话术' }));
    expect(await within(customer).findByText('已复制')).toBeTruthy();
    expect(onCopy).toHaveBeenCalledWith(expect.stringContaining('工单号'));
  });

  it('says so when copying fails', async () => {
    const { section } = renderSidebar({}, { onCopy: async () => Promise.reject(new Error('denied')) });
    fireEvent.click(within(section('customer-service')).getByRole('button', { name: '复制申请文本' }));
    expect(await screen.findByText('复制失败，请手动选中文本复制')).toBeTruthy();
  });

  it('opens collapsed when the site was left collapsed, and reports collapse changes', () => {
    const onCollapsedChange = vi.fn();
    const { container } = renderSidebar({}, { initiallyCollapsed: true, onCollapsedChange });
    expect(container.querySelector('aside')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^展开征信授权助手/ }));
    expect(onCollapsedChange).toHaveBeenCalledWith(false);
  });

  it('"don\'t show on this site" mutes at once and can be undone on the spot', () => {
    const onMute = vi.fn();
    const onUnmute = vi.fn();
    const onMutedClose = vi.fn();
    const { container } = renderSidebar({}, { onMute, onUnmute, onMutedClose });
    fireEvent.click(screen.getByRole('button', { name: '在此网站不再显示' }));
    expect(onMute).toHaveBeenCalledTimes(1);
    expect(container.querySelector('aside')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('www.mucfc.com 上不再显示侧边栏');
    const undo = screen.getByRole('button', { name: '撤销' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(onUnmute).toHaveBeenCalledTimes(1);
    expect(container.querySelector('aside')).not.toBeNull();
    expect(onMutedClose).not.toHaveBeenCalled();
    // Muted again and closed: the caller removes the sidebar.
    fireEvent.click(screen.getByRole('button', { name: '在此网站不再显示' }));
    fireEvent.click(screen.getByRole('button', { name: '好的，关闭' }));
    expect(onMutedClose).toHaveBeenCalledTimes(1);
    expect(onUnmute).toHaveBeenCalledTimes(1);
  });

  it('the edge tab says in one line what the sidebar has for the page', () => {
    renderSidebar({}, { initiallyCollapsed: true });
    const tab = screen.getByRole('button', { name: /^展开征信授权助手/ });
    expect(tab.querySelector('[data-tab-summary]')!.textContent).toBe(`${base.brand}：怎样撤回征信授权`);
    // The accessible name is the visible text, with the action first.
    expect(tab.getAttribute('aria-label')).toBeNull();
    expect(tab.textContent).toBe(`展开征信授权助手: 征信授权${base.brand}：怎样撤回征信授权`);
  });

  it('the edge tab leads with a warning, then with the letter on the page', () => {
    const findings = {
      lookalike: { brand: '分期乐', host: 'fenqile.com.evil.cn', officialHosts: ['fenqile.com'] },
      lures: [],
      reportChannels: {},
      letter: null,
    };
    const { unmount } = render(<SidebarApp mode="warning" guide={null} title="页面提醒" findings={findings} host="fenqile.com.evil.cn" t={t} initiallyCollapsed />);
    expect(document.querySelector('[data-tab-summary]')!.textContent).toBe('注意：这里不是“分期乐”的官网');
    unmount();
    const letter = { verdict: 'continuous' as const, inModal: false, clauses: [], reasons: [] } as never;
    renderSidebar({}, { initiallyCollapsed: true, findings: { lookalike: null, lures: [], reportChannels: {}, letter } });
    expect(document.querySelector('[data-tab-summary]')!.textContent).toBe('本页授权书：持续性授权');
  });

  it('sits at the left edge when asked', () => {
    const { container } = renderSidebar({}, { edge: 'left' });
    expect(container.querySelector('.root')!.classList.contains('is-left')).toBe(true);
    expect(renderSidebar().container.querySelector('.root')!.classList.contains('is-left')).toBe(false);
  });
});

/**
 * English mode: no Chinese UI string anywhere. Chinese is allowed only in rule content (marked
 * lang="zh-CN"), in names of things (brands, companies, the entries of the platforms' apps), and
 * in the Chinese terms the English strings themselves gloss, such as 贷后管理.
 */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import searchIndex from 'virtual:platform-search-index';
import { App as PopupApp } from '../../entrypoints/popup/App';
import type { PopupServices } from '../../entrypoints/popup/services';
import { SidebarApp } from '../../components/SidebarApp';
import { WelcomePage } from '../../components/WelcomePage';
import { SettingsPanel } from '../../components/SettingsPanel';
import { RulesCoverage } from '../../components/RulesCoverage';
import { SavedReportCheck } from '../../components/SavedReportCheck';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { resolveGenericGuide, resolveGuide } from '../../rules/resolve-guide';
import { withRequestText } from '../../rules/guide-request-text';
import { createTranslator, locales } from '../../utils/i18n';
import { DEFAULT_SETTINGS, newPlatformProgress } from '../../utils/user-data';
import { inertPopupServices } from '../support/popup-services';

const CJK_RUN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;
const t = createTranslator('en');

/** Names of things: brands, companies, and the labels of the entries in the platforms' apps. */
const names = new Set<string>();
for (const rule of platformRules) {
  for (const name of [rule.brand, ...rule.aliases, ...rule.formerNames, ...rule.legalEntities.map((entity) => entity.name)]) names.add(name);
  if (rule.selfService.status === 'known') for (const step of rule.selfService.steps) [step.label, ...step.synonyms].forEach((w) => names.add(w));
  for (const channel of rule.customerService) if (channel.kind === 'in-app') names.add(channel.entry);
}
for (const step of genericGuidance.selfService.steps) [step.label, ...step.synonyms].forEach((w) => names.add(w));
/** Chinese terms the English strings gloss on purpose, in brackets or quotes: post-loan (贷后管理). */
const GLOSS = /[(“]([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)[)”]/g;
const glossed = new Set(Object.values(locales.en).flatMap((value) => [...value.matchAll(GLOSS)].map((match) => match[1]!)));
const allowed = [...names, ...glossed].sort((a, b) => b.length - a.length);

/** Text outside rule content that still holds Chinese once names and glossed terms are taken out. */
function strayChinese(root: Element): string[] {
  const stray: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[lang^="zh"]')) continue;
    let text = node.nodeValue ?? '';
    for (const term of allowed) text = text.split(term).join('');
    if (text.match(CJK_RUN)) stray.push((node.nodeValue ?? '').trim());
  }
  // Labels that are not text nodes.
  for (const element of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
    if (element.closest('[lang^="zh"]')) continue;
    for (const attribute of ['aria-label', 'placeholder', 'title']) {
      let value = element.getAttribute(attribute) ?? '';
      for (const term of allowed) value = value.split(term).join('');
      if (value.match(CJK_RUN)) stray.push(`${attribute}: ${element.getAttribute(attribute)}`);
    }
  }
  return stray;
}

function fakePopupServices(overrides: Partial<PopupServices> = {}): PopupServices {
  return inertPopupServices({
    load: async () => ({
      settings: { ...DEFAULT_SETTINGS, locale: 'en', mutedSites: ['www.fenqile.com'] },
      progress: {},
      notices: ['progress'],
      customPlatforms: {},
      letterDrafts: {},
    }),
    openOptions: vi.fn(),
    openWelcome: vi.fn(),
    loadTabHost: async () => 'www.fenqile.com',
    download: vi.fn(),
    ...overrides,
  });
}

describe('English mode', () => {
  it('the English strings hold Chinese only as a gloss in brackets or quotes', () => {
    const untranslated = Object.entries(locales.en).filter(([, value]) => value.replace(GLOSS, '').match(CJK_RUN));
    expect(untranslated).toEqual([]);
  });

  it('the check itself: flags a Chinese UI string, passes rule content and glossed terms', () => {
    const { container } = render(
      <div>
        <p>撤回申请</p>
        <p lang="zh-CN">撤回申请</p>
        <p>post-loan management (贷后管理)</p>
        <button aria-label="收起">x</button>
      </div>,
    );
    expect(strayChinese(container)).toEqual(['撤回申请', 'aria-label: 收起']);
  });

  it.each(platformRules.map((rule) => [rule.id]))('the sidebar of %s, expanded and as the edge tab', (id) => {
    const rule = platformRules.find((candidate) => candidate.id === id)!;
    const guide = withRequestText(resolveGuide(rule, genericGuidance), new Date(2026, 10, 30));
    const expanded = render(<SidebarApp guide={guide} host={rule.hosts[0]!} t={t} />);
    expect(strayChinese(expanded.container)).toEqual([]);
    // Rule content is labelled as Chinese.
    expect(expanded.container.querySelector('[data-rule-notice]')!.textContent).toContain('in Chinese');
    expect(expanded.container.querySelector('[data-letter-language]')).not.toBeNull();
    expanded.unmount();
    const tab = render(<SidebarApp guide={guide} host={rule.hosts[0]!} t={t} initiallyCollapsed />);
    expect(strayChinese(tab.container)).toEqual([]);
    tab.unmount();
  });

  it('the generic sidebar of a lending page, and its muted notice', () => {
    const guide = withRequestText(resolveGenericGuide(genericGuidance, t('lending.brand')), new Date(2026, 10, 30));
    const { container } = render(<SidebarApp mode="generic" guide={guide} title={t('lending.brand')} host="loans.example" t={t} />);
    expect(strayChinese(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: "Don't show on this site" }));
    expect(strayChinese(container)).toEqual([]);
  });

  it('the popup: home, a platform in detail, and "my platform is not listed"', async () => {
    const { container } = render(<PopupApp services={fakePopupServices()} rules={platformRules} searchIndex={searchIndex} generic={genericGuidance} />);
    await screen.findByRole('searchbox');
    expect(await screen.findByTestId('muted-site')).toBeTruthy();
    expect(strayChinese(container)).toEqual([]);
    fireEvent.click(screen.getAllByRole('button', { name: /分期乐/ })[0]!);
    await screen.findByTestId('letter-text');
    expect(strayChinese(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    fireEvent.click(screen.getByRole('button', { name: 'My platform is not listed' }));
    fireEvent.input(screen.getByLabelText('Platform name (as the app or site shows it)'), { target: { value: 'Acme Loans' } });
    expect(screen.getByTestId('unlisted').querySelector('.rule-text-label')!.textContent).toContain('in Chinese');
    expect(strayChinese(container)).toEqual([]);
  });

  it('the saved report’s result in the popup: the verify step, the reminder, and every kind of line', async () => {
    const entity = platformRules.find((rule) => rule.id === 'fenqile')!.legalEntities[0]!.name;
    const services = fakePopupServices({
      loadTabState: async () => ({ kind: 'platform', platformId: 'fenqile' }),
      load: async () => ({
        settings: { ...DEFAULT_SETTINGS, locale: 'en' },
        progress: { fenqile: { ...newPlatformProgress(new Date('2026-07-01')), evidence: [{ id: 'e1', date: '2026-07-01', channel: 'phone', ticket: '', note: '' }] } },
        notices: [],
        customPlatforms: {},
        letterDrafts: {},
      }),
      loadSavedReports: async () => [{ reportDate: '2026-11-15', savedAt: '2026-11-15T00:00:00.000Z', records: [{ institution: entity, reason: '贷后管理', date: '2026-10-01' }] }],
    });
    const { container } = render(<PopupApp services={services} rules={platformRules} searchIndex={searchIndex} generic={genericGuidance} />);
    await waitFor(() => expect(container.querySelectorAll('[data-verdict="queried-after-request"]')).toHaveLength(2));
    expect(strayChinese(container)).toEqual([]);
    const who = '示例小额贷款有限公司';
    const checks = [
      { kind: 'no-saved-report' as const },
      { kind: 'institution-unknown' as const, reportDate: '2026-11-15' },
      {
        kind: 'compared' as const,
        reportDate: '2026-11-15',
        lines: [
          { kind: 'none-since-request' as const, who, requestDate: '2026-07-01' },
          { kind: 'report-before-request' as const, who, requestDate: '2026-12-01' },
          { kind: 'new-since-saved' as const, who, lastDate: '2026-10-01', count: 2, savedReportDate: '2026-05-01' },
          { kind: 'none-since-saved' as const, who, savedReportDate: '2026-05-01' },
        ],
        queriers: [],
      },
      { kind: 'compared' as const, reportDate: '2026-11-15', lines: [], queriers: [{ institution: who, count: 1, lastDate: '2026-10-01' }] },
      { kind: 'compared' as const, reportDate: '2026-11-15', lines: [], queriers: [] },
    ];
    for (const check of checks) {
      const view = render(<SavedReportCheck check={check} fundersQuery t={t} />);
      expect(strayChinese(view.container)).toEqual([]);
      view.unmount();
    }
  });

  it('the welcome page and the options panels', () => {
    const welcome = render(<WelcomePage t={t} />);
    expect(strayChinese(welcome.container)).toEqual([]);
    welcome.unmount();
    const options = render(
      <div>
        <SettingsPanel
          settings={{ ...DEFAULT_SETTINGS, locale: 'en', mutedSites: ['www.fenqile.com'] }}
          allSitesActive={false}
          allSitesDenied={false}
          t={t}
          onToggleAllSites={() => undefined}
          onChange={() => undefined}
        />
        <RulesCoverage rules={platformRules} t={t} />
      </div>,
    );
    expect(strayChinese(options.container)).toEqual([]);
  });
});

/** `decide`: what the sidebar shows, from the background's answer, the letter and the user's choices. */
import { describe, expect, it } from 'vitest';
import zhSidebar from '../../locales/zh-CN/sidebar.json';
import { decide, type DecideInputs, type PageKnowledge } from '../../page/decide';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { analyzeLetter } from '../../rules/letter-analysis';
import { resolveGenericGuide, resolveGuide } from '../../rules/resolve-guide';

const fenqile = platformRules.find((rule) => rule.id === 'fenqile')!;
const prefs = {
  locale: 'zh-CN' as const,
  muted: false,
  collapsed: false,
  rememberedCollapsed: undefined,
  sidebarDefault: 'auto' as const,
  edge: 'right' as const,
  owesMoney: 'unknown' as const,
};
const platform: PageKnowledge = {
  source: 'platform',
  reply: { platformId: 'fenqile', guide: resolveGuide(fenqile, genericGuidance), locale: 'zh-CN', strings: zhSidebar },
};
const classified = (reply: Partial<Extract<PageKnowledge, { source: 'classifier' }>['reply']>): PageKnowledge => ({
  source: 'classifier',
  reply: {
    kind: 'lending',
    platformId: null,
    imitated: null,
    lures: [],
    reportChannels: {},
    guide: resolveGenericGuide(genericGuidance, zhSidebar['lending.brand']),
    locale: 'zh-CN',
    strings: zhSidebar,
    ...reply,
  } as Extract<PageKnowledge, { source: 'classifier' }>['reply'],
});
const inputs = (overrides: Partial<DecideInputs>): DecideInputs => ({
  knowledge: platform,
  letter: null,
  prefs,
  forceShow: false,
  host: 'www.fenqile.com',
  path: '/',
  title: '分期乐',
  ...overrides,
});
const lure = { id: 'no-credit-check', label: '不看征信', explanation: '…', report: ['12363'], excerpt: '不看征信' };

describe('decide', () => {
  it('shows nothing where the background knows nothing', () => {
    expect(decide(inputs({ knowledge: null }))).toBeNull();
  });

  it("shows a platform's guide with the contract attributes", () => {
    const state = decide(inputs({}))!;
    expect(state.attributes).toEqual({ kind: 'platform', platform: 'fenqile', letter: null });
    expect(state.mode).toBe('platform');
    expect(state.title).toBe(fenqile.brand);
    expect(state.guide?.rule.id).toBe('fenqile');
    expect(state.visible).toBe(true);
  });

  it("carries the letter's verdict and shows it as a finding", () => {
    const letter = { ...analyzeLetter('个人征信查询授权书\n本人授权贵司在贷后管理中查询本人征信，直至全部债务结清之日止。'), inModal: false };
    const state = decide(inputs({ letter }))!;
    expect(state.attributes.letter).toBe('continuous');
    expect(state.findings?.letter?.verdict).toBe('continuous');
  });

  it('names the imitated brand of a look-alike, gives it no guide, and opens it even on a muted site', () => {
    const state = decide(
      inputs({
        knowledge: classified({ kind: 'lookalike', platformId: 'fenqile', imitated: { brand: '分期乐', officialHosts: ['fenqile.com'] }, guide: null }),
        host: 'fenqile-vip.example.com',
        prefs: { ...prefs, muted: true, collapsed: true },
      }),
    )!;
    expect(state.attributes).toEqual({ kind: 'lookalike', platform: 'fenqile', letter: null });
    expect(state.mode).toBe('warning');
    expect(state.guide).toBeNull();
    expect(state.findings?.lookalike).toEqual({ brand: '分期乐', host: 'fenqile-vip.example.com', officialHosts: ['fenqile.com'] });
    expect(state.visible).toBe(true);
    expect(state.startCollapsed).toBe(false);
  });

  it('a lure page is a warning with its lures; a lending page gets the generic guide', () => {
    const predatory = decide(inputs({ knowledge: classified({ kind: 'predatory', lures: [lure], guide: null }), host: 'x.example' }))!;
    expect(predatory.attributes).toEqual({ kind: 'predatory', platform: null, letter: null });
    expect(predatory.findings?.lures).toHaveLength(1);
    const lending = decide(inputs({ knowledge: classified({}), host: 'x.example' }))!;
    expect(lending.mode).toBe('generic');
    expect(lending.title).toBe(zhSidebar['lending.brand']);
    expect(lending.findings).toBeNull();
  });

  it('hides on a muted site unless the popup asks, and starts as the user left it', () => {
    expect(decide(inputs({ prefs: { ...prefs, muted: true } }))!.visible).toBe(false);
    expect(decide(inputs({ prefs: { ...prefs, muted: true }, forceShow: true }))!.visible).toBe(true);
    expect(decide(inputs({ prefs: { ...prefs, rememberedCollapsed: true }, path: '/user/center' }))!.startCollapsed).toBe(true);
    expect(decide(inputs({ prefs: { ...prefs, rememberedCollapsed: false } }))!.startCollapsed).toBe(false);
  });

  it('with no choice on the site: the edge tab on a home page, expanded on a flow page, the tab below 600 px, at the chosen edge', () => {
    expect(decide(inputs({}))!.startCollapsed).toBe(true);
    expect(decide(inputs({ path: '/account/settings' }))!.startCollapsed).toBe(false);
    expect(decide(inputs({ headings: ['授权管理'] }))!.startCollapsed).toBe(false);
    expect(decide(inputs({ path: '/account/settings', viewportWidth: 360 }))!.startCollapsed).toBe(true);
    expect(decide(inputs({ prefs: { ...prefs, edge: 'left' } }))!.edge).toBe('left');
  });

  it('follows the step the page shows', () => {
    const steps = platform.reply.guide.selfService.steps;
    const last = steps.length - 1;
    const title = `${steps[last]!.label} - 分期乐`;
    expect(decide(inputs({ title }))!.currentStep).toBe(last);
    expect(decide(inputs({ title: '首页' }))!.currentStep).toBe(-1);
  });
});

describe('shell strings', () => {
  it('are the locale files\' own texts (only these two ship in the page script)', async () => {
    const { SHELL_STRINGS } = await import('../../page/shell-strings');
    const en = (await import('../../locales/en/sidebar.json')).default;
    for (const [locale, strings] of [['zh-CN', zhSidebar], ['en', en]] as const) {
      expect(SHELL_STRINGS[locale]).toEqual({ 'sidebar.expand': strings['sidebar.expand'], 'sidebar.tab': strings['sidebar.tab'] });
    }
  });
});

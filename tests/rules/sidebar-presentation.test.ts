import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decidePresentation, isWithdrawalFlowPage, pageHeadings, type PresentationInputs } from '../../rules/sidebar-presentation';

const base: PresentationInputs = {
  warning: false,
  path: '/',
  title: '分期乐 - 分期生活 轻松一点',
  headings: ['最高可借20万'],
  viewportWidth: 1280,
  rememberedCollapsed: undefined,
  sidebarDefault: 'auto',
  edge: 'right',
};
const decide = (changes: Partial<PresentationInputs>) => decidePresentation({ ...base, ...changes });

describe('isWithdrawalFlowPage', () => {
  it.each([
    ['/user/center', '', []],
    ['/m/settings.html', '', []],
    ['/#/privacy', '', []],
    ['/help-center/faq', '', []],
    ['/kefu', '', []],
    ['/', '个人中心 - 示例', []],
    ['/', '', ['授权管理']],
    ['/', '', ['借款协议']],
    ['/', '联系我们', []],
  ] as const)('%s, title %j, headings %j: a flow page', (path, title, headings) => {
    expect(isWithdrawalFlowPage(path, title, headings)).toBe(true);
  });

  it.each([
    ['/', '分期乐 - 分期生活 轻松一点', ['最高可借20万']],
    ['/username/loans', '', []],
    ['/helpful-deals', '', []],
    ['/products/myth', '借钱', []],
    // An advertorial headline that mentions help is not a help page.
    ['/', '', ['这是一条非常长的广告标题，它只是顺带提到了帮助，但这里是产品页面，真正的内容是借款额度、利率和各种活动，并不是帮助中心，也不是设置页面']],
  ] as const)('%s, title %j: not a flow page', (path, title, headings) => {
    expect(isWithdrawalFlowPage(path, title, headings)).toBe(false);
  });
});

describe('decidePresentation', () => {
  it('a home page starts as the edge tab; a settings page expanded', () => {
    expect(decide({})).toEqual({ initial: 'tab', edge: 'right', reason: 'elsewhere' });
    expect(decide({ path: '/account/settings' })).toEqual({ initial: 'expanded', edge: 'right', reason: 'flow-page' });
  });

  it('a warning opens expanded everywhere, even narrow and even where the user collapsed it', () => {
    expect(decide({ warning: true, viewportWidth: 360, rememberedCollapsed: true, sidebarDefault: 'collapsed' })).toMatchObject({
      initial: 'expanded',
      reason: 'warning',
    });
  });

  it('below 600 px it starts collapsed, flow page or not; at 600 px the rules apply', () => {
    expect(decide({ viewportWidth: 360, path: '/user/center' })).toMatchObject({ initial: 'tab', reason: 'narrow' });
    expect(decide({ viewportWidth: 599, rememberedCollapsed: false })).toMatchObject({ initial: 'tab', reason: 'narrow' });
    expect(decide({ viewportWidth: 600, path: '/user/center' })).toMatchObject({ initial: 'expanded', reason: 'flow-page' });
  });

  it("the user's choice on the site wins over the page", () => {
    expect(decide({ rememberedCollapsed: false })).toMatchObject({ initial: 'expanded', reason: 'remembered' });
    expect(decide({ rememberedCollapsed: true, path: '/settings' })).toMatchObject({ initial: 'tab', reason: 'remembered' });
  });

  it('the older settings keep their meaning: always expanded, always collapsed', () => {
    expect(decide({ sidebarDefault: 'expanded' })).toMatchObject({ initial: 'expanded', reason: 'setting' });
    expect(decide({ sidebarDefault: 'collapsed', path: '/settings' })).toMatchObject({ initial: 'tab', reason: 'setting' });
  });

  it('keeps the edge the user chose', () => {
    expect(decide({ edge: 'left' }).edge).toBe('left');
    expect(decide({ edge: 'left', warning: true }).edge).toBe('left');
  });

  it('always decides, whatever the page (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.string(), { maxLength: 4 }), fc.integer({ min: 0, max: 4000 }), (path, title, headings, width) => {
        const result = decide({ path, title, headings, viewportWidth: width });
        expect(['expanded', 'tab']).toContain(result.initial);
        if (width > 0 && width < 600) expect(result.initial).toBe('tab');
      }),
    );
  });
});

describe('pageHeadings', () => {
  it('reads the first h1/h2 texts, bounded', () => {
    document.body.innerHTML = '<h1> 设置 </h1><h3>不算</h3><h2></h2><h2>隐私</h2><h2>a</h2><h2>b</h2><h2>c</h2>';
    expect(pageHeadings(document)).toEqual(['设置', '隐私', 'a', 'b']);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currentStepIndex, findStepTarget } from '../../rules/find-step-target';
import { genericGuidance } from '../../rules/bundled-rules';

const [mine, settings, authorization] = genericGuidance.selfService.steps as [
  (typeof genericGuidance.selfService.steps)[number],
  (typeof genericGuidance.selfService.steps)[number],
  (typeof genericGuidance.selfService.steps)[number],
];

// happy-dom does no layout: give every element a box so visibility checks can pass.
beforeEach(() => {
  document.body.innerHTML = '';
  HTMLElement.prototype.getBoundingClientRect = function () {
    return { x: 0, y: 0, top: 0, left: 0, right: 80, bottom: 20, width: 80, height: 20, toJSON() {} } as DOMRect;
  };
});

describe('findStepTarget', () => {
  it('finds a link by its text, a synonym, an aria-label or a title', () => {
    document.body.innerHTML = `
      <p>请在个人中心查看更多信息，这是一段很长的说明文字，不应该被当作入口。</p>
      <nav><a href="/home">首页</a><a href="/uc" id="uc">个人中心</a></nav>
      <button id="gear" aria-label="设置"><svg></svg></button>
      <div role="tab" id="auth" title="授权与隐私">⚙</div>`;
    expect(findStepTarget(document, mine)?.id).toBe('uc');
    expect(findStepTarget(document, settings)?.id).toBe('gear');
    expect(findStepTarget(document, authorization)?.id).toBe('auth');
  });

  it('prefers an exact wording over one that merely contains it', () => {
    document.body.innerHTML = `<a href="/a" id="partial">我的优惠券</a><a href="/b" id="exact">我的</a>`;
    expect(findStepTarget(document, mine)?.id).toBe('exact');
  });

  it('skips hidden elements, paragraphs and what the caller excludes', () => {
    document.body.innerHTML = `
      <a href="/x" hidden>设置</a>
      <a href="/y" style="display:none">设置</a>
      <div aria-hidden="true"><a href="/z">设置</a></div>
      <a href="/ours" id="ours">设置</a>
      <span>设置</span>`;
    expect(findStepTarget(document, settings, (element) => element.id === 'ours')).toBeNull();
  });

  it('returns null when nothing matches, and never throws on random markup (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        document.body.textContent = '';
        const link = document.createElement('a');
        link.href = '#';
        link.textContent = text;
        document.body.append(link);
        const found = findStepTarget(document, settings);
        const normalized = text.normalize('NFKC').replace(/\s+/g, '');
        if (found) expect(normalized.length <= 24 && [settings.label, ...settings.synonyms].some((w) => normalized.includes(w))).toBe(true);
      }),
    );
  });
});

describe('currentStepIndex', () => {
  const steps = genericGuidance.selfService.steps;
  it.each([
    ['/user/center', '分期乐', 0],
    ['/account/settings', '', 1],
    ['/m/settings/privacy', '', 2],
    ['/', '账户设置 - 示例', 1],
    ['/', '授权管理', 2],
    ['/help-center', '帮助中心', -1],
    ['/', '首页', -1],
  ])('%s with title %j is step %i', (path, title, index) => {
    expect(currentStepIndex(steps, path, title)).toBe(index);
  });
});

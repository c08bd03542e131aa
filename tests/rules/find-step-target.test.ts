import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currentStepIndex, findStepTarget, stepWordings } from '../../rules/find-step-target';
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

/** A fixture page's body, scripts dropped (happy-dom would run them; the handlers are beside the point). */
function loadFixture(name: string): void {
  const html = readFileSync(resolve('tests/fixtures/pages', name), 'utf8');
  const head = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!.replace(/<script>[\s\S]*?<\/script>/g, '');
  document.head.innerHTML = `<style>${head}</style>`;
  document.body.innerHTML = body;
}

describe('findStepTarget on H5 pages', () => {
  it('ranks the credit-report wording first for an authorization step, then the step\'s own', () => {
    const wordings = stepWordings(authorization);
    expect(wordings[0]).toBe('征信授权');
    expect(wordings.indexOf('授权管理')).toBeLessThan(wordings.indexOf('隐私设置'));
    expect(stepWordings(mine)).not.toContain('征信授权');
  });

  it('rows as links: 征信授权管理, not 隐私设置 or the third-party 授权管理 above it', () => {
    loadFixture('h5-settings-links.html');
    expect(findStepTarget(document, authorization)?.id).toBe('credit-auth');
    document.getElementById('credit-auth')!.remove();
    expect(findStepTarget(document, authorization)?.id).toBe('third-party');
    document.getElementById('third-party')!.remove();
    expect(findStepTarget(document, authorization)?.id).toBe('privacy');
  });

  it('rows as links: the bottom navigation\'s 我的, not 我的协议; never the tip paragraph', () => {
    loadFixture('h5-settings-links.html');
    expect(findStepTarget(document, mine)?.id).toBe('tab-mine');
    for (const id of ['credit-auth', 'third-party', 'privacy']) document.getElementById(id)!.remove();
    const found = findStepTarget(document, authorization);
    expect(found?.tagName).not.toBe('P');
    expect(found).toBeNull();
  });

  it('clickable divs: the whole 征信授权管理 cell, not its title span, the group title or the notice', () => {
    loadFixture('h5-settings-divs.html');
    const found = findStepTarget(document, authorization);
    expect(found?.getAttribute('data-row')).toBe('credit-auth');
    expect(found?.classList.contains('van-cell')).toBe(true);
  });

  it('clickable divs: the tab bar item 我的, and falls back to the next wording when the cell is gone', () => {
    loadFixture('h5-settings-divs.html');
    expect(findStepTarget(document, mine)?.getAttribute('data-tab')).toBe('mine');
    document.querySelector('[data-row="credit-auth"]')!.remove();
    expect(findStepTarget(document, authorization)?.getAttribute('data-row')).toBe('privacy');
  });

  it('a cursor:pointer run outlines its outermost element; a plain div with the word is not a target', () => {
    document.body.innerHTML = `
      <section><div id="row" style="cursor:pointer"><span><b>授权管理</b></span><i>›</i></div></section>
      <section><div id="plain"><span>设置</span></div></section>`;
    expect(findStepTarget(document, authorization)?.id).toBe('row');
    expect(findStepTarget(document, settings)).toBeNull();
  });

  it('an ARIA tab or list item and an element with onclick count; a heading does not', () => {
    document.body.innerHTML = `
      <h2>征信授权</h2>
      <div role="tablist"><div role="tab" id="tab">授权管理</div></div>
      <div onclick="void 0" id="clicky">设置</div>`;
    expect(findStepTarget(document, authorization)?.id).toBe('tab');
    expect(findStepTarget(document, settings)?.id).toBe('clicky');
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

/** Component tests of the page findings: look-alike, lures (channels listed once), the letter. */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { PageFindings, type PageFindingsData } from '../../components/PageFindings';
import { analyzeLetter } from '../../rules/letter-analysis';
import { createTranslator } from '../../utils/i18n';

const t = createTranslator('zh-CN');
const base: PageFindingsData = { lookalike: null, lures: [], reportChannels: { a: '渠道甲', b: '渠道乙' }, letter: null };

describe('PageFindings', () => {
  it('names the imitated brand and its official hosts', () => {
    const { container } = render(
      <PageFindings t={t} findings={{ ...base, lookalike: { brand: '分期乐', host: 'www.fenqi1e.com', officialHosts: ['fenqile.com'] } }} />,
    );
    const warning = container.querySelector('[data-warning="lookalike"]')!;
    expect(warning.textContent).toContain('这不是“分期乐”的官方网站');
    expect(warning.textContent).toContain('www.fenqi1e.com');
    expect(warning.querySelector('strong')!.textContent).toBe('fenqile.com');
  });

  it('lists each lure with its explanation, and shared report channels once', () => {
    const lures = [
      { id: 'x', label: '不看征信', explanation: '解释一', report: ['a', 'b'], excerpt: '不看征信' },
      { id: 'y', label: '只需身份证', explanation: '解释二', report: ['b'], excerpt: '<b>只需身份证</b>' },
    ];
    const { container } = render(<PageFindings t={t} findings={{ ...base, lures }} />);
    expect([...container.querySelectorAll('[data-lure] h3')].map((h) => h.textContent)).toEqual(['不看征信', '只需身份证']);
    expect([...container.querySelectorAll('[data-reports] li')].map((li) => li.textContent)).toEqual(['渠道甲', '渠道乙']);
    expect(container.querySelector('b')).toBeNull(); // page text stays text
    expect(container.textContent).toContain('<b>只需身份证</b>');
  });

  it('quotes the letter clauses the verdict rests on and says what it means later', () => {
    const letter = {
      verdict: 'continuous' as const,
      reason: '理由',
      deciding: [{ id: 'post-loan', aspect: 'purpose' as const, signal: 'continuous' as const, negated: false, quote: '用于贷后管理', meaning: '含义' }],
      clauses: [],
      notes: [],
      title: '个人征信查询授权书',
      cut: null,
      inModal: false,
    };
    const { container } = render(<PageFindings t={t} findings={{ ...base, letter }} />);
    expect(container.querySelector('[data-letter-verdict="continuous"]')!.textContent).toContain('持续性授权');
    expect(container.querySelector('blockquote')!.textContent).toBe('“用于贷后管理”');
    expect(container.textContent).toContain('先结清');
  });

  it('says what 不可撤销 and 贷后管理 mean for withdrawing, quoting the letter', () => {
    const analysis = analyzeLetter('本人不可撤销地授权贵公司在审核借款申请及贷后管理时查询本人的信用报告。');
    const { container } = render(<PageFindings t={t} findings={{ ...base, letter: { ...analysis, inModal: false } }} />);
    const irrevocable = container.querySelector('[data-letter-note="irrevocable"]')!;
    expect(irrevocable.querySelector('blockquote')!.textContent).toContain('不可撤销');
    expect(irrevocable.textContent).toContain('第十五条');
    const postLoan = container.querySelector('[data-letter-note="post-loan"]')!;
    expect(postLoan.textContent).toContain('第十二条');
    expect(postLoan.textContent).toContain('注销额度或销户');
  });

  it('shows no notes for a letter without 不可撤销 or 贷后管理', () => {
    const analysis = analyzeLetter('本人授权贵公司查询本人的信用报告，仅用于本次借款申请的审核。');
    const { container } = render(<PageFindings t={t} findings={{ ...base, letter: { ...analysis, inModal: false } }} />);
    expect(container.querySelector('[data-letter-verdict="one-time"]')).not.toBeNull();
    expect(container.querySelector('[data-letter-note]')).toBeNull();
  });
});

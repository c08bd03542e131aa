/**
 * The popup's letter check: a verdict quotes its deciding clauses (and what 不可撤销 / 贷后管理
 * mean); text that is not a letter is told so; text over the length limit is told where it was
 * cut; clearing or changing the text clears the result.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { LetterCheck } from '../../components/LetterCheck';
import { MAX_LETTER_CHARS } from '../../rules/letter-analysis';
import { createTranslator } from '../../utils/i18n';

const t = createTranslator('zh-CN');
const LETTER = '个人征信查询授权书\n本人不可撤销地授权贵公司在审核借款申请及对已发放借款进行贷后管理时，查询本人的信用报告。本授权至本人全部借款结清之日止。';

function setup() {
  const view = render(<LetterCheck t={t} />);
  const box = view.container.querySelector('textarea')!;
  const type = (value: string) => fireEvent.input(box, { target: { value } });
  const analyze = () => fireEvent.click(screen.getByRole('button', { name: '分析' }));
  return { ...view, box, type, analyze };
}

describe('LetterCheck', () => {
  it('shows the verdict with its deciding clauses quoted from the text, and the notes', () => {
    const { container, type, analyze } = setup();
    type(LETTER);
    analyze();
    const result = container.querySelector('[data-letter-verdict]')!;
    expect(result.getAttribute('data-letter-verdict')).toBe('continuous');
    const quotes = [...result.querySelectorAll('.clauses q')].map((q) => q.textContent!);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(LETTER.normalize('NFKC').replace(/\s+/g, '')).toContain(quote.replace(/\s+/g, ''));
    expect(result.querySelector('[data-letter-note="irrevocable"]')!.textContent).toContain('个人信息保护法第十五条');
    expect(result.querySelector('[data-letter-note="post-loan"]')).not.toBeNull();
  });

  it('says when the text is not an authorization letter', () => {
    const { container, type, analyze } = setup();
    type('本店所有手机均支持分期付款，三期免息，欢迎到店选购。');
    analyze();
    expect(container.querySelector('[data-letter-verdict="not-a-letter"]')!.textContent).toContain('不是征信查询授权书');
    expect(container.querySelector('.letter-result')).toBeNull();
  });

  it('says that an over-long text was cut, and where', () => {
    const { container, type, analyze } = setup();
    const filler = '本条为其他约定内容，与查询无关。'.repeat(Math.ceil(MAX_LETTER_CHARS / 16));
    const text = `${LETTER}\n${filler}`.slice(0, MAX_LETTER_CHARS - 10) + '截断位置在这里之后还有结清条款';
    type(text);
    analyze();
    const notice = container.querySelector('[data-letter-cut]')!;
    expect(notice.getAttribute('data-letter-cut')).toBe(String(MAX_LETTER_CHARS));
    expect(notice.textContent).toContain(String(MAX_LETTER_CHARS));
    expect(notice.textContent).toContain(text.slice(MAX_LETTER_CHARS - 16, MAX_LETTER_CHARS).trim());
    expect(container.querySelector('[data-letter-verdict="continuous"]')).not.toBeNull();
  });

  it('says nothing about a cut for a text within the limit', () => {
    const { container, type, analyze } = setup();
    type(LETTER);
    analyze();
    expect(container.querySelector('[data-letter-cut]')).toBeNull();
  });

  it('clearing the box clears the result; so does changing the text', () => {
    const { container, box, type, analyze } = setup();
    type(LETTER);
    analyze();
    expect(container.querySelector('[data-letter-verdict]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '清空' }));
    expect(box.value).toBe('');
    expect(container.querySelector('[data-letter-verdict]')).toBeNull();
    type(LETTER);
    analyze();
    type(`${LETTER}。`);
    expect(container.querySelector('[data-letter-verdict]')).toBeNull();
  });
});

/**
 * The credit-report reader component (happy-dom): the contract's attributes after input,
 * the explanation for text without records, a PDF that fails, and "save" handing over the
 * derived records only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { ReportReader, type ReportReaderProps } from '../../components/ReportReader';
import { buildInstitutionIndex } from '../../rules/institution-directory';
import { platformRules } from '../../rules/bundled-rules';
import { createTranslator } from '../../utils/i18n';

const text = readFileSync(join(process.cwd(), 'tests/fixtures/credit-reports/second-gen-detailed.txt'), 'utf8');

function setup(overrides: Partial<ReportReaderProps> = {}) {
  const props: ReportReaderProps = {
    t: createTranslator('zh-CN'),
    index: buildInstitutionIndex([], platformRules),
    rules: platformRules,
    requests: [],
    savedReports: [],
    myPlatformIds: new Set(),
    myInstitutions: new Map(),
    now: () => new Date(2026, 10, 15),
    debounceMs: 0,
    readPdf: vi.fn(async () => ''),
    onSave: vi.fn(async () => true),
    onAddPlatform: vi.fn(async () => true),
    onAddInstitution: vi.fn(async () => 'custom-abcdefghij'),
    onCopy: vi.fn(async () => undefined),
    ...overrides,
  };
  const view = render(<ReportReader {...props} />);
  const input = view.container.querySelector('[data-contract="report-input"]') as HTMLTextAreaElement;
  const status = () => view.container.querySelector('[data-contract="report-status"]')!.getAttribute('data-state');
  return { ...view, props, input, status };
}

describe('ReportReader', () => {
  it('analyses on input: one post-loan-querier per institution with the contract attributes', async () => {
    const { container, input, status } = setup();
    expect(status()).toBe('idle');
    fireEvent.input(input, { target: { value: text } });
    await waitFor(() => expect(status()).toBe('done'));
    const queriers = [...container.querySelectorAll('[data-contract="post-loan-querier"]')].map((el) => [
      el.getAttribute('data-institution'),
      el.getAttribute('data-count'),
      el.getAttribute('data-last-date'),
      el.getAttribute('data-platform'),
    ]);
    expect(queriers).toEqual([
      ['重庆度小满小额贷款有限公司', '3', '2026-10-28', 'duxiaoman'],
      ['招联消费金融股份有限公司', '1', '2026-10-02', 'mucfc'],
      ['马上消费金融股份有限公司', '1', '2026-08-20', 'msxf'],
    ]);
    expect([...container.querySelectorAll('[data-contract="other-reason"]')].map((el) => el.getAttribute('data-reason'))).toEqual(['信用卡审批', '担保资格审查', '贷款审批']);
    expect(container.querySelector('[data-contract="report-empty"]')).toBeNull();
  });

  it('text without records says why, on a click of analyze', () => {
    const { container, input, status } = setup({ debounceMs: 60_000 });
    fireEvent.input(input, { target: { value: '购物清单：苹果 3 个' } });
    fireEvent.click(container.querySelector('[data-contract="report-analyze"]')!);
    expect(status()).toBe('done');
    const empty = container.querySelector('[data-contract="report-empty"]')!;
    expect(empty.getAttribute('data-reason')).toBe('no-dates');
    expect(empty.textContent).toContain('查询日期');
  });

  it('a PDF that cannot be read is explained, not thrown', async () => {
    const { container, status } = setup({ readPdf: vi.fn(async () => Promise.reject(new Error('bad pdf'))) });
    const file = new File(['%PDF-broken'], 'r.pdf', { type: 'application/pdf' });
    fireEvent.change(container.querySelector('[data-contract="report-file"]')!, { target: { files: [file] } });
    await waitFor(() => expect(status()).toBe('done'));
    expect(container.querySelector('[data-contract="report-empty"]')!.getAttribute('data-reason')).toBe('pdf-failed');
  });

  it('save hands over institution, reason and date only, with the report date', async () => {
    const { container, input, props, getByTestId } = setup();
    fireEvent.input(input, { target: { value: text } });
    await waitFor(() => expect(container.querySelector('[data-contract="post-loan-querier"]')).not.toBeNull());
    fireEvent.click(getByTestId('report-save'));
    await waitFor(() => expect(props.onSave).toHaveBeenCalledTimes(1));
    const [reportDate, records] = (props.onSave as ReturnType<typeof vi.fn>).mock.calls[0]!;
    expect(reportDate).toBe('2026-11-15');
    expect(records).toHaveLength(8);
    for (const record of records) expect(Object.keys(record).sort()).toEqual(['date', 'institution', 'reason']);
    expect(JSON.stringify(records)).not.toContain('测试人');
  });

  describe('"add to my platforms" for an institution no rule covers', () => {
    const unlisted = ['编号  查询日期  查询机构  查询原因', '1  2026年10月01日  某某市某某 小额贷款有限公司  贷后管理', '2  2026年10月02日  重庆度小满小额贷款有限公司  贷后管理'].join('\n');
    const card = (container: Element, name: string) => container.querySelector(`[data-contract="post-loan-querier"][data-institution="${name}"]`)!;

    it('offers a generic entry under the legal name, sends that name, and then shows it as added', async () => {
      const { container, input, props } = setup();
      fireEvent.input(input, { target: { value: unlisted } });
      await waitFor(() => expect(container.querySelectorAll('[data-contract="post-loan-querier"]')).toHaveLength(2));
      const own = card(container, '某某市某某小额贷款有限公司');
      expect(own.hasAttribute('data-platform')).toBe(false);
      // The institution of a rule keeps its platform's button and gets no generic one.
      expect(card(container, '重庆度小满小额贷款有限公司').querySelector('[data-testid="add-institution"]')).toBeNull();
      const button = own.querySelector<HTMLButtonElement>('[data-testid="add-institution"]')!;
      expect(button.disabled).toBe(false);
      fireEvent.click(button);
      await waitFor(() => expect(props.onAddInstitution).toHaveBeenCalledWith('某某市某某小额贷款有限公司'));
      await waitFor(() => expect(button.disabled).toBe(true));
      expect(button.textContent).toBe('已加入“我的平台”');
      // The request text is addressed to that legal entity.
      expect(own.querySelector('pre.letter')!.textContent).toMatch(/^致某某市某某小额贷款有限公司：/);
    });

    it('a refused request leaves the button as it was', async () => {
      const { container, input, props } = setup({ onAddInstitution: vi.fn(async () => null) });
      fireEvent.input(input, { target: { value: unlisted } });
      await waitFor(() => expect(container.querySelector('[data-testid="add-institution"]')).not.toBeNull());
      fireEvent.click(container.querySelector('[data-testid="add-institution"]')!);
      await waitFor(() => expect(props.onAddInstitution).toHaveBeenCalledTimes(1));
      await Promise.resolve();
      expect(container.querySelector<HTMLButtonElement>('[data-testid="add-institution"]')!.disabled).toBe(false);
    });

    it('an entry already kept is shown as added, and its logged request verifies it', async () => {
      const { container, input } = setup({
        myInstitutions: new Map([['某某市某某小额贷款有限公司', 'custom-abcdefghij']]),
        requests: [{ platformId: 'custom-abcdefghij', brand: '某某市某某小额贷款有限公司', date: '2026-09-01' }],
      });
      fireEvent.input(input, { target: { value: unlisted } });
      await waitFor(() => expect(container.querySelector('[data-testid="add-institution"]')).not.toBeNull());
      expect(container.querySelector<HTMLButtonElement>('[data-testid="add-institution"]')!.disabled).toBe(true);
      expect([...container.querySelectorAll('[data-verdict]')].map((line) => line.getAttribute('data-verdict'))).toEqual(['queried-after-request']);
    });
  });
});

/** The one line in the sidebar and in the popup that says what the computed confidence means. */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { PlatformDetail } from '../../components/PlatformDetail';
import { SidebarApp } from '../../components/SidebarApp';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { resolveGuide } from '../../rules/resolve-guide';
import { withRequestText } from '../../rules/guide-request-text';
import { ruleConfidence } from '../../rules/rule-confidence';
import type { PlatformRule } from '../../rules/schema';
import { createTranslator } from '../../utils/i18n';

const t = createTranslator('zh-CN');
const OWN = 'https://lender.example.cn/privacy.html';

/** A rule whose every shown fact rests on the lender's own document. */
function highRule(): PlatformRule {
  const base = platformRules[0]!;
  return {
    ...base,
    legalEntities: [{ name: '某某消费金融股份有限公司', role: 'lender', source: OWN }],
    customerService: [{ kind: 'phone', number: '95555', source: OWN }],
    selfService: { status: 'unknown' },
    provenance: { checked: '2026-11-30', sources: [{ url: OWN, title: '隐私政策', kind: 'own-document', supports: '放款机构与客服电话', checked: '2026-11-30' }] },
  };
}

function lowRule(): PlatformRule {
  return { ...highRule(), legalEntities: [{ name: '某某小额贷款有限公司', role: 'lender' }], customerService: [] };
}

describe('confidence line', () => {
  it('the sidebar states the computed confidence and what it means', () => {
    for (const [rule, level, word] of [
      [highRule(), 'high', '高'],
      [lowRule(), 'low', '低'],
    ] as const) {
      expect(ruleConfidence(rule)).toBe(level);
      const view = render(<SidebarApp guide={withRequestText(resolveGuide(rule, genericGuidance), new Date(2026, 10, 30))} host="www.example.cn" t={t} today={new Date(2026, 10, 30)} />);
      const line = view.container.querySelector('[data-confidence]')!;
      expect(line.getAttribute('data-confidence')).toBe(level);
      expect(line.textContent).toBe(t(`confidenceNote.${level}`));
      expect(view.container.textContent).toContain(`可信度：${word}`);
      view.unmount();
    }
  });

  it('the popup’s platform view says the same, and why unconfirmed items are marked', () => {
    const view = render(
      <PlatformDetail
        rule={lowRule()}
        progress={undefined}
        recheckDays={30}
        now={() => new Date('2026-11-30T09:00:00Z')}
        t={t}
        onChange={() => undefined}
        onScheduleRecheck={() => undefined}
        onCancelRecheck={() => undefined}
        onCopy={async () => undefined}
      />,
    );
    const line = view.container.querySelector('[data-confidence]')!;
    expect(line.getAttribute('data-confidence')).toBe('low');
    expect(line.textContent).toContain('低');
    expect(line.textContent).toContain('未经核实');
  });

  it('a rule that names no company says so in the sidebar and the popup, instead of an empty list', () => {
    const rule = { ...lowRule(), legalEntities: [] };
    const sidebar = render(<SidebarApp guide={withRequestText(resolveGuide(rule, genericGuidance), new Date(2026, 10, 30))} host="www.example.cn" t={t} today={new Date(2026, 10, 30)} />);
    expect(sidebar.container.querySelector('[data-section="entities"] [data-entities="unknown"]')!.textContent).toBe(t('confidenceNote.entitiesUnknown'));
    sidebar.unmount();
    const popup = render(
      <PlatformDetail rule={rule} progress={undefined} recheckDays={30} now={() => new Date('2026-11-30T09:00:00Z')} t={t}
        onChange={() => undefined} onScheduleRecheck={() => undefined} onCancelRecheck={() => undefined} onCopy={async () => undefined} />,
    );
    expect(popup.container.textContent).toContain(t('confidenceNote.entitiesUnknown'));
  });

  it('a company whose name rests on no usable source is marked unconfirmed in the sidebar, one that does is not', () => {
    const rule = { ...highRule(), legalEntities: [{ name: '某某消费金融股份有限公司', role: 'lender' as const, source: OWN }, { name: '某某网络科技有限公司', role: 'operator' as const }] };
    const view = render(<SidebarApp guide={withRequestText(resolveGuide(rule, genericGuidance), new Date(2026, 10, 30))} host="www.example.cn" t={t} today={new Date(2026, 10, 30)} />);
    const items = [...view.container.querySelectorAll('[data-section="entities"] li')];
    expect(items[0]!.textContent).not.toContain(t('badge.unconfirmed'));
    expect(items[1]!.textContent).toContain(t('badge.unconfirmed'));
  });
});


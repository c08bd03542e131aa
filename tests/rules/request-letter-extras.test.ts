import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addLetterExtras, parseIsoDate } from '../../rules/request-letter-extras';
import { cleanPlatformName, customPlatformRule, newCustomPlatformId } from '../../rules/custom-platform';
import { checklistFor } from '../../rules/checklist';
import { composePhoneScript, composeRequestLetter } from '../../rules/request-letter';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { customPlatformIdSchema } from '../../utils/user-data';

const rule = platformRules.find((candidate) => candidate.id === 'fenqile')!;

describe('addLetterExtras', () => {
  it('puts the answer date and the reply contact before the signature', () => {
    const letter = composeRequestLetter(rule, new Date(2026, 11, 1), { name: '张三' });
    const withExtras = addLetterExtras(letter, { answerBy: '2026-12-15', replyContact: ' zhang@example.com ' });
    const lines = withExtras.split('\n');
    const signature = lines.findIndex((line) => line.startsWith('申请人'));
    expect(lines.slice(0, signature)).toContain('请于2026年12月15日前答复本申请。');
    expect(lines.slice(0, signature)).toContain('答复请发送至：zhang@example.com');
    expect(withExtras.startsWith(letter.split('\n申请人')[0]!)).toBe(true);
  });

  it('adds nothing for empty or impossible values', () => {
    const letter = composeRequestLetter(rule, new Date(2026, 11, 1));
    expect(addLetterExtras(letter, {})).toBe(letter);
    expect(addLetterExtras(letter, { answerBy: '2026-02-30', replyContact: '   ' })).toBe(letter);
    expect(addLetterExtras('无签名', { replyContact: 'x' })).toBe('无签名\n\n答复请发送至：x');
  });

  it('parses only real calendar dates (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1990, 0, 1), max: new Date(2090, 0, 1), noInvalidDate: true }), (date) => {
        const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        expect(parseIsoDate(iso)?.getDate()).toBe(date.getDate());
      }),
    );
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('明天')).toBeNull();
  });
});

describe('custom platforms', () => {
  it('a stand-in rule that claims nothing, addressed to the typed name', () => {
    const custom = customPlatformRule(genericGuidance, 'custom-abc', '  某某  花 ');
    expect(custom).toMatchObject({ id: 'custom-abc', brand: '某某 花', legalEntities: [], hosts: [], customerService: [], typicalAuthorization: 'unknown' });
    expect(custom.selfService.status).toBe('unknown');
    const letter = composeRequestLetter(custom, new Date(2026, 11, 1));
    expect(letter).toContain('致某某 花：');
    expect(composePhoneScript(custom)).toContain('“某某 花”');
  });

  it('an entry under a legal name from the credit report: addressed to that entity, which is the querier itself', () => {
    const entry = customPlatformRule(genericGuidance, 'custom-abc', ' 某某市某某小额贷款有限公司 ', true);
    expect(entry).toMatchObject({ brand: '某某市某某小额贷款有限公司', legalEntities: [{ name: '某某市某某小额贷款有限公司', role: 'lender' }], fundersQuery: false });
    expect(checklistFor(entry)).not.toContain('ask-funders');
    const letter = composeRequestLetter(entry, new Date(2026, 11, 1));
    expect(letter.split('\n')[0]).toBe('致某某市某某小额贷款有限公司：');
    // Not "when I borrowed at 某某市某某小额贷款有限公司": the user may have borrowed through a partner platform.
    expect(letter).toContain('本人曾在贵方或经合作平台申请、使用借款服务时，同意贵方查询');
    expect(letter).not.toContain('“某某市某某小额贷款有限公司”');
    // A rule's letter still names the brand the user borrowed at.
    expect(composeRequestLetter(rule, new Date(2026, 11, 1))).toContain('本人曾在“分期乐”申请或使用借款服务时，同意贵方查询');
  });

  it('names are cleaned and bounded; ids are valid custom ids, never rule ids', () => {
    expect(cleanPlatformName(' a\n b ')).toBe('a b');
    expect(cleanPlatformName('名'.repeat(50))).toHaveLength(40);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.9999999, noNaN: true }), (value) => {
        const id = newCustomPlatformId(() => value);
        expect(customPlatformIdSchema.safeParse(id).success).toBe(true);
        expect(platformRules.some((candidate) => candidate.id === id)).toBe(false);
      }),
    );
  });
});

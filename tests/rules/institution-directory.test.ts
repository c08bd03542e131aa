/**
 * The institution directory's engine on fixture institutions (the real data is in
 * rules/institutions/, written by the rules work): current and former names after
 * normalization, platform ids from the platform rules' legal entities, kinds by wording.
 */
import { describe, expect, it } from 'vitest';
import type { Institution } from '../../rules/institution-schema';
import { buildInstitutionIndex, findInstitution, institutionKindFromName, institutionNamesByPlatform, normalizeInstitutionName } from '../../rules/institution-directory';
import { platformRules } from '../../rules/bundled-rules';

const source = { url: 'https://example.org/a', title: 'fixture', kind: 'other' as const, supports: 'fixture', checked: '2026-11-01' };
const zhaolian: Institution = {
  formatVersion: 1,
  id: 'zhaolian-xiaofei',
  name: '招联消费金融股份有限公司',
  kind: 'consumer-finance-company',
  formerNames: ['招联消费金融有限公司'],
  brands: [{ brand: '招联好期贷', platformId: 'mucfc', source: 0 }],
  sources: [source],
};
const example: Institution = {
  formatVersion: 1,
  id: 'example-xiaodai',
  name: '示例（重庆）小额贷款有限公司',
  kind: 'microloan-company',
  formerNames: [],
  brands: [],
  sources: [source],
};

describe('findInstitution', () => {
  const index = buildInstitutionIndex([zhaolian, example]);

  it('finds the current name, and a former name as such', () => {
    expect(findInstitution(index, '招联消费金融股份有限公司')).toEqual({ institution: zhaolian, platformIds: ['mucfc'], formerName: false });
    expect(findInstitution(index, '招联消费金融有限公司')).toEqual({ institution: zhaolian, platformIds: ['mucfc'], formerName: true });
  });

  it('matches after NFKC, with spaces dropped and brackets of any width folded', () => {
    expect(findInstitution(index, ' 示例(重庆)小额 贷款有限公司')?.institution).toBe(example);
    expect(findInstitution(index, '示例【重庆】小额贷款有限公司')?.institution).toBe(example);
    expect(findInstitution(index, '示例［重庆］小额贷款有限公司')?.institution).toBe(example);
    expect(normalizeInstitutionName('招联　消费金融\u200b股份有限公司')).toBe('招联消费金融股份有限公司');
  });

  it('an unknown name is not found', () => {
    expect(findInstitution(index, '示例小额贷款有限公司')).toBeNull();
    expect(findInstitution(buildInstitutionIndex([]), '招联消费金融股份有限公司')).toBeNull();
  });

  it('maps the platform rules’ legal entities (and their former names) to rule ids', () => {
    const withRules = buildInstitutionIndex([], platformRules);
    expect(findInstitution(withRules, '重庆度小满小额贷款有限公司')?.platformIds).toEqual(['duxiaoman']);
    expect(findInstitution(withRules, '重庆度小满小额贷款有限公司')?.institution).toBeNull();
    const renamed = buildInstitutionIndex([], [{ id: 'x-platform', legalEntities: [{ name: '新名小额贷款有限公司', formerNames: ['旧名小额贷款有限公司'] }] }]);
    expect(findInstitution(renamed, '旧名小额贷款有限公司')).toEqual({ institution: null, platformIds: ['x-platform'], formerName: true });
    // Every rule's entities are found under their rule.
    for (const rule of platformRules) for (const entity of rule.legalEntities) expect(findInstitution(withRules, entity.name)?.platformIds).toContain(rule.id);
  });

  it('a former name of a directory entry belongs to the platform whose rule names the entity of today', () => {
    const unbranded: Institution = { ...zhaolian, brands: [] };
    const rule = { id: 'mucfc', legalEntities: [{ name: '招联消费金融股份有限公司' }] };
    expect(findInstitution(buildInstitutionIndex([unbranded], [rule]), '招联消费金融有限公司')).toEqual({ institution: unbranded, platformIds: ['mucfc'], formerName: true });
    expect(findInstitution(buildInstitutionIndex([unbranded]), '招联消费金融有限公司')?.platformIds).toEqual([]);
  });

  it('a current name wins over another entity’s former name', () => {
    const successor: Institution = { ...example, id: 'successor', name: '示例二小额贷款有限公司', formerNames: ['招联消费金融股份有限公司'] };
    expect(findInstitution(buildInstitutionIndex([successor, zhaolian]), '招联消费金融股份有限公司')?.institution).toBe(zhaolian);
  });
});

describe('institutionKindFromName', () => {
  it.each([
    ['中国工商银行股份有限公司', 'bank'],
    ['招商银行股份有限公司信用卡中心', 'bank'],
    ['示例农村信用合作联社', 'bank'],
    ['北银消费金融有限公司', 'consumer-finance-company'],
    ['消费金融公司"CI"', 'consumer-finance-company'],
    ['重庆度小满小额贷款有限公司', 'microloan-company'],
    ['中国对外经济贸易信托有限公司', 'trust'],
    ['深圳市示例融资担保有限公司', 'guarantor'],
    ['示例财产保险股份有限公司', 'insurer'],
    ['上海示例信息科技有限公司', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (name, kind) => {
    expect(institutionKindFromName(name)).toBe(kind);
  });
});

describe('institutionNamesByPlatform', () => {
  it('lists, per platform, the normalized current and former names of its entities, and nothing for another', () => {
    const rule = { id: 'x-platform', legalEntities: [{ name: '示例 (重庆) 小额贷款有限公司' }] };
    const names = institutionNamesByPlatform(buildInstitutionIndex([zhaolian, example], [rule]));
    expect(names).toEqual({ mucfc: ['招联消费金融有限公司', '招联消费金融股份有限公司'].sort(), 'x-platform': ['示例(重庆)小额贷款有限公司'] });
  });

  it('the bundled slice knows every rule entity under its rule', async () => {
    const { default: slice } = await import('virtual:platform-institutions');
    for (const rule of platformRules) for (const entity of rule.legalEntities) expect(slice[rule.id]).toContain(normalizeInstitutionName(entity.name));
    expect(slice.mucfc).toContain('招联消费金融有限公司');
  });
});

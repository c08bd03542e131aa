/**
 * Synthetic knowledge for the size test: N valid platform rules and M valid institutions,
 * written into a copy of `rules/`. Invented names and hosts (`.example` registrable domains that
 * cannot exist), for measuring only; never shipped.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HANZI = '安百诚达丰广海恒华汇嘉金锦聚凯乐联隆美明鹏融瑞盛泰通万鑫信兴亿盈永裕远章智众';
const nameOf = (i, length) => Array.from({ length }, (_, k) => HANZI[(i * 7 + k * 13 + Math.floor(i / 31)) % HANZI.length]).join('');
// Legal names: the digits of i in base HANZI.length, so distinct numbers give distinct names, which
// the directory requires (a legal name belongs to one entity).
const legalNameOf = (i, length) => Array.from({ length }, (_, k) => HANZI[Math.floor(i / HANZI.length ** (length - 1 - k)) % HANZI.length]).join('');

export function syntheticPlatform(i) {
  const id = `synthetic-${i}`;
  return {
    formatVersion: 2,
    id,
    brand: `${nameOf(i, 3)}借`,
    aliases: [`${nameOf(i + 1000, 4)}分期`, `${nameOf(i + 2000, 2)}贷`],
    formerNames: [],
    // A lender must be in the directory (one source of truth): the synthetic institution i.
    legalEntities: [{ name: syntheticInstitution(i).name, role: 'lender' }],
    hosts: [`m.brand${i}.example`, `synthetic${i}.example`],
    hostPurposes: { [`m.brand${i}.example`]: 'synthetic borrower page', [`synthetic${i}.example`]: 'synthetic borrower page' },
    lenderKind: 'consumer-finance-company',
    fundersQuery: false,
    typicalAuthorization: 'unknown',
    selfService: { status: 'unknown' },
    customerService: [{ kind: 'in-app', entry: 'App 内「我的」→「客服」', confirmed: false }],
    blockers: [],
    caveats: [],
    provenance: {
      checked: '2026-11-30',
      sources: [{ url: `https://synthetic${i}.example/about`, title: 'synthetic', kind: 'other', supports: 'synthetic rule for the size test', checked: '2026-11-30' }],
    },
  };
}

export function syntheticInstitution(i) {
  return {
    formatVersion: 1,
    id: `synthetic-institution-${i}`,
    name: `${legalNameOf(i + 5000, 4)}消费金融股份有限公司`,
    kind: 'consumer-finance-company',
    formerNames: [`${legalNameOf(i + 9000, 4)}消费金融有限公司`],
    brands: [{ brand: `${nameOf(i + 7000, 3)}花`, source: 0 }],
    sources: [{ url: `https://institution${i}.example/`, title: 'synthetic', kind: 'other', supports: 'synthetic', checked: '2026-11-30' }],
  };
}

export function writeSyntheticRules(rulesDir, { platforms = 200, institutions = 2000 } = {}) {
  mkdirSync(join(rulesDir, 'platforms'), { recursive: true });
  mkdirSync(join(rulesDir, 'institutions'), { recursive: true });
  for (let i = 0; i < platforms; i++) {
    const rule = syntheticPlatform(i);
    writeFileSync(join(rulesDir, 'platforms', `${rule.id}.json`), `${JSON.stringify(rule, null, 2)}\n`);
  }
  for (let i = 0; i < institutions; i++) {
    const entry = syntheticInstitution(i);
    writeFileSync(join(rulesDir, 'institutions', `${entry.id}.json`), `${JSON.stringify(entry, null, 2)}\n`);
  }
}

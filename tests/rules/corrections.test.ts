/**
 * The corrections of issue 12 (DOMAIN.md §4, §5), one test each, so a later edit cannot bring a
 * wrong fact back unnoticed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleFiles } from '../../rules/load-rule-files';
import { ruleFacts } from '../../rules/rule-confidence';

const { platforms, institutions } = loadRuleFiles(join(process.cwd(), 'rules'));
const institution = (name: string) => institutions.find((entry) => entry.name === name || entry.formerNames.includes(name));
const rule = (id: string) => platforms.find((candidate) => candidate.id === id);

describe('corrections', () => {
  it('qifu: no entity whose legal form is disputed, and no page that prints a call-back "hotline"', () => {
    const qifu = rule('qifu')!;
    expect(qifu.legalEntities.map((entity) => entity.name)).not.toContain('福州奇富网络小额贷款股份有限公司');
    expect(qifu.provenance.sources.map((source) => source.url).join()).not.toContain('xfjyyzc.com');
    // The older name is still explained, and the current one is marked as not checked.
    expect(qifu.caveats.join()).toContain('福州三六零网络小额贷款有限公司');
    expect(qifu.caveats.join()).toMatch(/没有核实/);
  });

  it('qudian, pintec and cnfinance are gone: investor-relations hosts and offshore holding companies serve no borrower', () => {
    for (const id of ['qudian', 'pintec', 'cnfinance']) expect(rule(id), id).toBeUndefined();
    const hosts = platforms.flatMap((candidate) => candidate.hosts);
    for (const host of ['qudian.com', 'pintec.com', 'cashchina.cn']) expect(hosts).not.toContain(host);
  });

  it('jiayin becomes 你我贷, the consumer brand news reports name: no IR host, no offshore holding company, companies unknown', () => {
    expect(rule('jiayin')).toBeUndefined();
    const niwodai = rule('niwodai')!;
    expect(niwodai.brand).toBe('你我贷');
    expect(niwodai.hosts).toEqual([]);
    expect(niwodai.legalEntities).toEqual([]);
    expect(niwodai.fundersQuery).toBe(true);
    expect(niwodai.provenance.sources.every((source) => source.kind === 'news')).toBe(true);
  });

  it('lufax becomes 平安普惠, its consumer brand: no IR host, no offshore holding company, funders unknown', () => {
    expect(rule('lufax')).toBeUndefined();
    const puhui = rule('pingan-puhui')!;
    expect(puhui.aliases).toEqual(expect.arrayContaining(['Puhui', 'Lufax']));
    expect(puhui.hosts).not.toContain('lufaxholding.com');
    expect(puhui.legalEntities.map((entity) => entity.name).join()).not.toMatch(/Holding|Ltd/);
    expect(puhui.caveats.join()).toContain('借款合同');
  });

  it('mucfc: its name before 2023-07-18 is known, in the rule and in the directory, from a dated report', () => {
    const mucfc = rule('mucfc')!;
    expect(mucfc.formerNames).toContain('招联消费金融有限公司');
    expect(institution('招联消费金融有限公司')!.name).toBe('招联消费金融股份有限公司');
    expect(mucfc.provenance.sources.some((source) => source.url.includes('dizo.com.cn') && source.supports.includes('2023-07-18'))).toBe(true);
    // The lender's name now rests on the regulator's list, not on an unrelated README.
    expect(ruleFacts(mucfc).find((fact) => fact.kind === 'entity')!.state).toBe('primary');
    expect(mucfc.provenance.sources.map((source) => source.url).join()).not.toContain('FINBenchmark');
  });

  it('jd-finance: the "second funder" is the former name of the lender, not another querier', () => {
    const jd = rule('jd-finance')!;
    expect(jd.legalEntities.map((entity) => entity.name)).toEqual(['重庆京东盛际小额贷款有限公司']);
    expect(institution('重庆两江新区盛际小额贷款有限公司')!.name).toBe('重庆京东盛际小额贷款有限公司');
    expect(jd.caveats.join()).toContain('重庆两江新区盛际小额贷款有限公司');
    expect(jd.provenance.sources.some((source) => source.kind === 'news' && source.url.includes('hcinfonews'))).toBe(true);
  });

  it('hangyin-xiaofei: the paths of its own privacy policy are used, each for what it is', () => {
    const hangyin = rule('hangyin-xiaofei')!;
    const entry = hangyin.customerService.find((channel) => channel.kind === 'in-app')!;
    expect(entry.kind === 'in-app' && entry.confirmed && entry.source).toBe('https://resource.51xf.cn/H5/website_privacy_online.html');
    expect(ruleFacts(hangyin).every((fact) => fact.state === 'primary')).toBe(true);
    // 权限管理 manages device permissions, which the rule says, rather than calling it the withdrawal path.
    expect(hangyin.selfService.status).toBe('unknown');
    expect(hangyin.caveats.join()).toMatch(/权限管理[\s\S]*不是征信查询授权/);
    expect(hangyin.caveats.join()).toContain('贷后');
  });

  it('lenders rest on the regulator\'s list where the directory has it; SEO pages and unrelated files a better source replaces are gone', () => {
    for (const candidate of platforms) {
      for (const entity of candidate.legalEntities) {
        if (entity.role === 'operator') continue;
        const entry = institution(entity.name)!;
        const regulator = entry.sources.find((source) => source.kind === 'regulator');
        // The regulator's list, or the lender's own document where the rule has one.
        if (regulator) expect(ruleFacts(candidate).find((fact) => fact.label === entity.name)!.state, `${candidate.id}: ${entity.name}`).toBe('primary');
      }
      const urls = candidate.provenance.sources.map((source) => source.url).join(' ');
      for (const dropped of ['bigdata-gateway', 'orgloom-tmp', 'wzask.com', 'chengmianhao.com', 'moulinjouve.com', 'looktmt.com']) {
        expect(urls, `${candidate.id}: ${dropped}`).not.toContain(dropped);
      }
    }
  });

  it('suning-bank: the regulator\'s 2025 list no longer has its name, which the rule says without guessing a rename', () => {
    const suning = rule('suning-bank')!;
    expect(suning.caveats.join()).toMatch(/江苏苏商银行股份有限公司[\s\S]*没有核实/);
    expect(institution('江苏苏商银行股份有限公司')!.formerNames).not.toContain('江苏苏宁银行股份有限公司');
  });

  it('xiaoying and yiren: no offshore holding company as the company behind the brand, no host known only as a mail or IR domain', () => {
    for (const id of ['xiaoying', 'yiren']) {
      const candidate = rule(id)!;
      expect(candidate.legalEntities, id).toEqual([]);
      expect(candidate.hosts, id).toEqual([]);
      expect(candidate.caveats.join(), id).toContain('借款合同');
    }
  });
});


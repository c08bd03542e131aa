/**
 * Known content farms: SEO loan pages that restate what other pages say and print "客服电话"
 * numbers that feed call-back scams (DOMAIN.md §5). Such a page may be listed as a source of
 * kind `other` for background, but it is never the source of a phone number or a menu path,
 * and it never makes a fact confirmed. The data lint enforces this against every rule.
 */

/** Registrable domains seen citing lenders' "hotlines", entities and products without being their own page. */
export const CONTENT_FARM_DOMAINS: readonly string[] = [
  '51dongshi.net',
  'bsnsh.com',
  'chengmianhao.com',
  'diyiwenku.com',
  'dlllqs.com',
  'fengdujob.net',
  'hunaudx.com',
  'lnmlw.com',
  'looktmt.com',
  'lzbhld.com',
  'miyifa11.com',
  'moulinjouve.com',
  'mx68.cn',
  'rlut.cn',
  'shenkongzuanchuang.com',
  'simteek.cn',
  'szginin.com',
  'wzask.com',
  'xfjyyzc.com',
  'xusass.cn',
  'yingsewang.cn',
  'zhetiaohe.com',
];

/** Whether a URL's host is a known content farm or below one (label boundaries, not substrings). */
export function isContentFarm(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return CONTENT_FARM_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

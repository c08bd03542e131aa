/** The demo's fixture pages and the real URLs they are served at (see tests/fixtures/pages/README.md). */
export const DEMO_SITES = [
  ['fenqile.html', 'https://www.fenqile.com/'],
  ['mucfc.html', 'https://www.mucfc.com/'],
  ['msxf.html', 'https://www.msxf.com/'],
  ['duxiaoman.html', 'https://www.duxiaoman.com/'],
  ['qifu.html', 'https://www.360jie.com.cn/'],
  ['yangqianguan.html', 'https://www.yangqianguan.com/'],
  ['webank.html', 'https://www.webank.com/'],
  ['ppdai.html', 'https://www.ppdai.com/'],
  ['huanbei.html', 'https://www.huanbeiloan.com/'],
  ['jd-finance.html', 'https://jr.jd.com/'],
];

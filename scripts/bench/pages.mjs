/** Pages the benchmark loads: generated here, deterministic, invented text only. */

const WORDS = ['天气', '出行', '城市', '公园', '图书馆', '展览', '地铁', '学校', '社区', '市场', '河流', '山路', '早餐', '菜谱', '运动', '音乐'];

function sentence(i) {
  let out = '';
  for (let k = 0; k < 12; k++) out += WORDS[(i * 7 + k * 3) % WORDS.length];
  return `${out}。`;
}

/** A non-lending page with about `count` elements. */
export function plainPage(count = 5000) {
  const items = [];
  for (let i = 0; i < count / 5; i++) {
    items.push(`<section class="card"><h3>条目 ${i}</h3><p>${sentence(i)}</p><ul><li>${WORDS[i % WORDS.length]}</li></ul></section>`);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>城市生活指南</title>
<style>.card{padding:8px;border-bottom:1px solid #ddd}</style></head><body><h1>城市生活指南</h1>${items.join('')}</body></html>`;
}

/** A long article (about `bytes` of HTML), not about lending. */
export function articlePage(bytes = 2 * 1024 * 1024) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${sentence(i)}${sentence(i + 1)}${sentence(i + 2)}</p>`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>长篇报道：城市的四季</title></head>
<body><article><h1>城市的四季</h1>${parts.join('')}</article></body></html>`;
}

/** A long authorization letter (continuous), about `chars` characters. */
export function longLetter(chars = 12000) {
  const clauses = [
    '本人授权贵司在本人申请借款时查询本人的个人信用报告。',
    '授权期限自本人签署本授权书之日起至本人在贵司的全部债务结清之日止。',
    '查询用途包括贷款审批、贷后管理及风险管理。',
    '贵司可将本人的信用信息提供给合作的资金方用于上述用途。',
  ];
  let text = '个人征信查询授权书\n';
  for (let i = 0; text.length < chars; i++) text += clauses[i % clauses.length] + sentence(i);
  return text;
}

/**
 * Records DOMContentLoaded, the sidebar host's arrival (the shell) and when it is filled (its
 * `data-platform` set from the background's answer).
 */
export const TIMING_SCRIPT = `<script>
window.__t = {};
document.addEventListener('DOMContentLoaded', () => { window.__t.dcl = performance.now(); });
new MutationObserver((records, observer) => {
  const host = document.querySelector('credit-auth-sidebar');
  if (!host) return;
  window.__t.sidebar = performance.now();
  observer.disconnect();
  const filled = () => { if (host.hasAttribute('data-platform') && !window.__t.filled) window.__t.filled = performance.now(); };
  filled();
  new MutationObserver(filled).observe(host, { attributes: true, attributeFilter: ['data-platform'] });
}).observe(document.documentElement, { childList: true });
</script>`;

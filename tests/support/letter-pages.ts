/**
 * Builds a page that shows a modelled letter the way its real page did (the item's `layout`):
 * H5 page, PDF-style template, modal, collapsed <details>, scroll box, <pre>, <textarea>, <br>
 * blocks, table rows, an application form, several agreements on one page. Text is escaped; the
 * filler around the letter (navigation, form fields, other agreements) is written for these tests.
 */
import { letterText, type RealLetter } from './real-letters';

const escape = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraphs = (letter: RealLetter, tag = 'p'): string =>
  letter.paragraphs.map((text) => `<${tag}>${escape(text).replace(/\n/g, '<br>')}</${tag}>`).join('\n');

const title = (letter: RealLetter, tag: string, attrs = ''): string => (letter.title ? `<${tag}${attrs}>${escape(letter.title)}</${tag}>` : '');

/** An agreement that is not about credit reports, for pages that show several. */
const OTHER_AGREEMENT = `<h3>电子账户服务协议</h3>
<p>本协议说明用户开立和使用电子账户的规则：开户须实名，账户用于本平台的收付款；用户应妥善保管密码和验证码，因泄露造成的损失由用户承担；平台可因系统维护暂停服务并提前公告。</p>
<p>用户可以随时申请注销账户，注销前应结清账户内的款项。</p>`;

const DEBIT_AGREEMENT = `<h3>委托扣款授权书</h3>
<p>本人授权贵公司在每期还款日从本人绑定的银行卡中扣收当期应还款项，扣款失败的，可在当日再次发起。本授权至本人的借款全部还清时终止。</p>`;

const SERVICE_INTRO = `<h2>用户服务协议</h2>
<p>一、总则：本协议是您与本平台就使用借款信息服务订立的协议，您注册即表示接受本协议。</p>
<p>二、账户：您应提供真实资料，妥善保管账户和密码。</p>
<p>三、服务内容：平台为您展示借款产品、协助提交申请，放款以资金方审批为准。</p>`;

const SERVICE_OUTRO = `<p>五、违约责任：任何一方违反本协议的，应赔偿对方因此受到的损失。</p>
<p>六、争议解决：双方协商不成的，提交平台所在地人民法院诉讼解决。</p>`;

const APPLY_FORM = `<form class="apply-form">
<label>姓名<input name="name" placeholder="请输入姓名"></label>
<label>身份证号<input name="idNo" placeholder="请输入身份证号"></label>
<label>借款金额<input name="amount" placeholder="请输入借款金额"></label>
</form>`;

const shell = (host: string, pageTitle: string, body: string): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(pageTitle)}</title></head>
<body>
<header class="nav-bar"><a href="/">返回</a><span class="nav-title">${escape(host.includes('.') ? '协议详情' : pageTitle)}</span></header>
${body}
</body></html>`;

export function letterPageBody(letter: RealLetter): string {
  switch (letter.layout) {
    case 'pdf-template':
      return `<div class="wrap">${title(letter, 'div', ' class="h2t"')}\n${paragraphs(letter)}</div>`;
    case 'h5-no-heading':
      return `<div class="test-box">${title(letter, 'h3')}<div class="test-content">${paragraphs(letter)}</div></div>
<button type="button">同意授权查看个人征信</button>`;
    case 'dialog-with-others':
      return `${APPLY_FORM}
<p class="agree"><label><input type="checkbox">我已阅读并同意</label><a href="#a1">《${escape(letter.title ?? '个人征信授权书')}》</a><a href="#a2">《电子账户服务协议》</a></p>
<div class="modal" id="a2" hidden>${OTHER_AGREEMENT}</div>
<div class="modal" id="a1" hidden>${title(letter, 'h3')}<div class="modal-body">${paragraphs(letter)}</div></div>`;
    case 'in-agreement':
      return `<article class="agreement">${SERVICE_INTRO}\n<div class="section">${paragraphs(letter)}</div>\n${SERVICE_OUTRO}</article>`;
    case 'app-text':
      return `<div class="page">${title(letter, 'div', ' class="title"')}<div class="content" style="white-space:pre-wrap">${escape(letter.paragraphs.join('\n\n'))}</div>
<button type="button">同意</button></div>`;
    case 'checkbox-table':
      return `<table class="contract">${letter.title ? `<tr><td align="center"><h2>${escape(letter.title)}</h2></td></tr>` : ''}
${letter.paragraphs.map((text) => `<tr><td align="left">${escape(text)}</td></tr>`).join('\n')}</table>`;
    case 'signature-form':
      return `<div class="authorization">${title(letter, 'h3')}${paragraphs(letter)}
<div class="authorization_content"><div>授权人（签字）：<img alt="签名" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div></div></div>`;
    case 'checkbox-list':
      return `<div class="container"><div class="header">${title(letter, 'div', ' class="title"')}</div>
${letter.paragraphs
  .map((text) => (/^[☑☐□]/.test(text) ? `<div class="task"><label><input type="checkbox"${text.startsWith('☑') ? ' checked' : ''}>${escape(text.slice(1).trim())}</label></div>` : `<p>${escape(text)}</p>`))
  .join('\n')}</div>`;
    case 'radio-options':
      return `<div class="zhengxin">${title(letter, 'h3')}
${letter.paragraphs.map((text) => (/^\(\d\)/.test(text) ? `<div class="lista"><input type="radio" disabled><p>${escape(text)}</p></div>` : `<p>${escape(text)}</p>`)).join('\n')}</div>`;
    case 'line-broken':
      return `<div class="doc">${title(letter, 'h3')}<pre>${escape(letter.paragraphs.join('\n'))}</pre></div>`;
    case 'application-form':
      return `${APPLY_FORM}
<table class="declare">${letter.paragraphs.map((text, i) => `<tr><td>${i}</td><td colspan="2">${escape(text)}</td></tr>`).join('\n')}</table>
<button type="submit">提交申请</button>`;
    case 'multi-agreement':
      return `<h2 class="page-title">借款相关协议</h2>
<details><summary>个人借款合同</summary><p>借款金额、期限、利率和还款计划以申请确认页为准；借款人应按期足额还款。</p></details>
<details><summary>${escape(letter.title ?? '征信查询授权书')}</summary>${title(letter, 'h2')}${paragraphs(letter)}</details>
<details><summary>个人信息使用授权书</summary><p>为完成身份核验和借款审核，本人同意平台处理业务所必需的个人信息。</p></details>`;
    case 'scroll-box':
      return `<div class="agreement-card">${title(letter, 'h3')}<div class="scroll" style="height:180px;overflow-y:scroll">${paragraphs(letter)}</div>
<p class="hint">请滑动到底部阅读完整协议</p><label><input type="checkbox">我已阅读并同意</label></div>`;
    case 'modal-scroll':
      return `${APPLY_FORM}<div class="popup" style="display:none"><div class="popup_title">借款人须知</div>
<div class="popup_con" style="height:300px;overflow-y:scroll">${letter.title ? `<h1>${escape(letter.title)}</h1>` : ''}${paragraphs(letter, 'div')}</div>
<div class="popup_btn"><span>确定</span></div></div>`;
    case 'bullet-list':
      return `<article class="nt-agreement-article">${title(letter, 'h4')}<ul>${letter.paragraphs.map((text) => `<li>${escape(text)}</li>`).join('\n')}</ul></article>`;
    case 'br-block':
      return `<div class="text-content">${title(letter, 'span')}<p>${letter.paragraphs.map((text) => escape(text).replace(/\n/g, '<br>')).join('<br>')}</p></div>`;
    case 'table-row-heading':
      return `<table class="form"><tr><td class="m-left">客户<br>信息</td><td colspan="4">（开户信息见上页）</td></tr>
<tr><td class="m-left">${letter.title ? [...letter.title].map(escape).join('<br>') : ''}</td><td colspan="4">${paragraphs(letter)}</td></tr>
<tr><td class="m-left">客<br>户<br>声<br>明</td><td colspan="4">本人确认以上填写的信息真实有效。</td></tr></table>`;
    case 'modal-two-letters':
      return `${APPLY_FORM}<p><label><input type="checkbox">阅读并同意</label><a href="#showItems">《个人征信授权声明》</a></p>
<div id="showItems" class="weui-popup__container"><div class="weui-popup__modal">${DEBIT_AGREEMENT}${title(letter, 'h3')}${paragraphs(letter)}</div></div>`;
    case 'modal-article':
      return `${APPLY_FORM}<p><label><input type="checkbox">我已阅读并同意</label><a href="#m">${escape(letter.title ?? '授权书')}</a></p>
<div class="y-modal agreement_modal"><article class="agreement">${title(letter, 'h1', ' class="agreement-title"')}<div class="agreement-content">${paragraphs(letter)}</div></article></div>`;
    case 'textarea':
      return `<div class="fs"><h2 class="fs-title">授权与认证</h2><textarea readonly rows="20" cols="50">${escape(letterText(letter))}</textarea></div>`;
    case 'h5-page':
    default:
      return `<section class="article">${title(letter, 'h1')}\n${paragraphs(letter)}</section>`;
  }
}

/** The whole page for a modelled letter, as served under a platform host in the e2e test. */
export function letterPage(letter: RealLetter, host = 'www.fenqile.com'): string {
  return shell(host, letter.title ?? '协议', letterPageBody(letter));
}

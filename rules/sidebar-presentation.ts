/**
 * How the sidebar first appears on a page: expanded or as the edge tab, and on which edge.
 * Pure: the content script reads the page and the stored choices, this decides. The sidebar
 * should help without getting in the way, so it opens expanded only where the user needs it
 * (a warning; a page of the withdrawal flow: personal center, settings, authorization,
 * agreements, help, customer service) and starts as the edge tab elsewhere and on narrow screens.
 */

export type SidebarDefault = 'auto' | 'expanded' | 'collapsed';
export type SidebarEdge = 'right' | 'left';

export interface PresentationInputs {
  /** A look-alike or lure warning is on the page. */
  warning: boolean;
  /** location.pathname (with the hash route, if any, appended: SPA routes often live there). */
  path: string;
  title: string;
  /** The texts of the page's first few h1/h2 headings. */
  headings: readonly string[];
  viewportWidth: number;
  /** What the user last chose on this site (true: collapsed); undefined when never chosen. */
  rememberedCollapsed: boolean | undefined;
  /** The options page's "on a new site the sidebar starts": auto follows the page. */
  sidebarDefault: SidebarDefault;
  edge: SidebarEdge;
}

export type PresentationReason = 'warning' | 'narrow' | 'remembered' | 'flow-page' | 'setting' | 'elsewhere';

export interface Presentation {
  initial: 'expanded' | 'tab';
  edge: SidebarEdge;
  /** Why, for tests and for the edge tab's wording. */
  reason: PresentationReason;
}

/** Below this viewport width an expanded panel would cover the whole page. */
export const NARROW_VIEWPORT_PX = 600;

/**
 * URL path segments of withdrawal-flow pages. Matched on segment boundaries (`/user/center`,
 * `/m/settings.html`, `#/privacy`), so `username` or `helpful-deals` do not count.
 */
export const FLOW_PATH_WORDS = [
  'my',
  'mine',
  'me',
  'user',
  'usercenter',
  'ucenter',
  'member',
  'account',
  'profile',
  'personal',
  'setting',
  'settings',
  'security',
  'privacy',
  'auth',
  'authorize',
  'authorization',
  'consent',
  'permission',
  'permissions',
  'agreement',
  'agreements',
  'protocol',
  'contract',
  'terms',
  'help',
  'helpcenter',
  'faq',
  'service',
  'kefu',
  'support',
  'contact',
] as const;

/** Words of a withdrawal-flow page's title or main heading. */
export const FLOW_TEXT_WORDS = [
  '个人中心',
  '我的账户',
  '账户中心',
  '用户中心',
  '会员中心',
  '设置',
  '隐私',
  '授权',
  '协议',
  '帮助',
  '常见问题',
  '客服',
  '联系我们',
  '安全中心',
  '注销',
] as const;

const segmentPattern = new RegExp(`(^|[/#._-])(${FLOW_PATH_WORDS.join('|')})(?=[/#._?=-]|$)`);

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Whether the page is one of the withdrawal flow, by its path, title or main headings. */
export function isWithdrawalFlowPage(path: string, title: string, headings: readonly string[]): boolean {
  if (segmentPattern.test(path.toLowerCase())) return true;
  // A headline of more than 40 characters is an article or an advertisement, not a settings page.
  const texts = [title, ...headings].map(compact).filter((text) => text.length > 0 && text.length <= 40);
  return texts.some((text) => FLOW_TEXT_WORDS.some((word) => text.includes(word)));
}

/**
 * The first presentation. Order matters: a warning always opens; a narrow screen starts as the
 * tab (an expanded panel would hide the page); then the user's choice on this site; then the
 * page itself (flow page: expanded) under the default setting.
 */
export function decidePresentation(inputs: PresentationInputs): Presentation {
  const { edge } = inputs;
  if (inputs.warning) return { initial: 'expanded', edge, reason: 'warning' };
  if (inputs.viewportWidth > 0 && inputs.viewportWidth < NARROW_VIEWPORT_PX) return { initial: 'tab', edge, reason: 'narrow' };
  if (inputs.rememberedCollapsed !== undefined) {
    return { initial: inputs.rememberedCollapsed ? 'tab' : 'expanded', edge, reason: 'remembered' };
  }
  if (inputs.sidebarDefault === 'expanded') return { initial: 'expanded', edge, reason: 'setting' };
  if (inputs.sidebarDefault === 'collapsed') return { initial: 'tab', edge, reason: 'setting' };
  if (isWithdrawalFlowPage(inputs.path, inputs.title, inputs.headings)) return { initial: 'expanded', edge, reason: 'flow-page' };
  return { initial: 'tab', edge, reason: 'elsewhere' };
}

/** The first few h1/h2 texts of the page, for `isWithdrawalFlowPage`; bounded, reads only. */
export function pageHeadings(root: ParentNode, max = 4): string[] {
  const headings = root.querySelectorAll('h1, h2');
  const texts: string[] = [];
  for (let index = 0; index < headings.length && texts.length < max; index++) {
    const text = headings[index]!.textContent?.trim();
    if (text) texts.push(text.slice(0, 120));
  }
  return texts;
}

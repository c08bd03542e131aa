/**
 * Export and import of the user's data. Import never trusts its input: size is checked before
 * parsing, the shape is validated with the same schemas as storage, keys that could pollute
 * prototypes are refused, and nothing is written until the user confirms a preview.
 */
import { z } from 'zod';
import type { PlatformRule } from '../rules/schema';
import {
  CHECKLIST_ITEM_IDS,
  customPlatformsSchema,
  progressSchema,
  settingsSchema,
  siteUiSchema,
  type CustomPlatforms,
  type PlatformProgress,
  type Progress,
  type Settings,
  type SiteUi,
} from './user-data';

export const EXPORT_FORMAT = 'credit-auth-helper-export';
export const EXPORT_VERSION = 1;
/** Far above any real export (a thousand evidence entries is ~1 MB); refuses a 100 MB file at once. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 12;

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  settings: settingsSchema,
  progress: progressSchema,
  siteUi: siteUiSchema,
  /** Added later: an export made before has none, and reads as none. */
  customPlatforms: customPlatformsSchema.default({}),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

export interface UserData {
  settings: Settings;
  progress: Progress;
  siteUi: SiteUi;
  customPlatforms: CustomPlatforms;
}

export function exportJson(data: UserData, now: Date): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    ...data,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; data: UserData } | { ok: false, error: ImportError };
export type ImportError =
  | { code: 'too-large'; bytes: number }
  | { code: 'not-json' }
  | { code: 'too-deep' }
  | { code: 'forbidden-key'; key: string }
  | { code: 'not-an-export' }
  | { code: 'future-version'; version: number }
  | { code: 'invalid'; details: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds a forbidden key or excessive nesting without recursion (deep input cannot blow the stack). */
function inspect(value: unknown): ImportError | null {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_DEPTH) return { code: 'too-deep' };
    const children = Array.isArray(node) ? node : Object.keys(node);
    if (!Array.isArray(node)) {
      for (const key of children as string[]) if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', key };
      for (const key of children as string[]) stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1 });
    } else {
      for (const child of node) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return null;
}

/** Parses an import file. Never throws; `byteLength` lets the caller refuse before reading. */
export function parseImport(text: string): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'too-large', bytes } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  const problem = inspect(json);
  if (problem) return { ok: false, error: problem };
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: { code: 'not-an-export' } };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return { ok: false, error: { code: 'future-version', version } };
  }
  const parsed = exportFileSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: { code: 'invalid', details } };
  }
  const { settings, progress, siteUi, customPlatforms } = parsed.data;
  return { ok: true, data: { settings, progress, siteUi, customPlatforms } };
}

function mergePlatform(current: PlatformProgress, incoming: PlatformProgress): PlatformProgress {
  const newer = incoming.updatedAt > current.updatedAt ? incoming : current;
  const checklist: PlatformProgress['checklist'] = {};
  for (const id of CHECKLIST_ITEM_IDS) {
    const a = current.checklist[id];
    const b = incoming.checklist[id];
    const earliest = a && b ? (a.at <= b.at ? a : b) : (a ?? b);
    if (earliest) checklist[id] = earliest;
  }
  const evidence = [...current.evidence];
  const known = new Set(evidence.map((entry) => entry.id));
  for (const entry of incoming.evidence) if (!known.has(entry.id)) evidence.push(entry);
  evidence.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return { ...newer, checklist, evidence: evidence.slice(-1000) };
}

/** Merge keeps everything the user has and adds what the file has; replace takes the file as is. */
export function applyImport(current: UserData, incoming: UserData, mode: 'merge' | 'replace'): UserData {
  if (mode === 'replace') return incoming;
  const progress: Progress = { ...current.progress };
  for (const [id, platform] of Object.entries(incoming.progress)) {
    const existing = progress[id];
    progress[id] = existing ? mergePlatform(existing, platform) : platform;
  }
  const mutedSites = [...new Set([...current.settings.mutedSites, ...incoming.settings.mutedSites])].slice(0, 2000);
  return {
    settings: { ...current.settings, mutedSites },
    progress,
    siteUi: { ...incoming.siteUi, ...current.siteUi },
    // The same id is the same entry (ids are random): the user's own name for it is kept.
    customPlatforms: { ...incoming.customPlatforms, ...current.customPlatforms },
  };
}

/** What an import would change, for the preview. */
export function summarizeImport(current: UserData, incoming: UserData) {
  const ids = Object.keys(incoming.progress);
  return {
    platforms: ids.length,
    newPlatforms: ids.filter((id) => !(id in current.progress)).length,
    evidence: ids.reduce((sum, id) => sum + incoming.progress[id]!.evidence.length, 0),
  };
}

const STATUS_ZH: Record<PlatformProgress['status'], string> = {
  'not-started': '未开始',
  'in-progress': '进行中',
  withdrawn: '已撤回',
  'blocked-by-loan': '有未结清借款，暂不能撤回',
  refused: '被拒绝',
  'complaint-filed': '已投诉',
};

const CHANNEL_ZH: Record<string, string> = {
  phone: '电话',
  'in-app-chat': 'App 在线客服',
  'web-form': '网页表单',
  email: '电子邮件',
  letter: '书面信件',
  'in-person': '现场',
  other: '其他',
};

/** Markdown cells: user text cannot break the table or inject markup. */
function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

/** A readable report of every platform the user worked on, fit to attach to a complaint. */
export function exportMarkdown(
  progress: Progress,
  rules: readonly PlatformRule[],
  checklistLabel: (id: string) => string,
  now: Date,
  customPlatforms: CustomPlatforms = {},
): string {
  const lines = [`# 撤回征信查询授权记录`, '', `导出时间：${now.toISOString().slice(0, 10)}`, ''];
  for (const [id, platform] of Object.entries(progress).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rule = rules.find((candidate) => candidate.id === id);
    const custom = Object.hasOwn(customPlatforms, id) ? customPlatforms[id] : undefined;
    lines.push(`## ${cell(rule?.brand ?? custom?.name ?? id)}`, '');
    if (custom) lines.push('- 自行添加的平台（不在内置规则中）');
    if (rule) lines.push(`- 机构：${rule.legalEntities.map((entity) => cell(entity.name)).join('、')}`);
    lines.push(`- 状态：${STATUS_ZH[platform.status]}`);
    const ticked = CHECKLIST_ITEM_IDS.filter((item) => platform.checklist[item]);
    if (ticked.length > 0) {
      lines.push('- 已完成的步骤：');
      for (const item of ticked) lines.push(`  - ${platform.checklist[item]!.at.slice(0, 10)} ${cell(checklistLabel(item))}`);
    }
    if (platform.evidence.length > 0) {
      lines.push('', '| 日期 | 渠道 | 工单号 | 经过 |', '| --- | --- | --- | --- |');
      for (const entry of platform.evidence) {
        lines.push(`| ${entry.date} | ${CHANNEL_ZH[entry.channel]} | ${cell(entry.ticket)} | ${cell(entry.note)} |`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}

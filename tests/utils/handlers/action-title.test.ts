import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { actionLabels } from '../../../utils/handlers/action-title';

describe('actionLabels', () => {
  it('speaks the chosen language', () => {
    expect(actionLabels('zh-CN', '分期乐')).toEqual({ title: '征信授权助手 · 分期乐', badge: '征' });
    expect(actionLabels('en', '分期乐')).toEqual({ title: 'Credit Authorization Helper · 分期乐', badge: 'CA' });
    expect(actionLabels('en').title).toBe('Credit Authorization Helper');
  });
});

describe('manifest strings', () => {
  const read = (locale: string) =>
    JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  it('come from public/_locales, zh_CN the default, en translated, the same keys', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toContain("default_locale: 'zh_CN'");
    for (const key of ['extName', 'extDescription', 'actionTitle']) expect(config).toContain(`__MSG_${key}__`);
    const [zh, en] = [read('zh_CN'), read('en')];
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(zh.extName!.message).toBe('征信授权助手');
    expect(en.extName!.message).toBe('Credit Authorization Helper');
    // English outside a gloss in brackets.
    for (const { message } of Object.values(en)) expect(message.replace(/\([^)]*\)/g, '')).not.toMatch(/[\u3400-\u9fff]/);
  });
});

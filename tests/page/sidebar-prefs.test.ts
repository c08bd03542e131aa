import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSidebarPrefs } from '../../page/sidebar-prefs';

describe('readSidebarPrefs', () => {
  it('reads language, muted, per-site collapse, default collapse and the owe-money answer', () => {
    const stored = {
      settings: { locale: 'en', mutedSites: ['m.fenqile.com'], sidebarDefault: 'collapsed' },
      'site-ui': { 'www.fenqile.com': { collapsed: false } },
      progress: { fenqile: { owesMoney: 'yes' } },
    };
    expect(readSidebarPrefs(stored, 'www.fenqile.com', 'fenqile')).toEqual({
      locale: 'en',
      muted: false,
      collapsed: false,
      rememberedCollapsed: false,
      sidebarDefault: 'collapsed',
      edge: 'right',
      owesMoney: 'yes',
    });
    expect(readSidebarPrefs(stored, 'm.fenqile.com', 'fenqile')).toMatchObject({ muted: true, collapsed: true, rememberedCollapsed: undefined });
    expect(readSidebarPrefs({ settings: { sidebarEdge: 'left' } }, 'a.com', 'x').edge).toBe('left');
    expect(readSidebarPrefs({ settings: { sidebarEdge: 'top', sidebarDefault: 'sideways' } }, 'a.com', 'x')).toMatchObject({
      edge: 'right',
      sidebarDefault: 'auto',
    });
  });

  it('defaults: no choice on the site, automatic presentation at the right edge, not muted, zh-CN, unknown', () => {
    expect(readSidebarPrefs({}, 'a.com', 'x')).toEqual({
      locale: 'zh-CN',
      muted: false,
      collapsed: false,
      rememberedCollapsed: undefined,
      sidebarDefault: 'auto',
      edge: 'right',
      owesMoney: 'unknown',
    });
  });

  it('never throws and never trusts prototype keys (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('__proto__', 'constructor', 'www.fenqile.com'), (stored, host) => {
        const prefs = readSidebarPrefs(stored, host, host);
        expect(['zh-CN', 'en']).toContain(prefs.locale);
        expect(typeof prefs.collapsed).toBe('boolean');
        expect(['yes', 'no', 'unknown']).toContain(prefs.owesMoney);
      }),
    );
    expect(readSidebarPrefs({ 'site-ui': {} }, 'constructor', 'constructor').collapsed).toBe(false);
  });
});

/**
 * The mounted sidebar: the collapsed sidebar is the plain-DOM shell (no panel code loaded), the
 * panel's code is loaded when the panel is to be drawn (the page opens expanded, or the user
 * opens the tab), and a failed load keeps the tab and reports.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SidebarApp } from '../../components/SidebarApp';
import { mountSidebar as mount, type MountedApp, type MountedSidebar } from '../../page/mount-sidebar';
import { sidebarPanel, type SidebarPanel } from '../../page/sidebar-panel';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { resolveGuide } from '../../rules/resolve-guide';
import { withRequestText } from '../../rules/guide-request-text';
import { createTranslator } from '../../utils/i18n';

const t = createTranslator('zh-CN');
const rule = platformRules.find((candidate) => candidate.id === 'fenqile')!;
const guide = withRequestText(resolveGuide(rule, genericGuidance), new Date(2026, 10, 30));
const attributes = { kind: 'platform' as const, platform: 'fenqile', letter: null };

function fakeContext() {
  const invalidated: (() => void)[] = [];
  const ctx = {
    setTimeout: (handler: () => void, timeout?: number) => window.setTimeout(handler, timeout),
    onInvalidated: (callback: () => void) => void invalidated.push(callback),
  };
  return ctx as unknown as ContentScriptContext;
}

/** The closed shadow root the mount attaches, kept for the test. */
let shadow: ShadowRoot | null = null;
const attachShadow = Element.prototype.attachShadow;

function app(overrides: Partial<MountedApp> = {}): MountedApp {
  return { mode: 'platform', guide, host: 'www.fenqile.com', t, today: new Date(2026, 10, 30), ...overrides };
}

/** A panel loader that counts its calls and can be made to fail or to wait. */
function loader(result: () => Promise<SidebarPanel> = () => Promise.resolve(sidebarPanel)) {
  const load = vi.fn(result);
  return load;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every sidebar a test mounts, unmounted after it (a mounted host puts itself back when removed). */
const mounted: MountedSidebar[] = [];
const mountSidebar = (...args: Parameters<typeof mount>) => {
  const sidebar = mount(...args);
  mounted.push(sidebar);
  return sidebar;
};

describe('mountSidebar', () => {
  beforeEach(() => {
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      shadow = attachShadow.call(this, init);
      return shadow;
    });
  });
  afterEach(() => {
    mounted.splice(0).forEach((sidebar) => sidebar.unmount());
    vi.restoreAllMocks();
    shadow = null;
  });

  it('draws a collapsed sidebar as the shell, with the same markup as the panel’s edge tab, and loads no panel code', async () => {
    const loadPanel = loader();
    mountSidebar(fakeContext(), { attributes, app: app({ initiallyCollapsed: true }), shellT: t, loadPanel });
    await settle();
    expect(loadPanel).not.toHaveBeenCalled();
    const tab = shadow!.querySelector('.edge-tab')!;
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(shadow!.querySelector('[data-tab-summary]')!.textContent).toBe(t('edgeTab.platform', { brand: rule.brand }));
    expect(shadow!.querySelector('.panel')).toBeNull();
    // The Preact tab of a collapsed SidebarApp, drawn apart: the same elements, classes and text.
    const reference = document.createElement('div');
    render(<SidebarApp guide={guide} host="www.fenqile.com" t={t} initiallyCollapsed />, reference);
    expect(shadow!.querySelector('.root')!.outerHTML).toBe(reference.querySelector('.root')!.outerHTML);
  });

  it('loads the panel once when the tab is opened, remembers the choice and draws the panel expanded', async () => {
    const loadPanel = loader();
    const onCollapsedChange = vi.fn();
    mountSidebar(fakeContext(), { attributes, app: app({ initiallyCollapsed: true, onCollapsedChange }), shellT: t, loadPanel });
    const tab = shadow!.querySelector<HTMLButtonElement>('.edge-tab')!;
    tab.click();
    tab.click();
    await settle();
    expect(loadPanel).toHaveBeenCalledTimes(1);
    expect(onCollapsedChange).toHaveBeenCalledWith(false);
    expect(shadow!.querySelector('.panel')).not.toBeNull();
    expect(shadow!.querySelectorAll('.root')).toHaveLength(1);
    expect(shadow!.adoptedStyleSheets).toHaveLength(2);
  });

  it('loads the panel at once when the page opens expanded, showing the shell meanwhile', async () => {
    let release: (panel: SidebarPanel) => void = () => undefined;
    const loadPanel = loader(() => new Promise((resolve) => (release = resolve)));
    mountSidebar(fakeContext(), { attributes, app: app({ initiallyCollapsed: false }), shellT: t, loadPanel });
    expect(loadPanel).toHaveBeenCalledTimes(1);
    expect(shadow!.querySelector('.edge-tab')).not.toBeNull();
    release(sidebarPanel);
    await settle();
    expect(shadow!.querySelector('.panel')).not.toBeNull();
    expect(shadow!.querySelector('.edge-tab')).toBeNull();
  });

  it('keeps the tab when the panel cannot be loaded, reports it, and tries again on the next click', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loadPanel = loader(() => Promise.reject(new Error('Cannot access contents of the page')));
    mountSidebar(fakeContext(), { attributes, app: app({ initiallyCollapsed: true }), shellT: t, loadPanel });
    shadow!.querySelector<HTMLButtonElement>('.edge-tab')!.click();
    await settle();
    expect(shadow!.querySelector('.edge-tab')).not.toBeNull();
    expect(shadow!.querySelector('.panel')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.any(String), 'Cannot access contents of the page');
    shadow!.querySelector<HTMLButtonElement>('.edge-tab')!.click();
    await settle();
    expect(loadPanel).toHaveBeenCalledTimes(2);
  });

  it('before the answer, the shell’s tab asks the controller to open expanded and loads nothing itself', async () => {
    const loadPanel = loader();
    const onShellExpand = vi.fn();
    mountSidebar(fakeContext(), { attributes: { ...attributes, platform: null }, app: null, shellT: t, loadPanel, onShellExpand });
    expect(shadow!.querySelector('[data-tab-summary]')).toBeNull();
    shadow!.querySelector<HTMLButtonElement>('.edge-tab')!.click();
    await settle();
    expect(onShellExpand).toHaveBeenCalledTimes(1);
    expect(loadPanel).not.toHaveBeenCalled();
  });

  it('updates the shell’s line in place on a new state, and the panel draws from then on', async () => {
    const loadPanel = loader();
    const sidebar = mountSidebar(fakeContext(), { attributes, app: app({ initiallyCollapsed: true }), shellT: t, loadPanel });
    const tab = shadow!.querySelector('.edge-tab');
    sidebar.update({ title: '另一个名字' });
    expect(shadow!.querySelector('.edge-tab')).toBe(tab);
    expect(shadow!.querySelector('[data-tab-summary]')!.textContent).toBe(t('edgeTab.platform', { brand: '另一个名字' }));
    sidebar.fill(app({ initiallyCollapsed: false }), attributes);
    await settle();
    expect(shadow!.querySelector('.panel')).not.toBeNull();
    sidebar.unmount();
    expect(document.querySelector('credit-auth-sidebar')).toBeNull();
    expect(shadow!.childNodes).toHaveLength(0);
  });
});

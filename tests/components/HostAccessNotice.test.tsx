/** The popup's notice when the rules' host access is withheld (Firefox), with fake services. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import searchIndex from 'virtual:platform-search-index';
import { App } from '../../entrypoints/popup/App';
import type { HostAccess } from '../../entrypoints/popup/host-access';
import { genericGuidance, platformRules } from '../../rules/bundled-rules';
import { contentScriptMatches } from '../../rules/manifest-matches';
import { inertPopupServices } from '../support/popup-services';

const ORIGINS = contentScriptMatches(platformRules);

const services = inertPopupServices();

/** A fake browser permission store: `granted` patterns, and whether a request is accepted. */
function fakeAccess(granted: Set<string>, accept: boolean): HostAccess & { request: ReturnType<typeof vi.fn> } {
  return {
    origins: ORIGINS,
    missing: async () => ORIGINS.filter((origin) => !granted.has(origin)),
    request: vi.fn(async (wanted: readonly string[]) => {
      if (accept) for (const origin of wanted) granted.add(origin);
      return accept;
    }),
  };
}

const renderWith = (hostAccess: HostAccess) =>
  render(<App services={services} rules={platformRules} searchIndex={searchIndex} generic={genericGuidance} hostAccess={hostAccess} />);

describe('host access notice', () => {
  it('says nothing when every platform site is granted', async () => {
    renderWith(fakeAccess(new Set(ORIGINS), true));
    await screen.findByRole('heading', { name: '征信授权助手', level: 1 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByTestId('host-access')).toBeNull();
  });

  it('says so when none is granted, asks from the click itself, and goes away once granted', async () => {
    const access = fakeAccess(new Set(), true);
    renderWith(access);
    const notice = await screen.findByTestId('host-access');
    expect(notice.textContent).toContain('没有允许征信授权助手在网贷平台的网站上运行');
    expect(notice.textContent).toContain('不会出现侧边栏');
    fireEvent.click(screen.getByRole('button', { name: '允许在平台网站上运行' }));
    // Called in the click's own task (no await before it), with every missing pattern.
    expect(access.request).toHaveBeenCalledWith(ORIGINS);
    await waitFor(() => expect(screen.queryByTestId('host-access')).toBeNull());
  });

  it('counts the missing patterns when some are granted, and says when the user refused', async () => {
    const access = fakeAccess(new Set(ORIGINS.slice(2)), false);
    renderWith(access);
    const notice = await screen.findByTestId('host-access');
    expect(notice.textContent).toContain(`其中 2 个（共 ${ORIGINS.length} 个）`);
    fireEvent.click(screen.getByRole('button', { name: '允许在平台网站上运行' }));
    expect(access.request).toHaveBeenCalledWith(ORIGINS.slice(0, 2));
    await waitFor(() => expect(screen.getByTestId('host-access').textContent).toContain('这次没有获得许可'));
    expect(screen.getByTestId('host-access').getAttribute('data-missing')).toBe('2');
  });
});

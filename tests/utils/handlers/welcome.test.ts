import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall } from '../../../utils/handlers/welcome';

describe('openWelcomeOnInstall', () => {
  it('opens the welcome page on a first install', async () => {
    await openWelcomeOnInstall({ reason: 'install' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/welcome.html'));
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])('stays closed on %s', async (reason) => {
    const before = (await fakeBrowser.tabs.query({})).length;
    await openWelcomeOnInstall({ reason });
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });
});

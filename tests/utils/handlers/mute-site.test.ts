import { describe, expect, it } from 'vitest';
import { unmuteSite } from '../../../utils/handlers/mute-site';
import { readItem, settingsItem, writeItem } from '../../../utils/storage';
import { DEFAULT_SETTINGS } from '../../../utils/user-data';

describe('unmuteSite', () => {
  it('takes one host off the muted list and keeps the others and every other setting', async () => {
    await writeItem(settingsItem, { ...DEFAULT_SETTINGS, locale: 'en', mutedSites: ['www.fenqile.com', 'm.fenqile.com'] });
    await unmuteSite('www.fenqile.com');
    const settings = await readItem(settingsItem);
    expect(settings.mutedSites).toEqual(['m.fenqile.com']);
    expect(settings.locale).toBe('en');
    await unmuteSite('not-muted.example');
    expect((await readItem(settingsItem)).mutedSites).toEqual(['m.fenqile.com']);
  });
});

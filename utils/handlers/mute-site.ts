/**
 * Undoing "don't show on this site": the sidebar's undo and the popup's "show again" both send
 * `unmute-site`; the background, the one writer of settings, takes the host off the list.
 */
import { settingsItem, updateItem } from '../storage';

export async function unmuteSite(host: string): Promise<void> {
  await updateItem(settingsItem, (settings) => ({ ...settings, mutedSites: settings.mutedSites.filter((site) => site !== host) }));
}

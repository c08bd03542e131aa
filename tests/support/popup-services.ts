/** Popup services that do nothing: a component test overrides what it looks at. */
import type { PopupServices } from '../../entrypoints/popup/services';
import { DEFAULT_SETTINGS } from '../../utils/user-data';

export function inertPopupServices(overrides: Partial<PopupServices> = {}): PopupServices {
  return {
    now: () => new Date('2026-11-30T09:30:00.000Z'),
    load: async () => ({ settings: DEFAULT_SETTINGS, progress: {}, notices: [], customPlatforms: {}, letterDrafts: {} }),
    onDataChanged: () => () => undefined,
    editProgress: async () => undefined,
    dismissNotices: async () => undefined,
    loadTabState: async () => null,
    analyzePage: async () => ({ kind: 'none', letter: null }),
    showSidebar: async () => undefined,
    copy: async () => undefined,
    openOptions: () => undefined,
    openWelcome: () => undefined,
    loadTabHost: async () => null,
    unmuteSite: async () => undefined,
    addCustomPlatform: async () => 'custom-x',
    removeCustomPlatform: async () => undefined,
    saveLetterDraft: async () => undefined,
    deleteLetterDraft: async () => undefined,
    download: () => undefined,
    ...overrides,
  };
}

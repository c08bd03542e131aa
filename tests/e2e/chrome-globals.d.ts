/** The few `chrome.*` calls e2e tests evaluate inside the extension's service worker. */
declare const chrome: {
  runtime: { getManifest(): { content_scripts?: Array<{ matches: string[] }> } };
  permissions: { contains(p: { origins: string[] }): Promise<boolean>; remove(p: { origins: string[] }): Promise<boolean> };
  tabs: { query(query: Record<string, unknown>): Promise<Array<{ id?: number; url?: string }>> };
  action: { getTitle(details: { tabId: number }): Promise<string>; getBadgeText(details: { tabId: number }): Promise<string> };
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>>; clearAll(): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
  storage: {
    session: { get(keys: string | null): Promise<Record<string, unknown>> };
    local: { get(keys: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> };
  };
};

/**
 * The popup's check of the rules' host access, and the request for it. In Firefox an MV3
 * add-on's host permissions can be withheld or taken back by the user; the sidebar then cannot
 * run on the platform sites. `request` must be called straight from the click (Firefox only
 * asks for permissions inside a user gesture), so it calls `permissions.request` before any await.
 */
import { browser } from 'wxt/browser';

export interface HostAccess {
  /** The rules' site patterns in all. */
  readonly origins: readonly string[];
  /** The patterns not granted now. */
  missing(): Promise<string[]>;
  /** Asks the browser for the missing patterns; true when granted. */
  request(origins: readonly string[]): Promise<boolean>;
}

export function createHostAccess(origins: readonly string[]): HostAccess {
  return {
    origins,
    async missing() {
      const granted = await Promise.all(
        origins.map((origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false)),
      );
      return origins.filter((_, index) => !granted[index]);
    },
    request: (wanted) => browser.permissions.request({ origins: [...wanted] }).catch(() => false),
  };
}

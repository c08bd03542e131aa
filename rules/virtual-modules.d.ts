declare module 'virtual:platform-search-index' {
  import type { SearchEntry } from './platform-search';
  const index: SearchEntry[];
  export default index;
}

declare module 'virtual:lending-gate' {
  import type { LendingGateData } from './lending-gate';
  const data: LendingGateData;
  export default data;
}

declare module 'virtual:rule-files' {
  import type { GenericGuidance, PlatformRule } from './schema';
  const files: { platforms: PlatformRule[]; generic: GenericGuidance };
  export default files;
}

declare module 'virtual:platform-institutions' {
  /** Platform rule id → the normalized legal names (current and former) a report may print for it. */
  const names: Record<string, string[]>;
  export default names;
}

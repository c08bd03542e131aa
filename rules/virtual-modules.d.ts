declare module 'virtual:platform-search-index' {
  import type { SearchEntry } from './platform-search';
  const index: SearchEntry[];
  export default index;
}

declare module 'virtual:classifier-rules' {
  import type { ClassifierRule } from './classify-page';
  const rules: ClassifierRule[];
  export default rules;
}

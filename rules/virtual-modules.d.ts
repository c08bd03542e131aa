declare module 'virtual:platform-search-index' {
  import type { SearchEntry } from './platform-search';
  const index: SearchEntry[];
  export default index;
}

/** Every platform in the rules, searchable by name, company, pinyin or pinyin initials. */
import { useMemo, useState } from 'preact/hooks';
import { searchPlatforms, type SearchEntry } from '../rules/platform-search';
import type { PlatformRule } from '../rules/schema';
import type { Translate } from '../utils/i18n';

interface PlatformDirectoryProps {
  rules: readonly PlatformRule[];
  searchIndex: readonly SearchEntry[];
  t: Translate;
  onOpen: (id: string) => void;
  /** "My platform is not listed", with what was searched for. */
  onUnlisted?: (query: string) => void;
}

export function PlatformDirectory({ rules, searchIndex, t, onOpen, onUnlisted }: PlatformDirectoryProps) {
  const [query, setQuery] = useState('');
  const byId = useMemo(() => new Map(rules.map((rule) => [rule.id, rule])), [rules]);
  const ids = useMemo(() => searchPlatforms(searchIndex, query), [searchIndex, query]);
  return (
    <section class="card" aria-labelledby="directory-title">
      <h2 id="directory-title">{t('popup.directory')}</h2>
      <input
        type="search"
        class="search"
        value={query}
        placeholder={t('popup.search')}
        aria-label={t('popup.searchLabel')}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {ids.length === 0 ? (
        <p class="muted">{t('popup.noResults')}</p>
      ) : (
        <ul class="platform-list" data-testid="directory-results">
          {ids.map((id) => {
            const rule = byId.get(id);
            if (!rule) return null;
            return (
              <li key={id}>
                <button type="button" class="platform-row" data-platform={id} onClick={() => onOpen(id)}>
                  <span class="row-title" lang="zh-CN">
                    {rule.brand}
                  </span>
                  <span class="row-sub" lang="zh-CN">
                    {rule.legalEntities[0]?.name}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {onUnlisted && (
        <p class="unlisted-entry">
          <button type="button" class="link-button" data-testid="unlisted-entry" onClick={() => onUnlisted(query)}>
            {t('unlisted.entry')}
          </button>
        </p>
      )}
    </section>
  );
}

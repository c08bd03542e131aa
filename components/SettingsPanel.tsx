/** Options: all-sites recognition, sidebar behaviour, re-check days, language, muted sites. */
import type { Translate } from '../utils/i18n';
import type { Settings } from '../utils/user-data';

interface SettingsPanelProps {
  settings: Settings;
  /** Whether all-sites recognition is really in effect (permission and script), not just wanted. */
  allSitesActive: boolean;
  allSitesDenied: boolean;
  t: Translate;
  onToggleAllSites: (on: boolean) => void;
  onChange: (next: Settings) => void;
}

export function SettingsPanel({ settings, allSitesActive, allSitesDenied, t, onToggleAllSites, onChange }: SettingsPanelProps) {
  return (
    <>
      <section class="card" aria-labelledby="recognition-title">
        <h2 id="recognition-title">{t('options.recognition')}</h2>
        <label class="toggle">
          <input
            type="checkbox"
            data-testid="all-sites"
            checked={allSitesActive}
            onChange={(event) => onToggleAllSites(event.currentTarget.checked)}
          />
          {t('options.allSites')}
        </label>
        <p class="muted">{t('options.allSitesHelp')}</p>
        <p role="status" data-testid="all-sites-status">
          {allSitesDenied ? t('options.allSitesDenied') : allSitesActive ? t('options.allSitesOn') : t('options.allSitesOff')}
        </p>
      </section>

      <section class="card" aria-labelledby="sidebar-title">
        <h2 id="sidebar-title">{t('options.sidebar')}</h2>
        <label class="field">
          {t('options.sidebarDefault')}
          <select
            value={settings.sidebarDefault}
            onChange={(event) => onChange({ ...settings, sidebarDefault: event.currentTarget.value as Settings['sidebarDefault'] })}
          >
            <option value="auto">{t('options.sidebarLayout.auto')}</option>
            <option value="expanded">{t('options.sidebarExpanded')}</option>
            <option value="collapsed">{t('options.sidebarCollapsed')}</option>
          </select>
        </label>
        <label class="field">
          {t('options.sidebarLayout.edge')}
          <select
            value={settings.sidebarEdge ?? 'right'}
            data-testid="sidebar-edge"
            onChange={(event) => onChange({ ...settings, sidebarEdge: event.currentTarget.value as Settings['sidebarEdge'] })}
          >
            <option value="right">{t('options.sidebarLayout.right')}</option>
            <option value="left">{t('options.sidebarLayout.left')}</option>
          </select>
        </label>
        <label class="field">
          {t('options.recheckDays')}
          <input
            type="number"
            min={1}
            max={365}
            value={settings.recheckDays}
            onChange={(event) => {
              const days = Math.round(Number(event.currentTarget.value));
              if (days >= 1 && days <= 365) onChange({ ...settings, recheckDays: days });
            }}
          />
        </label>
        <label class="field">
          {t('options.language')}
          <select value={settings.locale} onChange={(event) => onChange({ ...settings, locale: event.currentTarget.value as Settings['locale'] })}>
            <option value="zh-CN" lang="zh-CN">
              简体中文
            </option>
            <option value="en">English</option>
          </select>
        </label>
        <h3>{t('options.muted')}</h3>
        {settings.mutedSites.length === 0 ? (
          <p class="muted">{t('options.mutedEmpty')}</p>
        ) : (
          <ul class="muted-sites">
            {settings.mutedSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  class="link-button"
                  aria-label={`${t('options.unmute')} ${site}`}
                  onClick={() => onChange({ ...settings, mutedSites: settings.mutedSites.filter((entry) => entry !== site) })}
                >
                  {t('options.unmute')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

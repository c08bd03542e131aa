/** The options page: settings, the user's data, and what the bundled rules cover. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PlatformRule } from '../../rules/schema';
import { createTranslator } from '../../utils/i18n';
import type { UserData } from '../../utils/data-transfer';
import type { Settings } from '../../utils/user-data';
import { DataPanel } from '../../components/DataPanel';
import { NoticeBanner } from '../../components/NoticeBanner';
import { RulesCoverage } from '../../components/RulesCoverage';
import { SettingsPanel } from '../../components/SettingsPanel';
import { exportFiles, type OptionsServices } from './services';

interface AppProps {
  services: OptionsServices;
  rules: readonly PlatformRule[];
}

export function App({ services, rules }: AppProps) {
  const [data, setData] = useState<UserData | null>(null);
  const [allSites, setAllSites] = useState({ active: false, denied: false });
  const [notices, setNotices] = useState<string[]>([]);
  const t = useMemo(() => createTranslator(data?.settings.locale ?? 'zh-CN'), [data?.settings.locale]);

  useEffect(() => {
    void Promise.all([services.load(), services.allSitesActive(), services.loadNotices()]).then(([loaded, active, items]) => {
      setData(loaded);
      setAllSites({ active, denied: false });
      setNotices(items);
    });
    // A site muted from a sidebar, a tick in the popup: shown here at once, never overwritten.
    return services.onDataChanged(() => {
      void services.load().then(setData);
      void services.loadNotices().then(setNotices);
    });
  }, [services]);

  useEffect(() => {
    if (data) {
      document.documentElement.lang = data.settings.locale;
      document.title = t('options.title');
    }
  }, [data?.settings.locale, t]);

  if (!data) return <main class="options" aria-busy="true" />;

  const saveSettings = (settings: Settings) => {
    setData({ ...data, settings });
    void services.saveSettings(data.settings, settings);
  };
  const refreshAllSites = async () => setAllSites({ active: await services.allSitesActive(), denied: false });

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p>
        <a href="/report.html" target="_blank" rel="noopener" data-testid="report-link">
          {t('report.link')}
        </a>
      </p>
      <NoticeBanner
        items={notices}
        t={t}
        onDismiss={() => {
          setNotices([]);
          void services.dismissNotices();
        }}
      />
      <SettingsPanel
        settings={data.settings}
        allSitesActive={allSites.active}
        allSitesDenied={allSites.denied}
        t={t}
        onToggleAllSites={(on) => {
          // Shown at once (a re-render from a storage change meanwhile must not flip it back);
          // the result below says what is really in effect.
          setAllSites({ active: on, denied: false });
          // Called straight from the click: the permission prompt needs the user's gesture.
          void services.toggleAllSites(on).then(async (result) => {
            setAllSites({ active: result.enabled, denied: result.denied });
            setData(await services.load());
          });
        }}
        onChange={saveSettings}
      />
      <DataPanel
        current={data}
        t={t}
        onExportJson={() => {
          const { json } = exportFiles(data, services.now());
          services.download(json.name, json.text, json.type);
        }}
        onExportMarkdown={() => {
          const { markdown } = exportFiles(data, services.now());
          services.download(markdown.name, markdown.text, markdown.type);
        }}
        onImport={async (incoming, mode) => {
          setData(await services.importData(incoming, mode));
          await refreshAllSites();
        }}
        onWipe={async () => {
          setData(await services.wipe());
          await refreshAllSites();
        }}
      />
      <RulesCoverage rules={rules} t={t} />
    </main>
  );
}

/**
 * The report page: loads what the reader shows (locale, logged requests, saved reports) and
 * wires the reader to the browser services. Everything reloads on storage changes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ReportReader } from '../../components/ReportReader';
import type { LoggedRequest, SavedReport } from '../../rules/credit-report/verify';
import type { InstitutionIndex } from '../../rules/institution-directory';
import type { PlatformRule } from '../../rules/schema';
import { createTranslator, type Locale } from '../../utils/i18n';
import type { ReportServices } from './services';

interface AppProps {
  services: ReportServices;
  rules: readonly PlatformRule[];
  index: InstitutionIndex;
}

export function App({ services, rules, index }: AppProps) {
  const [locale, setLocale] = useState<Locale | null>(null);
  const [requests, setRequests] = useState<LoggedRequest[]>([]);
  const [myPlatformIds, setMyPlatformIds] = useState<Set<string>>(new Set());
  const [myInstitutions, setMyInstitutions] = useState<Map<string, string>>(new Map());
  const [savedReports, setSavedReports] = useState<SavedReport[]>([]);
  const t = useMemo(() => createTranslator(locale ?? 'zh-CN'), [locale]);
  const readTab = useMemo(() => services.tabReader(), [services]);

  useEffect(() => {
    const refresh = () => {
      services.loadSavedReports().then(setSavedReports, () => setSavedReports([]));
      Promise.all([services.loadLocale(), services.loadProgress(rules)]).then(
        ([loadedLocale, progress]) => {
          setRequests(progress.requests);
          setMyPlatformIds(progress.myPlatformIds);
          setMyInstitutions(progress.myInstitutions);
          setLocale(loadedLocale);
        },
        () => setLocale((current) => current ?? 'zh-CN'),
      );
    };
    refresh();
    return services.onDataChanged(refresh);
  }, [services]);

  useEffect(() => {
    document.documentElement.lang = locale ?? 'zh-CN';
  }, [locale]);

  if (locale === null) return <main class="report" aria-busy="true" />;
  return (
    <ReportReader
      t={t}
      index={index}
      rules={rules}
      requests={requests}
      savedReports={savedReports}
      myPlatformIds={myPlatformIds}
      myInstitutions={myInstitutions}
      now={services.now}
      readPdf={services.readPdf}
      onReadTab={readTab ?? undefined}
      onSave={services.saveReport}
      onAddPlatform={services.addPlatform}
      onAddInstitution={services.addInstitution}
      onCopy={services.copy}
    />
  );
}

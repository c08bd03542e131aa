/**
 * The popup: the current tab's platform and its checklist first, then "my platforms" and the
 * searchable directory; one platform at a time in detail. A complete guide without any page.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchEntry } from '../../rules/platform-search';
import type { PlatformRule } from '../../rules/schema';
import { createTranslator } from '../../utils/i18n';
import type { TabState } from '../../utils/messages';
import { applyProgressEdits, diffPlatformProgress } from '../../utils/progress-edits';
import { DEFAULT_SETTINGS, newPlatformProgress, type PlatformProgress, type Progress, type Settings } from '../../utils/user-data';
import { CurrentPlatform } from '../../components/CurrentPlatform';
import { MyPlatforms } from '../../components/MyPlatforms';
import { NoticeBanner } from '../../components/NoticeBanner';
import { PlatformDetail } from '../../components/PlatformDetail';
import { PlatformDirectory } from '../../components/PlatformDirectory';
import { LetterCheck } from '../../components/LetterCheck';
import type { PageAnalysis, PopupServices } from './services';

interface AppProps {
  services: PopupServices;
  rules: readonly PlatformRule[];
  searchIndex: readonly SearchEntry[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function App({ services, rules, searchIndex }: AppProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [tab, setTab] = useState<TabState | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<PageAnalysis | 'running' | null>(null);
  const t = useMemo(() => createTranslator(settings.locale), [settings.locale]);
  const byId = useMemo(() => new Map(rules.map((rule) => [rule.id, rule])), [rules]);

  useEffect(() => {
    const load = () =>
      services.load().then(
        (data) => {
          setSettings(data.settings);
          setProgress(data.progress);
          setNotices(data.notices);
        },
        () => setProgress((current) => current ?? {}),
      );
    void load();
    // Another surface (the sidebar, the options page, a reminder) changed something: show it.
    const unsubscribe = services.onDataChanged(() => void load());
    services.loadTabState().then(setTab, () => setTab(null));
    return unsubscribe;
  }, [services]);

  useEffect(() => {
    document.documentElement.lang = settings.locale;
  }, [settings.locale]);

  if (progress === null) return <main class="popup" aria-busy="true" />;

  /** Shows the change at once; the background applies it as edits to what is stored now. */
  const save = (platformId: string, next: PlatformProgress) => {
    const edits = diffPlatformProgress(progress[platformId], next);
    if (edits.length === 0) return;
    setProgress({ ...progress, [platformId]: applyProgressEdits(progress[platformId], edits, services.now()) });
    void services.editProgress(platformId, edits);
  };
  const currentRule = tab?.platformId ? (byId.get(tab.platformId) ?? null) : null;
  const detailRule = openId ? byId.get(openId) : currentRule;
  const showingCurrent = !openId && currentRule !== null;

  const detail = (rule: PlatformRule, onBack?: () => void) => (
    <PlatformDetail
      rule={rule}
      progress={progress[rule.id]}
      recheckDays={settings.recheckDays}
      now={services.now}
      t={t}
      onChange={(next) => save(rule.id, next)}
      onScheduleRecheck={() => {
        const when = new Date(services.now().getTime() + settings.recheckDays * DAY_MS);
        save(rule.id, { ...(progress[rule.id] ?? newPlatformProgress(services.now())), recheckAt: when.toISOString() });
      }}
      onCancelRecheck={() => {
        const entry = progress[rule.id];
        if (entry) save(rule.id, { ...entry, recheckAt: null });
      }}
      onCopy={services.copy}
      onBack={onBack}
    />
  );

  const analyze = () => {
    setAnalysis('running');
    services.analyzePage().then(setAnalysis, () => setAnalysis({ kind: 'failed' }));
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('appName')}</h1>
        <button type="button" class="link-button" onClick={services.openOptions}>
          {t('popup.options')}
        </button>
      </header>
      <NoticeBanner
        items={notices}
        t={t}
        onDismiss={() => {
          setNotices([]);
          void services.dismissNotices();
        }}
      />
      {openId && detailRule ? (
        detail(detailRule, () => setOpenId(null))
      ) : (
        <>
          <CurrentPlatform rule={currentRule} t={t} />
          {showingCurrent && currentRule && detail(currentRule)}
          <section class="card analyze">
            <button type="button" onClick={analyze} disabled={analysis === 'running'}>
              {analysis === 'running' ? t('popup.analyzing') : t('popup.analyze')}
            </button>
            {analysis && analysis !== 'running' && (
              <div role="status" data-analysis={analysis.kind}>
                {analysis.kind === 'platform' && analysis.platformId && (
                  <p>{t('popup.analysis.platform', { brand: byId.get(analysis.platformId)?.brand ?? analysis.platformId })}</p>
                )}
                {analysis.kind === 'lookalike' && (
                  <p class="alert-text">
                    {t('popup.analysis.lookalike', { brand: byId.get(analysis.platformId ?? '')?.brand ?? analysis.platformId ?? '' })}
                  </p>
                )}
                {analysis.kind === 'predatory' && <p class="alert-text">{t('popup.analysis.predatory', { lures: analysis.lures.join('、') })}</p>}
                {analysis.kind === 'lending' && <p>{t('popup.analysis.lending')}</p>}
                {analysis.kind === 'none' && <p>{t('popup.analysis.none')}</p>}
                {analysis.kind === 'failed' && <p>{t('popup.analysis.failed')}</p>}
                {analysis.kind !== 'failed' && analysis.letter && (
                  <p>{t('popup.analysis.letter', { verdict: t(`letter.verdict.${analysis.letter}`) })}</p>
                )}
                {analysis.kind !== 'failed' && analysis.kind !== 'none' && (
                  <div class="actions">
                    <button type="button" onClick={() => void services.showSidebar(analysis)}>
                      {t('popup.showSidebar')}
                    </button>
                    {analysis.kind === 'platform' && analysis.platformId && (
                      <button type="button" onClick={() => setOpenId(analysis.platformId)}>
                        {t('popup.openChecklist')}
                      </button>
                    )}
                  </div>
                )}
              </div>
            )}
            <LetterCheck t={t} />
          </section>
          <MyPlatforms rules={rules} progress={progress} t={t} onOpen={setOpenId} />
          <PlatformDirectory rules={rules} searchIndex={searchIndex} t={t} onOpen={setOpenId} />
        </>
      )}
    </main>
  );
}

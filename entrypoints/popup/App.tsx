/**
 * The popup: the current tab's platform and its checklist first, then "my platforms" and the
 * searchable directory; one platform at a time in detail. A complete guide without any page.
 * A platform the rules do not list gets the generic guide ("my platform is not listed") and
 * can be kept as a custom entry; a site where the sidebar is muted says so, with a way back.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchEntry } from '../../rules/platform-search';
import type { GenericGuidance, PlatformRule } from '../../rules/schema';
import { customPlatformRule, newCustomPlatformId } from '../../rules/custom-platform';
import { createTranslator } from '../../utils/i18n';
import type { TabState } from '../../utils/messages';
import {
  DEFAULT_SETTINGS,
  newPlatformProgress,
  type CustomPlatforms,
  type LetterDrafts,
  type PlatformProgress,
  type Progress,
  type Settings,
} from '../../utils/user-data';
import { CurrentPlatform } from '../../components/CurrentPlatform';
import { MyPlatforms } from '../../components/MyPlatforms';
import { NoticeBanner } from '../../components/NoticeBanner';
import { PlatformDetail } from '../../components/PlatformDetail';
import { PlatformDirectory } from '../../components/PlatformDirectory';
import { LetterCheck } from '../../components/LetterCheck';
import { UnlistedPlatform } from '../../components/UnlistedPlatform';
import type { PageAnalysis, PopupServices } from './services';

interface AppProps {
  services: PopupServices;
  rules: readonly PlatformRule[];
  searchIndex: readonly SearchEntry[];
  generic: GenericGuidance;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function App({ services, rules, searchIndex, generic }: AppProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [tab, setTab] = useState<TabState | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<PageAnalysis | 'running' | null>(null);
  const [customPlatforms, setCustomPlatforms] = useState<CustomPlatforms>({});
  const [drafts, setDrafts] = useState<LetterDrafts>({});
  const [tabHost, setTabHost] = useState<string | null>(null);
  const [unmuted, setUnmuted] = useState(false);
  /** The name typed so far for "my platform is not listed"; null when that view is closed. */
  const [unlisted, setUnlisted] = useState<string | null>(null);
  const t = useMemo(() => createTranslator(settings.locale), [settings.locale]);
  const customRules = useMemo(
    () => Object.entries(customPlatforms).map(([id, entry]) => customPlatformRule(generic, id, entry.name)),
    [customPlatforms, generic],
  );
  const allRules = useMemo(() => [...rules, ...customRules], [rules, customRules]);
  const byId = useMemo(() => new Map(allRules.map((rule) => [rule.id, rule])), [allRules]);

  useEffect(() => {
    void Promise.all([
      services.loadSettings(),
      services.loadProgress(),
      services.loadNotices(),
      services.loadCustomPlatforms(),
      services.loadLetterDrafts(),
    ]).then(([loadedSettings, loadedProgress, loadedNotices, loadedCustom, loadedDrafts]) => {
      setSettings(loadedSettings);
      setCustomPlatforms(loadedCustom);
      setDrafts(loadedDrafts);
      setProgress(loadedProgress);
      setNotices(loadedNotices);
    });
    services.loadTabState().then(setTab, () => setTab(null));
    services.loadTabHost().then(setTabHost, () => setTabHost(null));
  }, [services]);

  useEffect(() => {
    document.documentElement.lang = settings.locale;
    document.title = t('appName');
  }, [settings.locale, t]);

  if (progress === null) return <main class="popup" aria-busy="true" />;

  const save = (platformId: string, next: PlatformProgress) => {
    const updated = { ...progress, [platformId]: next };
    setProgress(updated);
    void services.saveProgress(updated);
  };
  const currentRule = tab?.platformId ? (rules.find((rule) => rule.id === tab.platformId) ?? null) : null;
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
        const entry = progress[rule.id];
        void services.scheduleRecheck(rule.id, when);
        save(rule.id, {
          ...(entry ?? { status: 'in-progress', checklist: {}, owesMoney: 'unknown', evidence: [] }),
          recheckAt: when.toISOString(),
          updatedAt: services.now().toISOString(),
        });
      }}
      onCancelRecheck={() => {
        const entry = progress[rule.id];
        void services.cancelRecheck(rule.id);
        if (entry) save(rule.id, { ...entry, recheckAt: null, updatedAt: services.now().toISOString() });
      }}
      onCopy={services.copy}
      onBack={onBack}
      onDownload={services.download}
      custom={Object.hasOwn(customPlatforms, rule.id)}
      onRemove={() => {
        const { [rule.id]: _removed, ...restCustom } = customPlatforms;
        const { [rule.id]: _progress, ...restProgress } = progress;
        const { [rule.id]: _draft, ...restDrafts } = drafts;
        setCustomPlatforms(restCustom);
        setProgress(restProgress);
        setDrafts(restDrafts);
        setOpenId(null);
        void services.saveCustomPlatforms(restCustom);
        void services.saveProgress(restProgress);
        void services.saveLetterDrafts(restDrafts);
      }}
      draft={drafts[rule.id] ?? null}
      onSaveDraft={(draft) => {
        const next = { ...drafts, [rule.id]: { ...draft, savedAt: services.now().toISOString() } };
        setDrafts(next);
        void services.saveLetterDrafts(next);
      }}
      onDeleteDraft={() => {
        const { [rule.id]: _deleted, ...rest } = drafts;
        setDrafts(rest);
        void services.saveLetterDrafts(rest);
      }}
    />
  );

  const saveUnlisted = (name: string) => {
    const id = newCustomPlatformId();
    const now = services.now();
    const nextCustom = { ...customPlatforms, [id]: { name, createdAt: now.toISOString() } };
    setCustomPlatforms(nextCustom);
    void services.saveCustomPlatforms(nextCustom);
    save(id, newPlatformProgress(now));
    setUnlisted(null);
    setOpenId(id);
  };
  // The background knows the host of a recognized page; activeTab gives it for any other.
  const siteHost = tab?.host ?? tabHost;
  const muted = siteHost !== null && settings.mutedSites.includes(siteHost);

  const analyze = () => {
    setAnalysis('running');
    services.analyzePage().then(setAnalysis, () => setAnalysis({ kind: 'failed' }));
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('appName')}</h1>
        <div class="popup-head-links">
          <button type="button" class="link-button" onClick={services.openWelcome}>
            {t('popupWelcome.link')}
          </button>
          <button type="button" class="link-button" onClick={services.openOptions}>
            {t('popup.options')}
          </button>
        </div>
      </header>
      <NoticeBanner
        items={notices}
        t={t}
        onDismiss={() => {
          setNotices([]);
          void services.dismissNotices();
        }}
      />
      {(muted || unmuted) && siteHost && (
        <section class="card muted-site" data-testid="muted-site">
          {unmuted ? (
            <p role="status">{t('mutedSite.shown')}</p>
          ) : (
            <>
              <p>{t('mutedSite.line', { host: siteHost })}</p>
              <button
                type="button"
                onClick={() => {
                  setSettings({ ...settings, mutedSites: settings.mutedSites.filter((site) => site !== siteHost) });
                  setUnmuted(true);
                  void services.unmuteSite(siteHost);
                }}
              >
                {t('mutedSite.show')}
              </button>
            </>
          )}
        </section>
      )}
      {unlisted !== null ? (
        <UnlistedPlatform
          initialName={unlisted}
          generic={generic}
          today={services.now()}
          recheckDays={settings.recheckDays}
          t={t}
          onCopy={services.copy}
          onDownload={services.download}
          onSave={saveUnlisted}
          onBack={() => setUnlisted(null)}
        />
      ) : openId && detailRule ? (
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
          <MyPlatforms rules={allRules} progress={progress} t={t} onOpen={setOpenId} />
          <PlatformDirectory rules={rules} searchIndex={searchIndex} t={t} onOpen={setOpenId} onUnlisted={setUnlisted} />
        </>
      )}
    </main>
  );
}

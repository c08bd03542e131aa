/**
 * The popup: the current tab's platform and its checklist first, then "my platforms" and the
 * searchable directory; one platform at a time in detail. A complete guide without any page.
 * A platform the rules do not list gets the generic guide ("my platform is not listed") and
 * can be kept as a custom entry; a site where the sidebar is muted says so, with a way back.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchEntry } from '../../rules/platform-search';
import type { GenericGuidance, PlatformRule } from '../../rules/schema';
import platformInstitutions from 'virtual:platform-institutions';
import { customPlatformRule } from '../../rules/custom-platform';
import { checkPlatform, institutionNamesOf } from '../../rules/credit-report/platform-check';
import type { SavedReport } from '../../rules/credit-report/verify';
import { createTranslator } from '../../utils/i18n';
import type { TabState } from '../../utils/messages';
import { applyProgressEdits, diffPlatformProgress } from '../../utils/progress-edits';
import { DEFAULT_SETTINGS, newPlatformProgress } from '../../utils/user-data-values';
import type { CustomPlatforms, LetterDrafts, PlatformProgress, Progress, Settings } from '../../utils/user-data';
import { CurrentPlatform } from '../../components/CurrentPlatform';
import { MyPlatforms } from '../../components/MyPlatforms';
import { NoticeBanner } from '../../components/NoticeBanner';
import { PlatformDetail } from '../../components/PlatformDetail';
import { PlatformDirectory } from '../../components/PlatformDirectory';
import { LetterCheck } from '../../components/LetterCheck';
import { HostAccessNotice } from '../../components/HostAccessNotice';
import { UnlistedPlatform } from '../../components/UnlistedPlatform';
import type { PageAnalysis, PopupServices } from './services';
import type { HostAccess } from './host-access';

interface AppProps {
  services: PopupServices;
  rules: readonly PlatformRule[];
  searchIndex: readonly SearchEntry[];
  /** The rules' host access (Firefox lets the user withhold it); no notice without it. */
  hostAccess?: HostAccess;
  generic: GenericGuidance;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The date of the first request logged for a platform (its first contact-log entry), as the report page reads it. */
function firstRequestDate(progress: PlatformProgress | undefined): string | null {
  return progress?.evidence.map((entry) => entry.date).sort()[0] ?? null;
}

export function App({ services, rules, searchIndex, generic, hostAccess }: AppProps) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [tab, setTab] = useState<TabState | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<PageAnalysis | 'running' | null>(null);
  const [missingHosts, setMissingHosts] = useState<{ origins: string[]; refused: boolean }>({ origins: [], refused: false });
  const [customPlatforms, setCustomPlatforms] = useState<CustomPlatforms>({});
  const [drafts, setDrafts] = useState<LetterDrafts>({});
  const [tabHost, setTabHost] = useState<string | null>(null);
  const [unmuted, setUnmuted] = useState(false);
  /** The name typed so far for "my platform is not listed"; null when that view is closed. */
  const [unlisted, setUnlisted] = useState<string | null>(null);
  const [reportOffer, setReportOffer] = useState(false);
  /** The reader's saved results; null until loaded (or where the services cannot load them). */
  const [savedReports, setSavedReports] = useState<SavedReport[] | null>(null);
  const t = useMemo(() => createTranslator(settings.locale), [settings.locale]);
  const customRules = useMemo(
    () => Object.entries(customPlatforms).map(([id, entry]) => customPlatformRule(generic, id, entry.name, entry.legalEntity === true)),
    [customPlatforms, generic],
  );
  const allRules = useMemo(() => [...rules, ...customRules], [rules, customRules]);
  const byId = useMemo(() => new Map(allRules.map((rule) => [rule.id, rule])), [allRules]);

  useEffect(() => {
    const load = () =>
      services.load().then(
        (data) => {
          setSettings(data.settings);
          setCustomPlatforms(data.customPlatforms);
          setDrafts(data.letterDrafts);
          setProgress(data.progress);
          setNotices(data.notices);
        },
        () => setProgress((current) => current ?? {}),
      );
    const loadSaved = () => services.loadSavedReports?.().then(setSavedReports, () => undefined);
    void loadSaved();
    void load();
    // Another surface (the sidebar, the options page, a reminder) changed something: show it.
    const unsubscribe = services.onDataChanged(() => {
      void load();
      void loadSaved();
    });
    services.loadTabState().then(setTab, () => setTab(null));
    services.loadTabHost().then(setTabHost, () => setTabHost(null));
    return unsubscribe;
  }, [services]);

  useEffect(() => {
    hostAccess?.missing().then((origins) => setMissingHosts({ origins, refused: false }), () => undefined);
  }, [hostAccess]);

  useEffect(() => {
    document.documentElement.lang = settings.locale;
    document.title = t('appName');
  }, [settings.locale, t]);

  if (progress === null) return <main class="popup" aria-busy="true" />;

  /** Shows the change at once; the background applies it as edits to what is stored now. */
  const save = (platformId: string, next: PlatformProgress) => {
    const edits = diffPlatformProgress(progress[platformId], next);
    if (edits.length === 0) return;
    setProgress({ ...progress, [platformId]: applyProgressEdits(progress[platformId], edits, services.now()) });
    void services.editProgress(platformId, edits);
  };
  const currentRule = tab?.platformId ? (rules.find((rule) => rule.id === tab.platformId) ?? null) : null;
  const detailRule = openId ? byId.get(openId) : currentRule;
  const showingCurrent = !openId && currentRule !== null;

  /** The verify step's and the reminder's result for a platform, from the saved reports. */
  const savedCheck = (rule: PlatformRule) =>
    savedReports === null
      ? undefined
      : checkPlatform({
          platformId: rule.id,
          brand: rule.brand,
          institutionNames: institutionNamesOf(rule.id, platformInstitutions, customPlatforms[rule.id]),
          requestDate: firstRequestDate(progress[rule.id]),
          savedReports,
        });

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
      onDownload={services.download}
      custom={Object.hasOwn(customPlatforms, rule.id)}
      legalEntity={customPlatforms[rule.id]?.legalEntity === true}
      savedCheck={savedCheck(rule)}
      onRemove={() => {
        setOpenId(null);
        void services.removeCustomPlatform(rule.id);
      }}
      draft={drafts[rule.id] ?? null}
      onSaveDraft={(draft) => {
        setDrafts({ ...drafts, [rule.id]: { ...draft, savedAt: services.now().toISOString() } });
        void services.saveLetterDraft(rule.id, draft);
      }}
      onDeleteDraft={() => {
        const { [rule.id]: _deleted, ...rest } = drafts;
        setDrafts(rest);
        void services.deleteLetterDraft(rule.id);
      }}
    />
  );

  const saveUnlisted = (name: string) => {
    setUnlisted(null);
    services.addCustomPlatform(name).then(
      (id) => {
        // Shown at once; the stored change arrives through onDataChanged as well.
        setCustomPlatforms((current) => ({ ...current, [id]: { name, createdAt: services.now().toISOString() } }));
        setProgress((current) => ({ ...(current ?? {}), [id]: current?.[id] ?? newPlatformProgress(services.now()) }));
        setOpenId(id);
      },
      () => setUnlisted(name),
    );
  };
  // The background knows the host of a recognized page; activeTab gives it for any other.
  const siteHost = tab?.host ?? tabHost;
  const muted = siteHost !== null && settings.mutedSites.includes(siteHost);

  const analyze = () => {
    setAnalysis('running');
    services.analyzePage().then(setAnalysis, () => setAnalysis({ kind: 'failed' }));
    // The credit bureau's own report page: offer to read its query records into the reader.
    services.tabShowsQueryRecords?.().then(setReportOffer, () => setReportOffer(false));
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('appName')}</h1>
        <div class="popup-head-links">
          <a class="link-button" href="/report.html" target="_blank" rel="noopener" data-testid="report-link">
            {t('report.link')}
          </a>
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
      {hostAccess && (
        <HostAccessNotice
          missing={missingHosts.origins.length}
          total={hostAccess.origins.length}
          refused={missingHosts.refused}
          t={t}
          onRequest={() => {
            // Straight from the click: Firefox asks for permissions only inside a user gesture.
            void hostAccess.request(missingHosts.origins).then(async (granted) => {
              setMissingHosts({ origins: await hostAccess.missing(), refused: !granted });
            });
          }}
        />
      )}
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
            {reportOffer && (
              <p>
                <button type="button" data-testid="report-offer" onClick={() => void services.openReportReader?.()}>
                  {t('report.offer')}
                </button>
              </p>
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

/** One platform in the popup: status, the owe-money question, checklist, log, letter, reminder. */
import { checklistFor, type ChecklistStep } from '../rules/checklist';
import { ruleConfidence } from '../rules/rule-confidence';
import type { PlatformCheck } from '../rules/credit-report/platform-check';
import type { PlatformRule } from '../rules/schema';
import type { Translate } from '../utils/i18n';
import { newPlatformProgress, PLATFORM_STATUSES } from '../utils/user-data-values';
import type { EvidenceEntry, LetterDraft, PlatformProgress } from '../utils/user-data';
import { Checklist } from './Checklist';
import { EvidenceLog } from './EvidenceLog';
import { OwesMoneyQuestion } from './OwesMoneyQuestion';
import { RecheckReminder } from './RecheckReminder';
import { RequestLetter } from './RequestLetter';
import { SavedReportCheck } from './SavedReportCheck';

interface PlatformDetailProps {
  rule: PlatformRule;
  progress: PlatformProgress | undefined;
  recheckDays: number;
  now: () => Date;
  t: Translate;
  onChange: (next: PlatformProgress) => void;
  onScheduleRecheck: () => void;
  onCancelRecheck: () => void;
  onCopy: (text: string) => Promise<void>;
  onBack?: () => void;
  /** A platform the user added ("not listed"): generic guidance, no reminder alarm, removable. */
  custom?: boolean;
  /** A generic entry under an institution's legal name, added from the credit-report reader. */
  legalEntity?: boolean;
  /** What the saved credit reports say about this platform; absent when they were not loaded. */
  savedCheck?: PlatformCheck;
  onRemove?: () => void;
  onDownload?: (fileName: string, text: string) => void;
  draft?: LetterDraft | null;
  onSaveDraft?: (draft: Omit<LetterDraft, 'savedAt'>) => void;
  onDeleteDraft?: () => void;
}

export function PlatformDetail(props: PlatformDetailProps) {
  const { rule, recheckDays, now, t, onChange } = props;
  const current = props.progress ?? newPlatformProgress(now());
  const update = (patch: Partial<PlatformProgress>) => {
    // The background applies it (and the "any action starts a platform" rule: utils/progress-edits.ts).
    onChange({ ...current, ...patch, updatedAt: now().toISOString() });
  };
  const toggle = (step: ChecklistStep, done: boolean) => {
    const checklist = { ...current.checklist };
    if (done) checklist[step] = { at: now().toISOString() };
    else delete checklist[step];
    update({ checklist });
  };
  const addEvidence = (entry: Omit<EvidenceEntry, 'id'>) => {
    const id = `e${now().getTime().toString(36)}-${current.evidence.length}`;
    update({ evidence: [...current.evidence, { ...entry, id }] });
  };
  const today = now();
  const savedResult = props.savedCheck && <SavedReportCheck check={props.savedCheck} fundersQuery={rule.fundersQuery && !props.custom} t={t} />;
  return (
    <div class="detail" data-platform={rule.id}>
      <header class="detail-head">
        {props.onBack && (
          <button type="button" class="link-button" onClick={props.onBack}>
            ← {t('popup.back')}
          </button>
        )}
        <h2 class="detail-title" lang="zh-CN">
          {rule.brand}
        </h2>
        {props.custom ? (
          <p class="muted" data-custom-platform={props.legalEntity ? 'legal-entity' : ''}>
            {t(props.legalEntity ? 'unlisted.legalEntity' : 'unlisted.custom')}
          </p>
        ) : (
          <>
            <p class="muted" lang="zh-CN">
              {rule.legalEntities.length > 0 ? rule.legalEntities.map((entity) => entity.name).join('、') : t('confidenceNote.entitiesUnknown')}
            </p>
            <p class="muted" data-confidence={ruleConfidence(rule)}>
              {t('confidence.line', { level: t(`confidence.${ruleConfidence(rule)}`), note: t(`confidenceNote.${ruleConfidence(rule)}`) })}
            </p>
          </>
        )}
        <label class="status-select">
          {t('status.label')}
          <select value={current.status} onChange={(event) => update({ status: event.currentTarget.value as PlatformProgress['status'] })}>
            {PLATFORM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <OwesMoneyQuestion name={`owes-${rule.id}`} value={current.owesMoney} t={t} onChange={(owesMoney) => update({ owesMoney })} />
      <Checklist steps={checklistFor(rule)} checklist={current.checklist} recheckDays={recheckDays} t={t} onToggle={toggle} verifyResult={savedResult} />
      <EvidenceLog
        entries={current.evidence}
        today={today.toISOString().slice(0, 10)}
        t={t}
        onAdd={addEvidence}
        onDelete={(id) => update({ evidence: current.evidence.filter((entry) => entry.id !== id) })}
      />
      <RequestLetter
        key={rule.id}
        rule={rule}
        today={today}
        t={t}
        onCopy={props.onCopy}
        onDownload={props.onDownload}
        draft={props.draft}
        onSaveDraft={props.onSaveDraft}
        onDeleteDraft={props.onDeleteDraft}
      />
      {!props.custom && (
        <RecheckReminder
          recheckAt={current.recheckAt}
          days={recheckDays}
          t={t}
          onSchedule={props.onScheduleRecheck}
          onCancel={props.onCancelRecheck}
          savedResult={savedResult}
        />
      )}
      {props.custom && props.onRemove && (
        <p>
          <button type="button" class="link-button" onClick={props.onRemove}>
            {t('unlisted.remove')}
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * One institution that queried the user's credit report for 贷后管理: who it is, why it may
 * still query, what to do, the request text addressed to it, and "add to my platforms" (its
 * platform's rule, or a generic entry under its legal name when no rule covers it).
 */
import { useState } from 'preact/hooks';
import type { PostLoanQuerier } from '../rules/credit-report/summarize';
import { composeQuerierRequest } from '../rules/credit-report/querier-request';
import type { PlatformRule } from '../rules/schema';
import type { MessageKey, Translate } from '../utils/i18n';

const MAX_ENTRY_NAME = 40;

interface ReportQuerierProps {
  querier: PostLoanQuerier;
  rules: ReadonlyMap<string, PlatformRule>;
  /** Its platform, or (no platform) its generic entry, is in "my platforms". */
  added: boolean;
  t: Translate;
  now: () => Date;
  onAddPlatform(platformId: string): void;
  /** No platform of the rules: a generic entry of "my platforms" under this legal name. */
  onAddInstitution(name: string): void;
  onCopy(text: string): Promise<void>;
}

export function ReportQuerier({ querier, rules, added, t, now, onAddPlatform, onAddInstitution, onCopy }: ReportQuerierProps) {
  const [copied, setCopied] = useState(false);
  const platforms = querier.platformIds.map((id) => rules.get(id)).filter((rule): rule is PlatformRule => rule !== undefined);
  const platform = platforms[0] ?? null;
  // A former name is written to under the entity's name of today.
  const addressee = querier.formerName && querier.directory ? querier.directory.name : querier.institution;
  const letter = querier.masked ? null : composeQuerierRequest(addressee, platform, now());
  const brands = querier.directory?.brands.map((brand) => brand.brand) ?? [];

  return (
    <li
      class="card querier"
      data-contract="post-loan-querier"
      data-institution={querier.institution}
      data-count={String(querier.count)}
      data-last-date={querier.lastDate}
      data-platform={platform?.id}
    >
      <h3>{querier.institution}</h3>
      <p class="counts">{t('report.postLoan.counts', { count: querier.count, first: querier.firstDate, last: querier.lastDate })}</p>
      {querier.masked && <p>{t('report.who.masked')}</p>}
      {querier.formerName && querier.directory && <p>{t('report.who.former', { name: querier.directory.name })}</p>}
      {brands.length > 0 ? (
        <p>{t('report.who.brands', { brands: brands.join('、') })}</p>
      ) : (
        platforms.length > 0 && <p>{t('report.who.platform', { brands: platforms.map((rule) => rule.brand).join('、') })}</p>
      )}
      <p>{querier.kind === 'unknown' ? t('report.who.unknownKind') : t('report.who.kind', { kind: t(`report.kind.${querier.kind}` as MessageKey) })}</p>
      <h4>{t('report.why.title')}</h4>
      <p>{t('report.why.text')}</p>
      <h4>{t('report.do.title')}</h4>
      <ol>
        <li>{t('report.do.settle')}</li>
        <li>{t('report.do.close')}</li>
        <li>{t('report.do.ask')}</li>
        <li>{t('report.do.verify')}</li>
      </ol>
      {letter && (
        <details>
          <summary>{t('report.letter.title', { name: addressee })}</summary>
          <pre class="letter">{letter}</pre>
          <button
            type="button"
            onClick={() =>
              void onCopy(letter).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? t('report.copied') : t('report.copy')}
          </button>
        </details>
      )}
      {platform ? (
        <button type="button" class="add-platform" disabled={added} onClick={() => onAddPlatform(platform.id)}>
          {added ? t('report.added') : t('report.addPlatform', { brand: platform.brand })}
        </button>
      ) : (
        !querier.masked && (
          <>
            <p class="muted">{t('report.noPlatform')}</p>
            {/* A stored entry's name is at most 40 characters; no legal name comes near it, and none is cut. */}
            {addressee.length <= MAX_ENTRY_NAME && (
              <button type="button" class="add-platform" data-testid="add-institution" disabled={added} onClick={() => onAddInstitution(addressee)}>
                {added ? t('report.added') : t('report.addInstitution')}
              </button>
            )}
          </>
        )
      )}
    </li>
  );
}

/**
 * What the page itself shows: a look-alike of a known platform, predatory lures, and the
 * authorization letter's analysis with its deciding clauses quoted. Page text is rendered as
 * text only.
 */
import type { LureFinding } from '../rules/classify-page';
import type { LetterAnalysis } from '../rules/letter-analysis';
import type { Translate } from '../utils/i18n';
import { LetterNotes } from './LetterNotes';
import { Section } from './Section';

export interface PageFindingsData {
  lookalike: { brand: string; host: string; officialHosts: string[] } | null;
  lures: LureFinding[];
  /** Report channel id → text, for the lures' report lists. */
  reportChannels: Record<string, string>;
  letter: (LetterAnalysis & { inModal: boolean }) | null;
}

interface PageFindingsProps {
  findings: PageFindingsData;
  t: Translate;
}

export function PageFindings({ findings, t }: PageFindingsProps) {
  const { lookalike, lures, letter } = findings;
  // Lures share report channels: each is listed once, after the lures.
  const reports = [...new Set(lures.flatMap((lure) => lure.report))];
  return (
    <>
      {lookalike && (
        <section class="warning" data-warning="lookalike" aria-labelledby="cah-lookalike-title">
          <h2 id="cah-lookalike-title">{t('lookalike.title', { brand: lookalike.brand })}</h2>
          <p>{t('lookalike.body', { brand: lookalike.brand, host: lookalike.host })}</p>
          <p>{t('lookalike.official', { brand: lookalike.brand })}</p>
          <ul class="plain">
            {lookalike.officialHosts.map((host) => (
              <li key={host}>
                <strong>{host}</strong>
              </li>
            ))}
          </ul>
          <p>{t('lookalike.advice')}</p>
        </section>
      )}
      {lures.length > 0 && (
        <section class="warning" data-warning="predatory" aria-labelledby="cah-lures-title">
          <h2 id="cah-lures-title">{t('predatory.title')}</h2>
          <ul class="lures">
            {lures.map((lure) => (
              <li key={lure.id} data-lure={lure.id}>
                <h3 lang="zh-CN">{lure.label}</h3>
                {lure.excerpt && <p class="muted">{t('predatory.found', { excerpt: lure.excerpt })}</p>}
                <p lang="zh-CN">{lure.explanation}</p>
              </li>
            ))}
          </ul>
          {reports.length > 0 && (
            <>
              <h3>{t('predatory.report')}</h3>
              <ul class="plain" data-reports="" lang="zh-CN">
                {reports.map((id) => (
                  <li key={id}>{findings.reportChannels[id] ?? id}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {letter && (
        <Section id="letter" title={t('letter.sectionTitle')}>
          <p data-letter-verdict={letter.verdict}>
            {t('letter.verdictLabel')}
            <strong>{t(`letter.verdict.${letter.verdict}`)}</strong>
            {letter.inModal && <span class="muted">{t('letter.inModal')}</span>}
          </p>
          <p lang="zh-CN">{letter.reason}</p>
          {letter.deciding.length > 0 && (
            <>
              <h3>{t('letter.deciding')}</h3>
              <ul class="clauses" lang="zh-CN">
                {letter.deciding.map((clause) => (
                  <li key={`${clause.id}:${clause.quote}`}>
                    <blockquote>“{clause.quote}”</blockquote>
                    <p class="muted">{clause.meaning}</p>
                  </li>
                ))}
              </ul>
            </>
          )}
          <LetterNotes notes={letter.notes} t={t} />
          <p class="note">{t(`letter.implication.${letter.verdict}`)}</p>
        </Section>
      )}
    </>
  );
}

/** Options: which platforms the bundled rules cover, how fresh and how sure each is. */
import { ruleConfidence } from '../rules/rule-confidence';
import type { PlatformRule } from '../rules/schema';
import type { Translate } from '../utils/i18n';

interface RulesCoverageProps {
  rules: readonly PlatformRule[];
  t: Translate;
}

export function RulesCoverage({ rules, t }: RulesCoverageProps) {
  return (
    <section class="card" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('options.rules')}</h2>
      <p class="muted">{t('options.rulesHelp', { count: rules.length })}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('options.rulesPlatform')}</th>
              <th scope="col">{t('options.rulesHosts')}</th>
              <th scope="col">{t('options.rulesChecked')}</th>
              <th scope="col">{t('options.rulesConfidence')}</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.id}>
                <td lang="zh-CN">{rule.brand}</td>
                <td>{rule.hosts.join(', ')}</td>
                <td>{rule.provenance.checked}</td>
                <td>{t(`confidence.${ruleConfidence(rule)}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The phone script (what to say to customer service), folded: shared by the popup's letter and the sidebar's text. */
import type { Translate } from '../utils/i18n';

export function PhoneScript({ script, t }: { script: string; t: Translate }) {
  return (
    <details>
      <summary>{t('letter.phoneScript')}</summary>
      <pre class="script" lang="zh-CN">
        {script}
      </pre>
    </details>
  );
}

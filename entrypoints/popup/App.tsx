/** The popup, first version: names the current tab's platform. The checklist builds on it. */
import { useEffect, useState } from 'preact/hooks';
import type { PlatformRule } from '../../rules/schema';
import type { Translate } from '../../utils/i18n';
import type { TabState } from '../../utils/messages';
import { CurrentPlatform } from '../../components/CurrentPlatform';

interface AppProps {
  loadTabState: () => Promise<TabState | null>;
  rules: readonly PlatformRule[];
  t: Translate;
}

export function App({ loadTabState, rules, t }: AppProps) {
  const [state, setState] = useState<TabState | null | 'loading'>('loading');
  useEffect(() => {
    loadTabState().then(setState, () => setState(null));
  }, [loadTabState]);
  const rule = state !== 'loading' && state?.platformId ? rules.find((r) => r.id === state.platformId) ?? null : null;
  return (
    <main class="popup">
      <h1>{t('appName')}</h1>
      {state === 'loading' ? null : <CurrentPlatform rule={rule} t={t} />}
      <p class="muted">{t('popup.coverage', { count: rules.length })}</p>
    </main>
  );
}

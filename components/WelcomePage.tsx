/**
 * The welcome page (surface 5): what the extension does and does not do, that nothing leaves
 * the device, what all-sites recognition would add and that it is off, and the three ways in.
 * Links go to the extension's own pages by path: the options page and the credit-report reader.
 */
import type { Translate } from '../utils/i18n';

interface WelcomePageProps {
  t: Translate;
}

export function WelcomePage({ t }: WelcomePageProps) {
  const list = (keys: Parameters<Translate>[0][]) => (
    <ul>
      {keys.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
  return (
    <main class="welcome">
      <h1>{t('welcome.title')}</h1>
      <p class="lead">{t('welcome.lead')}</p>

      <section class="card" aria-labelledby="welcome-does">
        <h2 id="welcome-does">{t('welcome.doesTitle')}</h2>
        {list(['welcome.does.sidebar', 'welcome.does.directory', 'welcome.does.records', 'welcome.does.report'])}
      </section>

      <section class="card" aria-labelledby="welcome-doesnt">
        <h2 id="welcome-doesnt">{t('welcome.doesNotTitle')}</h2>
        {list(['welcome.doesNot.act', 'welcome.doesNot.promise', 'welcome.doesNot.login', 'welcome.doesNot.advice'])}
      </section>

      <section class="card" aria-labelledby="welcome-privacy" data-section="privacy">
        <h2 id="welcome-privacy">{t('welcome.privacyTitle')}</h2>
        <p>{t('welcome.privacy')}</p>
      </section>

      <section class="card" aria-labelledby="welcome-all-sites" data-section="all-sites">
        <h2 id="welcome-all-sites">{t('welcome.allSitesTitle')}</h2>
        <p>
          <strong>{t('welcome.allSitesOff')}</strong> {t('welcome.allSitesAdds')}
        </p>
        <p>
          <a href="/options.html">{t('welcome.openOptions')}</a>
        </p>
      </section>

      <section class="card" aria-labelledby="welcome-ways">
        <h2 id="welcome-ways">{t('welcome.waysTitle')}</h2>
        <ol class="ways">
          <li>
            <strong>{t('welcome.way.site')}</strong> {t('welcome.way.siteHow')}
          </li>
          <li>
            <strong>{t('welcome.way.popup')}</strong> {t('welcome.way.popupHow')}
          </li>
          <li>
            <strong>{t('welcome.way.report')}</strong> {t('welcome.way.reportHow')}{' '}
            <a href="/report.html" data-testid="welcome-report">
              {t('welcome.openReport')}
            </a>
          </li>
        </ol>
      </section>
    </main>
  );
}

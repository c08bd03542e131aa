/** Welcome entry: reads the language setting and renders the page. */
import { render } from 'preact';
import { readItem, settingsItem } from '../../utils/storage';
import { WelcomePage } from '../../components/WelcomePage';
import { createTranslator } from '../../utils/i18n';
import '../popup/popup.css';
import './welcome.css';

const root = document.getElementById('app');
if (root) {
  // A damaged settings value reads as the defaults (zh-CN): the page still shows.
  void readItem(settingsItem)
    .then((settings) => settings.locale, () => 'zh-CN' as const)
    .then((locale) => {
      const t = createTranslator(locale);
      document.documentElement.lang = locale;
      document.title = t('welcome.title');
      render(<WelcomePage t={t} />, root);
    });
}

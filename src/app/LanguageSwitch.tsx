import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other: Language = i18n.language === 'en' ? 'es' : 'en';
  return (
    <button type="button" className="link-button" lang={other} onClick={() => void changeLanguage(other)} aria-label={t('language.switchLabel')}>
      {t('language.switch')}
    </button>
  );
}

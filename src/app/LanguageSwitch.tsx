import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../i18n/i18n';
import { LoadFailed } from '../ui/LoadFailed';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other: Language = i18n.language === 'en' ? 'es' : 'en';
  // The other language's texts load on demand; if they do not arrive the page stays as it is.
  const [failed, setFailed] = useState<Language | null>(null);
  const switchTo = (lng: Language) => {
    setFailed(null);
    changeLanguage(lng).catch(() => setFailed(lng));
  };
  return (
    <>
      <button type="button" className="link-button" lang={other} onClick={() => switchTo(other)} aria-label={t('language.switchLabel')}>
        {t('language.switch')}
      </button>
      {failed ? <LoadFailed messageKey={`loadFailed.texts.${failed}`} onRetry={() => switchTo(failed)} /> : null}
    </>
  );
}

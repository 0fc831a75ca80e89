import { useTranslation } from 'react-i18next';
import type { Result } from '../../engine';

export function ConsultationAdvice({ consultation }: { consultation: Result['consultation'] }) {
  const { t } = useTranslation();
  if (!consultation.recommended) return null;
  return (
    <section className="callout" aria-labelledby="consult">
      <h2 id="consult">{t('result.consultRecommended')}</h2>
      <ul>
        {consultation.reasons.map((r) => (
          <li key={r}>{t(`result.consultReasons.${r}`)}</li>
        ))}
      </ul>
      <p>{t('result.consultNote')}</p>
    </section>
  );
}

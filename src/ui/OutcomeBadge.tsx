import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomeKeys } from '../documents/outcome';
import type { UnresolvedPoint } from '../engine';
import type { Outcome } from '../questionnaire/schema';

// Shape, words and colour together, so the colour is never the only signal. Drawn as SVG:
// emoji fonts are missing on many phones and projector laptops.
const ICON: Record<Outcome, ReactElement> = {
  uso_indebido: (
    <>
      <polygon points="8,2 16,2 22,8 22,16 16,22 8,22 2,16 2,8" />
      <line x1="7" y1="12" x2="17" y2="12" />
    </>
  ),
  riesgo_alto: (
    <>
      <polygon points="12,2 23,21 1,21" />
      <line x1="12" y1="9" x2="12" y2="14" />
      <line x1="12" y1="17" x2="12" y2="17.5" />
    </>
  ),
  riesgo_aceptable: (
    <>
      <circle cx="12" cy="12" r="10" />
      <polyline points="7,12.5 10.5,16 17,8.5" />
    </>
  ),
  fuera_de_ambito: (
    <>
      <circle cx="12" cy="12" r="10" strokeDasharray="3 2.5" />
    </>
  ),
  indeterminado: (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M9 9.5a3 3 0 1 1 4 2.8c-.8.3-1 .9-1 1.7" />
      <line x1="12" y1="17" x2="12" y2="17.5" />
    </>
  ),
};

/** With the result's open points, a «riesgo alto» that could still be prohibited says so. */
export function OutcomeBadge({ outcome, unresolved = [] }: { outcome: Outcome; unresolved?: readonly UnresolvedPoint[] }) {
  const { t } = useTranslation();
  return (
    <p className={`badge badge--${outcome}`}>
      <svg className="badge__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {ICON[outcome]}
      </svg>
      {t(outcomeKeys({ outcome, unresolved }).label, { ns: 'results' })}
    </p>
  );
}

// @vitest-environment jsdom
// What the result page (and so the printed report) says about dates and optional duties:
// the entry-into-force range, the weekend caveat, the actor's caveat, and that provisions
// the Primera DCF g) makes «facultativa» are not labelled «Obligatorio».
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/engine';
import { Deadlines } from '../../src/flow/result/Deadlines';
import { Obligations } from '../../src/flow/result/Obligations';
import { changeLanguage, initI18n, loadNamespaces } from '../../src/i18n/i18n';
import { content } from '../../src/questionnaire/content';
import { walk } from '../helpers/journey';
import { Q } from '../helpers/questions';

const ACTOR = Q.actorType;
const GROUP = Q.publicGroup;
const SIZE = Q.companySize;
const SECTOR = Q.sectorOfUse;
const HIGH = { [Q.creditScoring]: 'si', [Q.fraudDetection]: 'no' };
const TODAY = '2026-11-23';
const result = (answers: Record<string, string>) => classify(content, walk(answers).answers, { today: TODAY });

beforeAll(async () => {
  await initI18n('es');
  await loadNamespaces(['results']);
});

describe('deadlines section', () => {
  it('shows entry into force as a range with its caveat', () => {
    render(<Deadlines deadlines={result({}).deadlines} today={TODAY} />);
    const entry = screen.getByText(/Entrada en vigencia general/).closest('li')!;
    expect(entry).toHaveTextContent('Exigible desde el 20–22 de enero de 2026');
    expect(entry).toHaveTextContent(/días hábiles/);
  });

  it('caveats a last day on a Sunday and shows the MYPE date alone where it is the longer one', () => {
    render(<Deadlines deadlines={result({ [ACTOR]: 'organizacion_privada', [SIZE]: 'micro', [SECTOR]: 'salud' }).deadlines} today={TODAY} />);
    expect(screen.getAllByText(/Exigible/).map((r) => r.textContent)).toEqual([
      'Exigible desde el 20–22 de enero de 2026',
      'Exigible a partir del 10 de setiembre de 2028',
    ]);
    expect(screen.getByText(/cae en sábado o domingo/)).toBeInTheDocument();
  });

  it('shows the caveat about the actor, in English too', async () => {
    await changeLanguage('en');
    try {
      render(<Deadlines deadlines={result({ [ACTOR]: 'concesionaria_privada' }).deadlines} today={TODAY} />);
      expect(screen.getByText(/numeral 8 of article I of the consolidated Law 27444/)).toBeInTheDocument();
      expect(screen.getByText(/Applicable since 20\s*–\s*22 January 2026/)).toBeInTheDocument();
    } finally {
      await changeLanguage('es');
    }
  });
});

describe('obligations section', () => {
  it('labels the phased duties of a type D–G local government «Facultativo», with the reason', () => {
    render(<Obligations items={result({ ...HIGH, [GROUP]: 'local_defg' }).obligations} checked={[]} onChecked={() => {}} />);
    const oversight = screen.getByText(/Implementar supervisión humana/).closest('label')!;
    expect(oversight).toHaveTextContent('Facultativo');
    expect(oversight).not.toHaveTextContent('Obligatorio');
    expect(oversight).toHaveTextContent(/de acuerdo a sus recursos y capacidades/);
    expect(screen.getByText(/Actuar con probidad y ética/).closest('label')).toHaveTextContent('Obligatorio');
  });
});

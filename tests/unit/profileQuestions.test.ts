// The profile questions a new user must be able to answer: who is a public entity, what the
// Executive and the autonomous constitutional bodies are, what numerals 7 and 8 of art. I of
// the TUO of Ley 27444 cover (Primera DCF a), b), c), f); art. 3).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Q } from '../helpers/questions';

const ACTOR = Q.actorType;
const GROUP = Q.publicGroup;
const texts = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/questionnaire.json`, 'utf8')).questions;
const all = (q: { title: string; hint: string; options: Record<string, string> }) => [q.title, q.hint, ...Object.values(q.options)].join(' ');

describe.each([
  [
    'es',
    {
      private: /Academia privada/,
      univ: /universidades públicas son entidades públicas/,
      num7: /potestades administrativas/,
      num8: /concesionaria de un servicio público/,
    },
  ],
  ['en', { private: /Private academia/, univ: /Public universities are public entities/, num7: /administrative powers/, num8: /public-service concession/ }],
])('profile wording (%s)', (lang, expected) => {
  const q = texts(lang);

  it('academia is the private kind; a public university is told to answer as a public entity', () => {
    expect(q[ACTOR].options.academia_sociedad_civil).toMatch(expected.private);
    expect(q[ACTOR].hint).toMatch(expected.univ);
  });

  it('offers the private concessionaire its own option', () => {
    expect(q[ACTOR].options.concesionaria_privada).toMatch(expected.num8);
  });

  it('gives examples of the Executive and of the autonomous constitutional bodies', () => {
    for (const name of ['SUNAT', 'OSIPTEL', 'PCM', 'RENIEC', 'ONPE', 'JNE', 'BCRP', 'Defensoría del Pueblo', 'SBS'])
      expect(all(q[GROUP]), name).toContain(name);
    expect(q[GROUP].options.poderes).toContain('SUNAT');
    expect(q[GROUP].options.oca).toContain('RENIEC');
  });

  it('says in plain words what numerals 7 and 8 cover', () => {
    expect(q[GROUP].options.otras).toMatch(expected.num7);
    expect(q[GROUP].options.otras).toMatch(expected.num8);
  });
});

// The closed lists of the content's vocabulary (outcomes, profile fields, obligation themes and
// kinds, caveats). The schemas check the data files against them and the app lists them; they
// live apart from the schemas so the app can use them without loading zod.
export const OUTCOMES = ['fuera_de_ambito', 'uso_indebido', 'riesgo_alto', 'riesgo_aceptable', 'indeterminado'] as const;

/** The sectors the workshop gallery is filtered by. A trainer's grouping of the examples, not
 *  a legal category: the Reglamento's own list of sectors (the profile question) applies to
 *  private actors only, and a public entity's chatbot fits none of its entries. */
export const SECTORS = [
  'administracion_publica',
  'programas_sociales',
  'salud',
  'educacion',
  'trabajo',
  'finanzas',
  'seguridad_justicia',
  'energia',
  'servicios_digitales',
] as const;

export const PROFILE_FIELDS = [
  'systemName',
  'systemDescription',
  'role',
  'actorType',
  'publicGroup',
  'companySize',
  'sectorOfUse',
  'stage',
  'personalData',
] as const;

export const THEMES = [
  'prohibicion',
  'consulta',
  'ambito',
  'transparencia',
  'supervision_humana',
  'registros',
  'evaluacion_impacto',
  'datos_personales',
  'seguridad',
  'estandares',
  'etica',
  'gobernanza',
] as const;

/** "conditional": binds only if a fact the tool does not ask holds (its detail says which). */
export const OBLIGATION_KINDS = ['must', 'may', 'conditional', 'promoted', 'principle', 'prohibition', 'condition', 'info'] as const;

/** Of whom to ask what a «No sé» left open (a question's `findOut`; texts in locales results.json). */
export const FIND_OUT_SOURCES = ['tecnico', 'negocio', 'legal', 'datos'] as const;

export const CAVEATS = [
  'entrycount',
  'notphased',
  'anniversary',
  'sectorofuse',
  'mypevssector',
  'stateenterprise',
  'academia',
  'optional',
  'mypespecial',
  'concessionaire',
  'weekend',
] as const;

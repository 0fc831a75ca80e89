// Lint: typescript-eslint, React hooks and jsx-a11y, plus the one rule that keeps the code's
// shape: imports run one way, from the pages a person sees down to the questionnaire's data.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of `src/`, top first. A folder may import from every layer below its own, never
 * from one above; on its own layer, `flow` and `pages` may not import each other (the others
 * may). The README's architecture section draws the same picture.
 */
export const LAYERS = [
  ['main.tsx', 'cli', 'prerender'], // entry points
  ['app'], // the shell: start page, routes, menu
  ['flow', 'pages'], // what a person works through: the questionnaire, and the other pages
  ['ui', 'i18n', 'offline'], // shared components and hooks, texts, the offline worker
  ['machine'], // the questionnaire's state machine, and opening an assessment in it
  ['documents', 'storage', 'share', 'examples'], // pure services over the engine
  ['engine'], // the pure classification engine
  ['questionnaire', 'about'], // the content: data, its types and its schema
];

/** Import paths that reach `folder` (or the file `main.tsx`, with or without its extension) from
 *  anywhere below `src/`: relative imports, which are all this code uses. */
const reaching = (folder) => `^(\\./)?(\\.\\./)+${folder.replace(/\.tsx$/, '')}(\\.tsx)?(/|$)`;

const layerRules = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(0, index).flat();
  return layer.map((folder) => {
    // Features on the same layer do not import each other: what both need lives below them.
    const forbidden = [...above, ...layer.filter((other) => other !== folder && index === 2)];
    const files = folder.includes('.') ? [`src/${folder}`] : [`src/${folder}/**/*.{ts,tsx}`];
    const message = (other) => `src/${folder} is below src/${other}: move what both need to a lower layer (see LAYERS in eslint.config.js).`;
    return {
      files,
      rules: {
        'no-restricted-imports': ['error', { patterns: forbidden.map((other) => ({ regex: reaching(other), message: message(other) })) }],
        // no-restricted-imports does not look at import(): the lazy-loaded pages and flow would slip by.
        'no-restricted-syntax': [
          'error',
          ...forbidden.map((other) => ({
            selector: `ImportExpression[source.value=/${reaching(other).replaceAll('/', '\\/')}/]`,
            message: message(other),
          })),
        ],
      },
    };
  });
});

export default tseslint.config(
  { ignores: ['dist', '.prerender', 'node_modules', 'coverage', 'tests/e2e/screenshots', 'src/offline/sw.js', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_`-prefixed parameters say "deliberately unused" (TypeScript's noUnusedParameters agrees).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The classic hook rules. The plugin's other rules check code for the React Compiler,
    // which this app does not use (its effects that set state read the address or storage).
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['src/**/*.tsx'], plugins: { 'jsx-a11y': jsxA11y }, rules: jsxA11y.flatConfigs.recommended.rules },
  ...layerRules,
);

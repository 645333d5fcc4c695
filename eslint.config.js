// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layering rules of spec/style.md §6: imports flow one way.
 * Each entry lists the layers a folder must NOT import.
 * @type {Record<string, string[]>}
 */
const forbidden = {
  ir: ['dsl', 'emit', 'validate', 'fragments', 'scaffolding', 'iac', 'render', 'run', 'cli'],
  dsl: ['emit', 'validate', 'fragments', 'scaffolding', 'iac', 'render', 'run', 'cli'],
  emit: ['dsl', 'validate', 'fragments', 'scaffolding', 'iac', 'render', 'run', 'cli'],
  iac: ['dsl', 'validate', 'fragments', 'scaffolding', 'render', 'run', 'cli'],
  validate: ['dsl', 'ir', 'emit', 'fragments', 'scaffolding', 'iac', 'render', 'run', 'cli'],
  render: ['dsl', 'ir', 'emit', 'validate', 'fragments', 'scaffolding', 'iac', 'run', 'cli'],
  run: ['dsl', 'ir', 'emit', 'validate', 'fragments', 'scaffolding', 'iac', 'render', 'cli'],
  scaffolding: ['dsl', 'ir', 'emit', 'validate', 'fragments', 'iac', 'render', 'run', 'cli'],
  fragments: ['ir', 'emit', 'validate', 'scaffolding', 'iac', 'render', 'run', 'cli'],
  util: [
    'dsl',
    'ir',
    'emit',
    'validate',
    'fragments',
    'scaffolding',
    'iac',
    'render',
    'run',
    'cli',
  ],
};

const layerRules = Object.entries(forbidden).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...banned.map((b) => ({
            group: [`../${b}/*`, `../../${b}/*`, `../../../${b}/*`, `../${b}`, `../../${b}`],
            message: `spec/style.md §6: src/${layer} must not import src/${b}.`,
          })),
          ...(layer === 'fragments'
            ? [
                {
                  group: ['../dsl/*/**', '../../dsl/*/**', '../dsl/!(index.ts)'],
                  message: 'fragments use only the public DSL: import from src/dsl/index.ts.',
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'coverage/**',
      'bench/node_modules/**',
      'golden/**',
      'fixtures/**/*.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        AbortController: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  ...layerRules,
);

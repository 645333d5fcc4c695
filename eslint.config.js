// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Layers of spec/style.md §6 (src/<layer>). */
const layers = [
  'asl',
  'dsl',
  'ir',
  'emit',
  'validate',
  'fragments',
  'plans',
  'scaffolding',
  'iac',
  'render',
  'run',
  'diff',
  'import',
  'cli',
  'util',
];

/**
 * Layering rules of spec/style.md §6: imports flow one way. Each entry lists the layers a folder
 * MAY import besides itself; every other layer is forbidden.
 * @type {Record<string, string[]>}
 */
const allowed = {
  asl: ['util'],
  ir: ['asl', 'util'],
  dsl: ['ir', 'asl', 'util'],
  emit: ['ir', 'asl', 'util'],
  iac: ['ir', 'emit', 'asl', 'util'],
  validate: ['asl', 'util'],
  render: ['asl', 'util'],
  run: ['asl', 'util'],
  diff: ['asl', 'util'],
  scaffolding: ['util'],
  fragments: ['dsl', 'asl', 'util'],
  plans: ['dsl', 'fragments', 'asl', 'util'],
  // aslc import: reads definitions and writes DSL code as text; it never builds with the DSL.
  import: ['asl', 'util'],
  util: [],
};

/** @type {Record<string, string[]>} */
const forbidden = Object.fromEntries(
  Object.entries(allowed).map(([layer, ok]) => [
    layer,
    layers.filter((l) => l !== layer && !ok.includes(l)),
  ]),
);

/**
 * aslc/cdk (src/iac/cdk) is the only code that imports aws-cdk-lib and constructs (optional peer
 * dependencies), and no other entry imports it.
 */
const cdkPatterns = [
  {
    group: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs'],
    message: 'only src/iac/cdk (the aslc/cdk entry) may import aws-cdk-lib and constructs.',
  },
  {
    group: ['./cdk/*', '../cdk/*', '../iac/cdk/*', '../../iac/cdk/*', '../../../iac/cdk/*'],
    message: 'src/iac/cdk is the aslc/cdk entry: no other entry imports it.',
  },
];

/** @param {string} layer @param {string[]} banned @param {boolean} cdk */
const restrictedImports = (layer, banned, cdk) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...(cdk ? cdkPatterns : []),
        ...banned.map((b) => ({
          group: [`../${b}/*`, `../../${b}/*`, `../../../${b}/*`, `../${b}`, `../../${b}`],
          message: `spec/style.md §6: src/${layer} must not import src/${b}.`,
        })),
        ...(layer === 'fragments' || layer === 'plans'
          ? [
              {
                group: ['../dsl/*/**', '../../dsl/*/**', '../dsl/!(index.ts)'],
                message: `${layer} use only the public DSL: import from src/dsl/index.ts.`,
              },
            ]
          : []),
        ...(layer === 'plans'
          ? [
              {
                group: ['../fragments/*/**', '../fragments/!(index.ts)'],
                message: 'plans use only the public fragments: import from src/fragments/index.ts.',
              },
            ]
          : []),
      ],
    },
  ],
});

/**
 * The ASL language layer (src/asl) owns the grammars and the walker: no other layer declares its
 * own (issue 12). A function with one of these names outside src/asl is a second copy.
 */
const aslOwned = [
  'parseJsonPath',
  'parseIntrinsic',
  'checkIntrinsic',
  'looksLikeIntrinsic',
  'isVariableName',
  'variableNameProblem',
  'parseTimestamp',
  'isTimestamp',
  'walkDefinition',
  'statesOf',
  'nestedGraphs',
  'queryLanguageOf',
  'quoteIntrinsicString',
  'quoteFormatTemplate',
  'unescapeJayway',
  'isJsonataString',
  'parseJsonata',
  'isPlaceholderName',
];
const ownedPattern = `^(${aslOwned.join('|')})$`;
const noSecondCopy = {
  'no-restricted-syntax': [
    'error',
    {
      selector: `FunctionDeclaration[id.name=/${ownedPattern}/]`,
      message:
        'src/asl owns this grammar or walker (issue 12): import it instead of re-implementing it.',
    },
    {
      selector: `VariableDeclarator[id.name=/${ownedPattern}/]`,
      message:
        'src/asl owns this grammar or walker (issue 12): import it instead of re-implementing it.',
    },
  ],
};

const layerRules = [
  ...Object.entries(forbidden).map(([layer, banned]) => ({
    files: [`src/${layer}/**/*.ts`],
    rules: restrictedImports(layer, banned, true),
  })),
  { files: ['src/cli/**/*.ts'], rules: restrictedImports('cli', [], true) },
  // The aslc/cdk entry: iac's layering, and aws-cdk-lib and constructs allowed.
  {
    files: ['src/iac/cdk/**/*.ts'],
    rules: restrictedImports('iac', forbidden['iac'] ?? [], false),
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.examples/**',
      'out/**',
      'coverage/**',
      'bench/node_modules/**',
      'golden/**',
      'fixtures/**/*.json',
      'fixtures/cli/broken/syntax-error.ts',
      'src/validate/schema/asl-schema.generated.ts',
      'src/iac/config/config-schema.generated.ts',
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
  { files: ['src/**/*.ts'], ignores: ['src/asl/**'], rules: noSecondCopy },
);

// ESLint flat config: typescript-eslint's recommended rules, type-aware for TypeScript (each file is
// checked with the tsconfig of its folder, found by the project service), plus the rules that
// catch real defects here: floating promises, switches that miss a case, `any`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node's globals, for the plain-JavaScript scripts (no dependency on the `globals` package). */
const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextDecoder',
    'TextEncoder',
    'AbortController',
    'performance',
    'fetch',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
    'structuredClone',
    'globalThis',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.vscode-test/**',
      'bench/.deps/**',
      'bench/data/**',
      'samples/out/**',
      'test/fixtures/**',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // node:test's describe/it return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after'] }],
        },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Off: they flag values typed by libraries as `any` (Arquero rows, JSON, IPC messages) that
      // the code checks at run time; fixing them means casts that say no more than the checks do.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // Template literals format numbers and null on purpose ("n = 0", "—").
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      // Async callbacks handed to event emitters and test runners are fine when they catch.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, properties: false } }],
      // Static helpers handed around as values do not use `this`.
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
      // An `async` function that only returns or throws is how a promise-returning interface is met.
      '@typescript-eslint/require-await': 'off',
      // Cell code and error messages need `${}` in strings and control characters in regexes.
      'no-control-regex': 'off',
    },
  },
  {
    // Plain JavaScript (build scripts, benchmarks, the seeded generator) and the benchmark entries
    // (outside every tsconfig): no type information.
    files: ['**/*.mjs', '**/*.js', '**/*.cjs', 'bench/**'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs', 'bench/**'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.d.ts', '**/*.d.mts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

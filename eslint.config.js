import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import architecture from './eslint-rules/index.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'data',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
      '.tmp',
      'postcss.config.cjs',
      // Broken on purpose (an import cycle); linted by tests/unit/architecture.test.ts.
      'tests/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs', 'public/**/*.js', 'eslint-rules/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.serviceworker } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', ignoreRestSiblings: true }] },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The zones of STYLE.md, judged on resolved paths (`@/x`, `./x`, `../x` alike), and no
    // import cycles. Test files may import across zones (the rule skips them), never in a cycle.
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { architecture },
    rules: {
      'architecture/import-zones': 'error',
      'architecture/no-cycle': 'error',
    },
  },
);

const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', 'scratch/', 'test/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser, Office: 'readonly', Excel: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is host-independent: no Office.js, no DOM, no fs.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2020 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['fs', 'path', 'os', 'child_process', 'exceljs', 'react', 'react-dom', '*/hosts/*', '../hosts/*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'Office', 'Excel', 'navigator', 'localStorage'],
    },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);

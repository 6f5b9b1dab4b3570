import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layer rules from the design: shared imports nothing of ours outside shared; main and
// renderer never import each other; preload only reaches the IPC contract's method list.
const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.preview-data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Plain CommonJS scripts that must run on any Node (they check the Node version).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        ['**/main/**', '**/preload/**', 'electron', 'node:*'],
        'The renderer reaches main only through src/renderer/api.',
      ),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: layer(
      ['**/main/**', '**/renderer/**', '**/preload/**', 'electron', 'node:*', 'react'],
      'src/shared is pure TypeScript: no Electron, Node, DOM or React, nothing outside shared.',
    ),
  },
  {
    files: ['src/main/**/*.{ts,tsx}'],
    rules: layer(
      ['**/renderer/**', '**/preload/**'],
      'Main never imports the renderer or preload.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: layer(
      ['**/main/**', '**/renderer/**', '**/domain/**', 'zod'],
      'The preload exposes only the contract method list.',
    ),
  },
);

import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

export default defineConfig(
  // Merged migrations are never edited, so they are not linted either.
  globalIgnores(['dist/', 'client/dist/', 'coverage/', 'data/', 'test/artifacts/', 'bench/results/', 'src/database/migrations/']),
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, comments.recommended],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: root } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Destructuring a property away to copy the rest is how an object is copied without it.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@eslint-community/eslint-comments/require-description': 'error',
    },
  },
  {
    // The client and its tests compile against the DOM, with the client's own tsconfig.
    files: ['client/src/**/*.ts', 'client/src/**/*.tsx', 'test/client/**/*.ts'],
    languageOptions: { parserOptions: { project: './client/tsconfig.json', tsconfigRootDir: root } },
  },
  {
    // The client knows the server only through the generated API types: never through its source.
    files: ['client/src/**/*.ts', 'client/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./){2,}src/', message: 'Use the generated types in client/src/api-schema.ts.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended, tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);

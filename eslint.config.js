// ESLint flat config: typescript-eslint's recommended type-aware rules, `any` forbidden,
// formatting left to Prettier (eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'test-results/', 'samples/', 'test/fixtures/', 'web/vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      // Re-throwing a typed error with the original as `cause` is good practice, not a rule to fail the build on.
      'preserve-caught-error': 'off',
    },
  },
  {
    // The dashboard's small browser script runs in the page, with uPlot loaded before it.
    files: ['web/**/*.js'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', uPlot: 'readonly', requestAnimationFrame: 'readonly', cancelAnimationFrame: 'readonly' },
    },
  },
  prettier,
);

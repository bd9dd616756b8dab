// Type-aware rules: the bugs worth a linter here are promises nobody awaits (a write that fails
// silently), values of `any` flowing into the database boundary, and conditions the types say are
// always true. Formatting is Prettier's job, so every stylistic rule is off (eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'neo4j/target/', 'explorer/dist/', '.data/', 'coverage/', '.scratch/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Apollo's plugin hooks and the async-iterator protocol are promise-returning by contract, with or
      // without an await inside.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // GraphQL responses and raw Cypher rows are values whose shape the assertions themselves check;
    // typing each one would only restate the query.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The playground's page script runs in the browser, next to the GraphiQL bundle it boots.
    files: ['server/playground/*.js'],
    languageOptions: { globals: { ...globals.browser, GraphiQL: 'readonly', React: 'readonly', ReactDOM: 'readonly' } },
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);

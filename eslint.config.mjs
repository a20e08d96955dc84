import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'coverage', 'test-results', 'playwright-report', '.bench-cache', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Type-aware rules read each file's own tsconfig project (main and tooling, or the window).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.node.json', 'tsconfig.web.json'], noWarnOnMultipleProjects: true })]
    },
    rules: {
      // A promise nobody awaits loses its error; fire-and-forget is spelled `void` with a reason.
      '@typescript-eslint/no-floating-promises': 'error',
      // Imports run one way: a cycle means two files that should be one, or a third they share.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Raw IPC belongs to the two transport files only, which opt out with a comment saying why.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use the contract and dispatcher.' }
          ]
        }
      ]
    }
  },
  {
    // Plain JavaScript (this file, install-time scripts) sits outside the TypeScript projects.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked
  },
  {
    // Install-time scripts are plain CommonJS so any Node can run them.
    files: ['scripts/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // Schemas take z from src/shared/zod.ts, which installs the one plain-words error map.
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', allowTypeImports: true, message: "Import z from src/shared/zod.ts: it carries the plain-words error map." },
            { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use the contract and dispatcher.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'bench/browser/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer reaches the store only through the api client.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'better-sqlite3', 'node:*', '**/main/**'], message: 'The renderer talks to Spotter through src/renderer/src/api only.' }] }
      ]
    }
  }
)

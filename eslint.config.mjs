import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'coverage', 'test-results', 'playwright-report', '.bench-cache', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
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

import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { developmentContentSecurityPolicy } from './src/main/content-security-policy'

const shared = { '@shared': resolve(__dirname, 'src/shared') }

/**
 * In `npm run dev` the page comes from Vite's dev server, whose React Refresh needs an inline
 * script. The strict `<meta>` policy in index.html would block it, so the dev server drops that
 * tag and sends the development policy as a header instead. Builds keep the tag.
 */
function developmentPolicy(): Plugin {
  return {
    name: 'spotter-development-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
  }
}

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        // Two entries over the same store: the Electron main process, and browser mode for Node;
        // and the worker thread both start for long work (handouts, backups, exports, imports).
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web/index.ts'),
          'job-worker': resolve(__dirname, 'src/main/jobs/job-worker.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias: shared },
    build: { rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } } }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react(), developmentPolicy()],
    server: { headers: { 'Content-Security-Policy': developmentContentSecurityPolicy } },
    build: {
      // electron-vite leaves the renderer unminified; minified, the window parses a third of the code.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})

// `npm start`: build, then open the desktop app, or browser mode where no Electron runtime exists.
import { spawnSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** The Electron binary when its runtime was downloaded; electron's index throws when it was not. */
function electronBinary() {
  try {
    const path = require('electron')
    return typeof path === 'string' && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const binary = electronBinary()
const child = binary
  ? spawn('npx', ['electron-vite', 'preview', '--skipBuild'], { stdio: 'inherit' })
  : (console.log('No Electron runtime is installed here, so Spotter starts in browser mode instead.'),
    spawn(process.execPath, ['out/main/web.js'], { stdio: 'inherit' }))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))

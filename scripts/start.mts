// `npm start`: build, then open the desktop app, or browser mode where no Electron runtime exists.
import { spawn, spawnSync } from 'node:child_process'
import { electronRuntime } from './electron-runtime.mts'

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const desktop = electronRuntime() !== undefined
if (!desktop) console.log('No Electron runtime is installed here, so Spotter starts in browser mode instead.')
const child = desktop
  ? spawn('npx', ['electron-vite', 'preview', '--skipBuild'], { stdio: 'inherit' })
  : spawn(process.execPath, ['out/main/web.js'], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))

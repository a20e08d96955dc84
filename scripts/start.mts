// `npm start`: build, then open the desktop app; where no Electron runtime can be had, browser mode.
import { spawn, spawnSync } from 'node:child_process'
import { ensureElectronRuntime, runtimeNote } from './electron-runtime.mts'

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

// One more try at the download (the install may have been offline), then the one-line note.
const runtime = await ensureElectronRuntime()
const executable =
  runtime.status === 'present' || runtime.status === 'installed' ? runtime.executable : undefined
if (runtime.status !== 'present') console.log(runtimeNote(runtime))

console.log(executable ? `Starting the desktop app with ${executable}` : 'Starting browser mode.')
const child = executable
  ? // The runtime itself, on this folder: package.json's "main" points it at the built main process.
    spawn(executable, ['.'], { stdio: 'inherit' })
  : spawn(process.execPath, ['out/main/web.js'], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('error', (error) => {
  console.error(`Spotter could not start: ${error.message}`)
  process.exit(1)
})
child.on('exit', (code) => process.exit(code ?? 0))

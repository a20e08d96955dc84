// `npm run dist`: the installers, built by electron-builder from electron-builder.config.cjs.
// electron-builder downloads Electron for each target, so where the runtime cannot be downloaded
// this stops with one line before building anything.
import { spawnSync } from 'node:child_process'
import { ensureElectronRuntime, whyMissing } from './electron-runtime.mts'

const missing = whyMissing(await ensureElectronRuntime())
if (missing) {
  console.log(
    `npm run dist stopped: the installers are built from a downloaded Electron, and here it could not be downloaded (${missing}).`
  )
  process.exit(1)
}

function step(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

step('npx', ['electron-vite', 'build'])
// Extra arguments pick targets, e.g. `npm run dist -- --linux deb`; none builds for this system.
step('npx', [
  'electron-builder',
  '--config',
  'electron-builder.config.cjs',
  '--publish',
  'never',
  ...process.argv.slice(2)
])

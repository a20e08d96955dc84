// `npm run dev`: the desktop app with hot reload. It needs the Electron runtime, so where there is
// none it says so in one line (rather than the stack trace electron-vite would print) and stops.
import { spawn } from 'node:child_process'
import { ensureElectronRuntime, whyMissing } from './electron-runtime.mts'

const missing = whyMissing(await ensureElectronRuntime())
if (missing) {
  console.log(
    `npm run dev needs the Electron runtime, which is not installed (${missing}). npm run web serves browser mode meanwhile; to try again: npm run install-electron.`
  )
  process.exit(1)
}
const child = spawn('npx', ['electron-vite', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))

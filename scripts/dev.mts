// `npm run dev`: the desktop app with hot reload. It needs the Electron runtime, so it says in one
// line when there is none (rather than the stack trace electron-vite would print) and stops.
import { spawn } from 'node:child_process'
import { ensureElectronRuntime, runtimeNote } from './electron-runtime.mts'

const runtime = await ensureElectronRuntime()
if (runtime.status !== 'present' && runtime.status !== 'installed') {
  console.log(`${runtimeNote(runtime)} npm run dev needs it; npm run web serves browser mode meanwhile.`)
  process.exit(1)
}
const child = spawn('npx', ['electron-vite', 'dev', ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))

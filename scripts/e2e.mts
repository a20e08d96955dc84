// `npm run test:e2e` after the build: Playwright, under a virtual X display (xvfb-run) when the
// desktop specs will run on a Linux machine without a display of its own.
import { spawn, spawnSync } from 'node:child_process'
import { electronRuntime } from './electron-runtime.mts'

const args = ['playwright', 'test', ...process.argv.slice(2)]
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && electronRuntime() !== undefined
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0
if (needsDisplay && !hasXvfb)
  console.log('No display and no xvfb-run here: the desktop specs may fail to open their window.')
const [command, commandArgs] = needsDisplay && hasXvfb ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args]
const child = spawn(command, commandArgs, { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 1))

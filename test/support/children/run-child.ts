import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'

const root = join(__dirname, '../../..')

/**
 * Bundles one of the test child scripts in this folder into a plain Node file, once per test
 * file: starting a bundle takes a fraction of a second, so tests that start many processes
 * (twenty crashes) stay quick. better-sqlite3 stays external, as in the app's own build.
 */
export async function bundleChild(script: string): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'spotter-child-')), script.replace(/\.ts$/, '.cjs'))
  await build({
    entryPoints: [join(__dirname, script)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3', 'pdfkit', 'fontkit'],
    tsconfig: join(root, 'tsconfig.node.json'),
    logLevel: 'error'
  })
  return outfile
}

/** Starts a bundled child as its own Node process, the way a second Spotter would start. */
export function spawnChild(bundle: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [bundle, ...args], {
    cwd: root,
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
    stdio: ['pipe', 'pipe', 'pipe']
  })
}

/** Calls `onLine` for each line the child prints; resolves with its exit code. */
export function readLines(child: ChildProcess, onLine: (line: string) => void): Promise<number | null> {
  let buffer = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    let end: number
    while ((end = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, end))
      buffer = buffer.slice(end + 1)
    }
  })
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      if (buffer) onLine(buffer)
      if (errors && code !== 0 && code !== null) onLine(`stderr: ${errors.trim()}`)
      resolve(code)
    })
  )
}

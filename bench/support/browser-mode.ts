import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(__dirname, '../..')

/** Browser mode as a trainer starts it (`node out/main/web.js`), on a data folder of the bench's. */
export interface BrowserMode {
  /** The URL printed at start, token included. */
  url: string
  origin: string
  token: string
  process: ChildProcess
  /** When the process was spawned, ms since the epoch. */
  spawnedAt: number
  /** When it printed its URL, ms since the epoch. */
  readyAt: number
  /** Calls one operation over HTTP as the page does; resolves to the parsed result. */
  call: (name: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>
  /** The server's resident memory now, in MB (Linux). */
  rssMb: () => number
  stop: () => Promise<void>
}

/** Starts the built browser mode (`npm run build` first) and waits for the URL it prints. */
export async function startBrowserMode(dataDir: string): Promise<BrowserMode> {
  const spawnedAt = Date.now()
  const child = spawn(process.execPath, [resolve(root, 'out/main/web.js')], {
    env: { ...process.env, SPOTTER_DATA_DIR: dataDir, SPOTTER_PORT: '0', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await new Promise<string>((done, fail) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error(`Spotter did not start:\n${output}`)), 60_000)
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        done(match[1])
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => fail(new Error(`Spotter exited with ${code}:\n${output}`)))
  })
  const readyAt = Date.now()
  const parsed = new URL(url)
  const token = parsed.searchParams.get('token') ?? ''
  const origin = parsed.origin
  return {
    url,
    origin,
    token,
    process: child,
    spawnedAt,
    readyAt,
    call: async (name, input) => {
      const response = await fetch(`${origin}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-spotter-token': token },
        body: JSON.stringify(input)
      })
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown }
    },
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
      return kb / 1024
    },
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
    }
  }
}

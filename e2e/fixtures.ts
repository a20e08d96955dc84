import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect } from '@playwright/test'

export interface RunningSpotter {
  /** The URL printed at start, token included. */
  url: string
  dataDir: string
}

/** Starts built browser mode on its own throwaway data folder and waits for the URL it prints. */
export async function startSpotter(dataDir: string): Promise<{ app: RunningSpotter; process: ChildProcess }> {
  const child = spawn(process.execPath, ['out/main/web.js'], {
    env: { ...process.env, SPOTTER_DATA_DIR: dataDir, SPOTTER_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`Spotter did not start:\n${output}`)), 20_000)
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('exit', (code) => reject(new Error(`Spotter exited with ${code}:\n${output}`)))
  })
  return { app: { url, dataDir }, process: child }
}

/** Every test gets its own Spotter and data folder, removed afterwards. */
export const test = base.extend<{ spotter: RunningSpotter }>({
  // Playwright reads a fixture's dependencies from the destructuring, so the empty pattern is required.
  // eslint-disable-next-line no-empty-pattern
  spotter: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spotter-e2e-'))
    const { app, process: child } = await startSpotter(dataDir)
    await use(app)
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
    rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect }

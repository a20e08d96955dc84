import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CancelledError } from '../db/backup'
import { ServiceError } from '../services/errors'
import { JobRunner } from './job-runner'
import { threadExecutor } from './thread-executor'

// A stand-in worker speaking job-worker.ts's protocol, in plain JavaScript: the real worker is a
// build output, and this checks the thread side of the runner (messages, progress, errors, cancel,
// a worker that dies) on a real worker thread.
const dir = mkdtempSync(join(tmpdir(), 'spotter-worker-'))
const workerFile = join(dir, 'worker.cjs')
writeFileSync(
  workerFile,
  `const { parentPort } = require('node:worker_threads')
parentPort.on('message', (m) => {
  const flag = new Int32Array(m.cancel)
  if (m.kind === 'echo') {
    parentPort.postMessage({ type: 'progress', done: 1, total: 2, step: 'halfway' })
    parentPort.postMessage({ type: 'done', value: { echoed: m.input, file: m.env.dataFile } })
  } else if (m.kind === 'fail') {
    parentPort.postMessage({ type: 'failed', error: { name: 'Error', message: 'name: Bad name', code: 'validation', field: 'name' } })
  } else if (m.kind === 'wait') {
    // Busy on its own thread until the cancel flag is raised: the caller's thread stays free.
    while (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, 20)
    parentPort.postMessage({ type: 'failed', error: { name: 'CancelledError', message: 'Cancelled.' } })
  } else if (m.kind === 'crash') {
    process.exit(3)
  }
})`
)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const env = { dataDir: dir, dataFile: join(dir, 'spotter.db') }
const run = (runner: JobRunner, kind: string, input: unknown = {}, cancellable = false): Promise<unknown> =>
  runner.run(kind as 'demo.load', input as never, { label: kind, cancellable })

describe('jobs on worker threads', () => {
  it('returns values, passes progress on, and rebuilds typed errors', async () => {
    const executor = threadExecutor(workerFile)
    const runner = new JobRunner(executor, env)
    expect(await run(runner, 'echo', { a: 1 })).toEqual({ echoed: { a: 1 }, file: env.dataFile })
    const error = await run(runner, 'fail').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({ code: 'validation', field: 'name' })
    await executor.close()
  })

  it('keeps this thread free while a job works, and stops the job when cancelled', async () => {
    const executor = threadExecutor(workerFile)
    const runner = new JobRunner(executor, env)
    const waiting = run(runner, 'wait', {}, true)
    // Other work goes on here meanwhile, including a second job on a second worker.
    expect(await run(runner, 'echo', 'meanwhile')).toMatchObject({ echoed: 'meanwhile' })
    const [job] = runner.list()
    expect(job).toMatchObject({ label: 'wait', state: 'running' })
    runner.cancel(job!.id)
    await expect(waiting).rejects.toBeInstanceOf(CancelledError)
    await executor.close()
  })

  it('fails only the job of a worker that dies, and carries on with a fresh worker', async () => {
    const executor = threadExecutor(workerFile)
    const runner = new JobRunner(executor, env)
    await expect(run(runner, 'crash')).rejects.toThrow(/stopped \(exit code 3\)/)
    expect(await run(runner, 'echo', 2)).toMatchObject({ echoed: 2 })
    await executor.close()
  })
})

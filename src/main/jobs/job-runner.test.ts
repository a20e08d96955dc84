import { describe, expect, it } from 'vitest'
import { CancelledError } from '../db/backup'
import { storeFailure } from '../db/store-errors'
import { ServiceError } from '../services/errors'
import type { JobExecutor } from './job-runner'
import { JobRunner, reviveError } from './job-runner'

/** An executor whose jobs finish only when the test says, recording what ran. */
function heldExecutor(): { executor: JobExecutor; started: string[]; finish: (label: string) => void } {
  const started: string[] = []
  const waiting = new Map<string, () => void>()
  return {
    started,
    finish: (label) => waiting.get(label)?.(),
    executor: {
      execute: (_kind, input, _env, cancelFlag, onProgress) => {
        const label = (input as { label: string }).label
        started.push(label)
        onProgress(1, 2, 'half')
        return new Promise((resolve, reject) =>
          waiting.set(label, () =>
            Atomics.load(cancelFlag, 0) === 1 ? reject(new CancelledError()) : resolve(label)
          )
        )
      },
      close: async () => {}
    }
  }
}

const env = { dataDir: '/nowhere', dataFile: '/nowhere/spotter.db' }
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

describe('the job runner', () => {
  it('runs two jobs at once, queues the rest in order, and reports progress', async () => {
    const { executor, started, finish } = heldExecutor()
    const runner = new JobRunner(executor, env, 2)
    const run = (label: string, cancellable = false) =>
      runner.run('demo.load', { label } as never, { label, cancellable })
    const a = run('a')
    const b = run('b')
    const c = run('c', true)
    expect(started).toEqual(['a', 'b'])
    expect(runner.list().map((j) => [j.label, j.state, j.done, j.total, j.step])).toEqual([
      ['a', 'running', 1, 2, 'half'],
      ['b', 'running', 1, 2, 'half'],
      ['c', 'queued', 0, 0, '']
    ])
    finish('a')
    expect(await a).toBe('a')
    expect(started).toEqual(['a', 'b', 'c'])
    finish('b')
    finish('c')
    await Promise.all([b, c])
    expect(runner.list()).toEqual([])
  })

  it('cancels only cancellable jobs; a queued one never starts', async () => {
    const { executor, started, finish } = heldExecutor()
    const runner = new JobRunner(executor, env, 1)
    const first = runner.run('demo.load', { label: 'first' } as never, { label: 'first' })
    const second = runner.run('demo.load', { label: 'second' } as never, {
      label: 'second',
      cancellable: true
    })
    const [running, queued] = runner.list()
    expect(runner.cancel(running!.id)).toBe(false)
    expect(runner.cancel(queued!.id)).toBe(true)
    await expect(second).rejects.toBeInstanceOf(CancelledError)
    finish('first')
    await first
    expect(started).toEqual(['first'])
  })

  it('holds new jobs back while exclusive work runs, after the running ones finish', async () => {
    const { executor, started, finish } = heldExecutor()
    const runner = new JobRunner(executor, env, 2)
    const before = runner.run('demo.load', { label: 'before' } as never, { label: 'before' })
    const order: string[] = []
    const exclusive = runner.exclusive(() => {
      order.push('exclusive')
      return Promise.resolve()
    })
    const after = runner.run('demo.load', { label: 'after' } as never, { label: 'after' })
    await tick()
    expect(order).toEqual([])
    expect(started).toEqual(['before'])
    finish('before')
    await before
    await exclusive
    expect(order).toEqual(['exclusive'])
    await tick()
    expect(started).toEqual(['before', 'after'])
    finish('after')
    await after
  })

  it('knows the ids it gave out, so a cancel of one never given is told apart from one too late', async () => {
    const { executor, finish } = heldExecutor()
    const runner = new JobRunner(executor, env)
    const job = runner.run('demo.load', { label: 'one' } as never, { label: 'one' })
    expect(runner.issued(1)).toBe(true)
    expect(runner.issued(2)).toBe(false)
    finish('one')
    await job
    expect(runner.issued(1)).toBe(true)
    expect(runner.cancel(1)).toBe(false)
  })
})

describe('errors thrown on a job thread', () => {
  it('come back typed: a service error keeps its code and field, SQLite keeps its code', () => {
    const refused = reviveError({
      name: 'Error',
      message: 'No such client.',
      code: 'not_found',
      field: 'clientId'
    })
    expect(refused).toBeInstanceOf(ServiceError)
    expect(refused).toMatchObject({ code: 'not_found', field: 'clientId' })
    expect(reviveError({ name: 'CancelledError', message: 'Cancelled' })).toBeInstanceOf(CancelledError)
    const full = reviveError({
      name: 'SqliteError',
      message: 'database or disk is full',
      code: 'SQLITE_FULL'
    })
    expect(storeFailure(full)?.code).toBe('disk_full')
  })
})

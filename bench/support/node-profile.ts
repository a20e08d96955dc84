import { Session } from 'node:inspector/promises'

/** Self time by function of `fn` run `times` times: a development aid for finding where a figure's time goes. */
export async function profile(fn: () => unknown, times: number, top = 25): Promise<void> {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 50 })
  await session.post('Profiler.start')
  for (let i = 0; i < times; i++) await fn()
  const { profile: p } = (await session.post('Profiler.stop')) as {
    profile: {
      nodes: Array<{
        id: number
        callFrame: { functionName: string; url: string; lineNumber: number }
        hitCount?: number
      }>
      samples: number[]
    }
  }
  session.disconnect()
  const self = new Map<string, number>()
  let total = 0
  for (const node of p.nodes) {
    const hits = node.hitCount ?? 0
    total += hits
    const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber}`
    self.set(key, (self.get(key) ?? 0) + hits)
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
  for (const [key, hits] of rows) console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
}

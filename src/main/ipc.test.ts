import { describe, expect, it, vi } from 'vitest'
import { invokeChannel } from '@shared/ipc-channel'

// No Electron runtime exists in unit tests; a stand-in ipcMain captures the one handler so the
// sender check can be exercised directly.
const handlers = new Map<string, (...args: unknown[]) => unknown>()
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn) }
}))

const { registerIpc } = await import('./ipc')

describe('IPC transport', () => {
  const mainFrame = { url: 'app://spotter/index.html#/clients' }
  const contents = { mainFrame }
  const run = vi.fn(() => ({ ok: true as const, value: 'ran' }))
  registerIpc(run, () => contents as never, 'app://spotter')
  const handler = handlers.get(invokeChannel) as (event: unknown, name: unknown, input: unknown) => unknown

  it('registers exactly one channel, the one the preload uses', () => {
    expect([...handlers.keys()]).toEqual(['spotter:invoke'])
  })

  it('dispatches calls from the app window’s main frame on the app origin', () => {
    expect(handler({ sender: contents, senderFrame: mainFrame }, 'clients.list', {})).toEqual({
      ok: true,
      value: 'ran'
    })
    expect(run).toHaveBeenCalledWith('clients.list', {})
  })

  it('refuses other windows, subframes and foreign pages without dispatching', () => {
    run.mockClear()
    const other = { mainFrame: { url: mainFrame.url } }
    const subframe = { url: mainFrame.url }
    for (const event of [
      { sender: other, senderFrame: other.mainFrame },
      { sender: contents, senderFrame: subframe },
      { sender: contents, senderFrame: null }
    ]) {
      expect(handler(event, 'clients.delete', { id: 1 })).toMatchObject({ ok: false })
    }
    const foreign = { url: 'https://evil.example/' }
    expect(
      handler({ sender: { mainFrame: foreign }, senderFrame: foreign }, 'clients.list', {})
    ).toMatchObject({ ok: false })
    expect(run).not.toHaveBeenCalled()
  })

  it('compares the page’s origin exactly, so a look-alike origin in the app window is refused', () => {
    run.mockClear()
    for (const url of [
      'app://spotter.evil/index.html',
      'app://evil/spotter',
      'file:///out/renderer/index.html'
    ]) {
      const frame = { url }
      const window = { mainFrame: frame }
      const lookAlike = vi.fn(() => ({ ok: true as const, value: 'ran' }))
      handlers.clear()
      registerIpc(lookAlike, () => window as never, 'app://spotter')
      const check = handlers.get(invokeChannel) as (event: unknown, name: unknown, input: unknown) => unknown
      expect(check({ sender: window, senderFrame: frame }, 'clients.list', {})).toMatchObject({ ok: false })
      expect(lookAlike).not.toHaveBeenCalled()
    }
  })
})

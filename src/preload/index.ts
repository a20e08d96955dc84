// The preload gives the page exactly one function and nothing of Node or Electron.
// eslint-disable-next-line no-restricted-imports
import { contextBridge, ipcRenderer } from 'electron'

contextBridge.exposeInMainWorld('spotter', {
  invoke: (name: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke('spotter:invoke', name, input)
})

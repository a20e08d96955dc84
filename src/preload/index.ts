// The preload gives the page exactly one function and nothing of Node or Electron.
// eslint-disable-next-line no-restricted-imports
import { contextBridge, ipcRenderer } from 'electron'
import { invokeChannel } from '@shared/ipc-channel'

contextBridge.exposeInMainWorld('spotter', {
  invoke: (name: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(invokeChannel, name, input)
})

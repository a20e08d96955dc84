// The desktop transport: the only file in main allowed to touch raw IPC.
// eslint-disable-next-line no-restricted-imports
import { ipcMain, type WebContents } from 'electron'
import type { Result } from '@shared/contract'
import { invokeChannel } from '@shared/ipc-channel'
import { hasOrigin } from './origins'

/**
 * Serves every contract operation on one channel. A call is answered only when it comes from
 * the main frame of Spotter's own window showing a page of exactly `appOrigin`; anything else
 * gets a typed error and never reaches the dispatcher.
 */
export function registerIpc(
  run: (name: string, input: unknown) => Result<unknown> | Promise<Result<unknown>>,
  appWindow: () => WebContents | undefined,
  appOrigin: string
): void {
  ipcMain.handle(
    invokeChannel,
    (event, name: unknown, input: unknown): Result<unknown> | Promise<Result<unknown>> => {
      const contents = appWindow()
      const frame = event.senderFrame
      const fromApp =
        contents !== undefined && event.sender === contents && frame !== null && frame === contents.mainFrame
      if (!fromApp || !hasOrigin(frame.url, appOrigin)) {
        return {
          ok: false,
          error: { code: 'internal', message: 'Refused a call from an unknown sender.', field: '' }
        }
      }
      if (typeof name !== 'string') {
        return {
          ok: false,
          error: { code: 'unknown_operation', message: 'Operation name must be text.', field: '' }
        }
      }
      return run(name, input)
    }
  )
}

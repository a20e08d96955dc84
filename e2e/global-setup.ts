import { electronRuntime } from '../scripts/electron-runtime.mts'

/** Says once, up front, why the desktop specs will not run on this machine. */
export default function globalSetup(): void {
  if (!electronRuntime())
    console.log('Desktop (Electron) specs skipped: no Electron runtime is installed here.')
}

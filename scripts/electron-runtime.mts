import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The Electron executable when its runtime has been downloaded, found without requiring the
 * `electron` package: requiring it starts a download when the binary is missing, which on an
 * offline machine hangs on the network and prints a stack trace.
 */
export function electronRuntime(projectRoot: string = process.cwd()): string | undefined {
  const packageDir = join(projectRoot, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const relative = readFileSync(pathFile, 'utf8').trim()
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const executable = override ? join(override, relative) : join(packageDir, 'dist', relative)
  return existsSync(executable) ? executable : undefined
}

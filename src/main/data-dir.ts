import { homedir } from 'node:os'
import { join } from 'node:path'

/** The folder name Electron derives userData from (package.json productName). */
export const appFolderName = 'Spotter'

/**
 * Where Spotter keeps its data: SPOTTER_DATA_DIR when set, otherwise the OS's app-data folder
 * for Spotter. This is the same path Electron reports as userData, so the desktop app and
 * browser mode open the same file.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir()
): string {
  if (env.SPOTTER_DATA_DIR) return env.SPOTTER_DATA_DIR
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appFolderName)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolderName)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appFolderName)
}

/** The SQLite file inside the data folder. */
export const dataFileName = 'spotter.db'

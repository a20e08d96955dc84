import { threadExecutor } from '../jobs/thread-executor'
import { StoreHost, type HostOptions } from './store-host'

/**
 * Starts the store host for a running app (desktop or browser mode) with its long work on worker
 * threads. The worker is built beside the app's entries as job-worker.js; each entry passes its
 * path, because this module itself may be bundled into a shared chunk in another folder.
 */
export function startAppHost(
  dataDir: string,
  workerFile: string,
  options: Omit<HostOptions, 'executor'>
): Promise<StoreHost> {
  return StoreHost.start(dataDir, { ...options, executor: threadExecutor(workerFile) })
}

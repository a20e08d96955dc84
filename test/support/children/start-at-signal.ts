// Test child: loads Spotter's store, waits for "go" on stdin, then starts on the data folder in
// argv[2]. Prints "ready" or "refused: <message>"; a started one holds the folder until stdin ends.
import { createInterface } from 'node:readline'
import { inlineExecutor } from '../../../src/main/jobs/inline-executor'
import { StoreHost } from '../../../src/main/store/store-host'

const dataDir = process.argv[2] as string
const lines = createInterface({ input: process.stdin })
lines.once('line', () => {
  StoreHost.start(dataDir, { executor: inlineExecutor }).then(
    (host) => {
      console.log(host.db ? 'ready' : `recovery: ${host.problem?.message}`)
      lines.once('close', () => void host.close().then(() => process.exit(0)))
    },
    (error: unknown) => {
      console.log(`refused: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    }
  )
})
console.log('loaded')

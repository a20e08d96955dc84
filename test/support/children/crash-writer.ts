// Test child: writes through the service layer (inputs checked by the contract, then the client
// and log services) as fast as it can, printing "ack <kind> <id>" after each write the store
// acknowledged, until it is killed. It loads only those services, so each of the test's many
// starts is quick.
import { contract } from '@shared/contract'
import { clientHandlers } from '../../../src/main/services/clients'
import { logHandlers } from '../../../src/main/services/logs'
import { openDataFile } from '../../../src/main/store/open-data-file'

const [dataDir, dataFile, seedText] = process.argv.slice(2) as [string, string, string]

async function main(): Promise<void> {
  const outcome = await openDataFile(dataFile, dataDir)
  if ('problem' in outcome) {
    console.log(`problem: ${outcome.problem.message} ${outcome.problem.detail ?? ''}`)
    process.exit(2)
  }
  const now = (): string => new Date().toISOString()
  const clients = clientHandlers(outcome.db, now)
  const logs = logHandlers(outcome.db, now)
  const exercise = outcome.db.prepare('SELECT id FROM exercises ORDER BY id LIMIT 1').pluck().get() as number
  let seed = Number(seedText)
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let i = 0; ; i++) {
    const client = await clients['clients.create'](
      contract['clients.create'].input.parse({
        name: `Crash ${seedText}-${i}`,
        notes: 'x'.repeat(Math.floor(random() * 3000))
      })
    )
    const clientId = client.id
    console.log(`ack client ${clientId}`)
    const sets = Array.from({ length: 1 + Math.floor(random() * 20) }, (_, n) => ({
      exerciseId: exercise,
      reps: 5 + n,
      loadKg: 40 + n
    }))
    const session = await logs['sessions.save'](
      contract['sessions.save'].input.parse({ clientId, date: '2024-03-04', sets })
    )
    console.log(`ack session ${session.id} ${sets.length}`)
  }
}

void main()

import { useState, type ReactNode } from 'react'
import { useOperation, useWrite } from '../../api/hooks'
import { ConfirmDialog } from '../../components/Dialog'
import { useNotify } from '../../components/Toasts'
import { counted } from '../../format'

/** How many sample clients the demo adds. */
const demoClients = 30

/**
 * Fills the practice with the deterministic demo data, so a new trainer can explore. With
 * `askFirst`, a practice that already has clients is asked before thirty made-up people join
 * them: they would sit among the real clients until deleted one by one.
 */
export function LoadDemoButton(props: { askFirst?: boolean }): ReactNode {
  const load = useWrite('demo.load')
  const notify = useNotify()
  const [asking, setAsking] = useState(false)
  // One row is enough: the first page carries the counts of every status.
  const list = useOperation('clients.list', { status: 'all', after: null, limit: 1 }, !!props.askFirst)
  const existing = list.data?.counts ? list.data.counts.active + list.data.counts.archived : 0

  const run = (): void => {
    setAsking(false)
    load.mutate(
      { clients: demoClients },
      {
        onSuccess: (summary) =>
          notify(`Loaded ${summary.clients} demo clients with ${summary.sessions} logged sessions.`),
        onError: (error) => notify(error.message, { kind: 'error' })
      }
    )
  }

  return (
    <>
      <button
        type="button"
        disabled={load.isPending}
        onClick={() => (props.askFirst && existing > 0 ? setAsking(true) : run())}
      >
        {load.isPending ? 'Loading demo data…' : 'Load demo data'}
      </button>
      {asking && (
        <ConfirmDialog
          title="Add the demo clients to your practice?"
          message={
            <p>
              Your practice has {counted(existing, 'client')}. The demo adds {demoClients} made-up clients
              beside them, with programs, week plans and months of logs. They stay until you delete them one
              by one, so back up first if you may want to go back to your practice as it is.
            </p>
          }
          confirmLabel={`Add ${demoClients} demo clients`}
          onConfirm={run}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  )
}

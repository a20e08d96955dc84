import type { ReactNode } from 'react'
import { useWrite } from '../../api/hooks'
import { useNotify } from '../../components/Toasts'

/** Fills the practice with the deterministic demo data, so a new trainer can explore. */
export function LoadDemoButton(): ReactNode {
  const load = useWrite('demo.load')
  const notify = useNotify()
  return (
    <button
      type="button"
      disabled={load.isPending}
      onClick={() =>
        load.mutate(
          { clients: 30 },
          {
            onSuccess: (summary) =>
              notify(`Loaded ${summary.clients} demo clients with ${summary.sessions} logged sessions.`),
            onError: (error) => notify(error.message, { kind: 'error' })
          }
        )
      }
    >
      {load.isPending ? 'Loading demo data…' : 'Load demo data'}
    </button>
  )
}

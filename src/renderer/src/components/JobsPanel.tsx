import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type ReactNode } from 'react'
import { call } from '../api/client'
import { useLongCallsInFlight } from '../api/long-calls'

/**
 * Long work in progress (backups, restores, exports, imports, handouts, demo data), shown in the
 * corner with a progress bar each, and a Cancel button where stopping leaves nothing half-done.
 * It asks Spotter for progress only while such a call is in flight, and once at start: work begun
 * before the page was reloaded runs on, and when it ends every screen reads the data again.
 */
export function JobsPanel(): ReactNode {
  const inFlight = useLongCallsInFlight()
  const [watchingEarlier, setWatchingEarlier] = useState(true)
  const sawEarlier = useRef(false)
  const queryClient = useQueryClient()
  const active = inFlight || watchingEarlier

  /** Follows work begun before this page loaded until none is left. */
  function followEarlier(list: readonly unknown[]): void {
    if (list.length > 0) {
      sawEarlier.current = true
      return
    }
    setWatchingEarlier(false)
    // That work changed the data behind this page's screens without this page asking.
    if (sawEarlier.current) {
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'jobs.list' })
    }
  }

  const jobs = useQuery({
    queryKey: ['jobs.list'],
    queryFn: async () => {
      const list = await call('jobs.list', {})
      if (watchingEarlier) followEarlier(list)
      return list
    },
    enabled: active,
    refetchInterval: active ? 250 : false,
    staleTime: 0,
    gcTime: 0
  })
  const list = active ? (jobs.data ?? []) : []
  if (list.length === 0) return null
  return (
    <section className="jobs-panel" aria-label="Work in progress">
      {list.map((job) => {
        const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : undefined
        return (
          <div key={job.id} className="job">
            <div className="job-title">
              <strong>{job.label}</strong>
              {job.cancellable && (
                <button
                  type="button"
                  className="link"
                  onClick={() => void call('jobs.cancel', { id: job.id })}
                >
                  Cancel
                </button>
              )}
            </div>
            <div
              className="progress-bar"
              role="progressbar"
              aria-label={job.label}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
            >
              <span
                className={percent === undefined ? 'indeterminate' : undefined}
                style={percent === undefined ? undefined : { width: `${percent}%` }}
              />
            </div>
            <small className="muted">
              {job.state === 'queued' ? 'Waiting for other work to finish' : job.step || 'Working…'}
            </small>
          </div>
        )
      })}
    </section>
  )
}

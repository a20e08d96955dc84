import type { ReactNode } from 'react'

/** What a screen shows while its data loads or when loading failed. */
export function QueryState(props: { isLoading: boolean; error: Error | null }): ReactNode {
  if (props.error) {
    return (
      <div className="notice error" role="alert">
        {props.error.message}
      </div>
    )
  }
  if (props.isLoading) return <p className="muted">Loading…</p>
  return null
}

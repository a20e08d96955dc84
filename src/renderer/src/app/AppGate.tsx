import type { ReactNode } from 'react'
import { useOperation } from '../api/hooks'
import { JobsPanel } from '../components/JobsPanel'
import '../styles/data.css'
import { RecoveryScreen } from './RecoveryScreen'
import { Shell } from './Shell'

/** Opens the app when the data file is healthy, and the recovery screen when it is not. */
export function AppGate(): ReactNode {
  const status = useOperation('app.status', {})
  return (
    <>
      {status.data?.state === 'recovery' ? (
        <RecoveryScreen status={status.data} />
      ) : status.data?.state === 'ready' ? (
        <Shell />
      ) : status.error ? (
        <p className="notice error" role="alert">
          {status.error.message}
        </p>
      ) : null}
      <JobsPanel />
    </>
  )
}

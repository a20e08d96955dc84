import { useState, type ReactNode } from 'react'
import type { Output } from '@shared/contract'
import { errorMessage } from '../api/errors'
import { useWrite } from '../api/hooks'
import { FilePicker } from '../pages/data/FilePicker'
import { formatDateTime } from '@shared/dates'
import { useAppliedTheme } from './theme'
import { counted } from '../format'

type Recovery = Extract<Output<'app.status'>, { state: 'recovery' }>

/**
 * What the window shows when the data file cannot be opened as it is: what is wrong, in plain
 * words, and the three ways on: restore the newest good backup, open another Spotter file, or
 * quit. The damaged file is never deleted.
 */
export function RecoveryScreen(props: { status: Recovery }): ReactNode {
  const restore = useWrite('recovery.restoreLatest')
  const open = useWrite('recovery.openFile')
  const quit = useWrite('app.quit')
  const [error, setError] = useState<string>()
  // Settings live in the data file; without it the screen follows the system's theme.
  useAppliedTheme(undefined)
  const backup = props.status.latestGoodBackup
  const busy = restore.isPending || open.isPending

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="recovery-card card">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          Spotter
        </div>
        <h1 id="recovery-title">Spotter can’t open your data</h1>
        <p className="recovery-problem">{props.status.problem.message}</p>
        <p className="muted">
          File: <span style={{ wordBreak: 'break-all' }}>{props.status.dataFile}</span>
        </p>
        {props.status.problem.detail && (
          <details>
            <summary>Technical detail</summary>
            <code>{props.status.problem.detail}</code>
          </details>
        )}
        <h2>What would you like to do?</h2>
        <div className="recovery-options">
          <section aria-labelledby="restore-title">
            <h3 id="restore-title">Restore the latest good backup</h3>
            {backup ? (
              <>
                <p className="muted">
                  From {formatDateTime(backup.createdAt)}, with {counted(backup.clients, 'client')}. Anything
                  entered after it is not in it.
                </p>
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={() => restore.mutate({}, { onError: (e) => setError(errorMessage(e)) })}
                >
                  {restore.isPending ? 'Restoring…' : 'Restore this backup'}
                </button>
              </>
            ) : (
              <p className="muted">There is no backup that passes its checks in this data folder.</p>
            )}
          </section>
          <section aria-labelledby="open-title">
            <h3 id="open-title">Open another file</h3>
            <p className="muted">
              A Spotter data file you kept elsewhere, such as a copy on another drive. Spotter checks it and
              works from a copy.
            </p>
            <FilePicker
              label="Spotter data file"
              accept=".db,.sqlite,application/octet-stream"
              onUploaded={(uploadId) =>
                open.mutate({ uploadId }, { onError: (e) => setError(errorMessage(e)) })
              }
            />
          </section>
          <section aria-labelledby="quit-title">
            <h3 id="quit-title">Quit</h3>
            <p className="muted">Leave everything as it is, for example to ask for help first.</p>
            <button type="button" disabled={busy || quit.isSuccess} onClick={() => quit.mutate({})}>
              Quit Spotter
            </button>
            {quit.isSuccess && <p role="status">Spotter has stopped. You can close this window.</p>}
          </section>
        </div>
        {error && (
          <div className="notice error" role="alert">
            {error}
          </div>
        )}
        <p className="muted small-print">
          Spotter never deletes the damaged file: after a restore it is kept beside the data file, renamed
          with the date.
        </p>
      </div>
    </main>
  )
}

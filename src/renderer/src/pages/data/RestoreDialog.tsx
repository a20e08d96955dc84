import { formatDateTime } from '@shared/dates'
import { useState, type ReactNode } from 'react'
import { errorMessage } from '../../api/errors'
import { formatBytes } from '../../api/files'
import { useOperation, useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { FormFooter } from '../../components/FormFooter'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { backupReason } from './format'

/**
 * Lists the backups with date, size and client count; the chosen one is checked by Spotter,
 * the current data is backed up first, and the store reopens on the restored file.
 */
export function RestoreDialog(props: { onClose: () => void }): ReactNode {
  const backups = useOperation('backups.list', {})
  const restore = useWrite('backups.restore')
  const notify = useNotify()
  const [chosen, setChosen] = useState<string>()
  const [error, setError] = useState<string>()
  const picked = backups.data?.find((b) => b.name === chosen)

  async function confirm(): Promise<void> {
    if (!picked) return
    setError(undefined)
    try {
      await restore.mutateAsync({ name: picked.name })
      notify(
        `Restored the backup of ${formatDateTime(picked.createdAt)}. Your data from before it is kept as a backup too.`
      )
      props.onClose()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <Dialog title="Restore a backup" onClose={props.onClose}>
      <p className="muted" style={{ marginTop: 0 }}>
        Choose the backup to go back to. Spotter checks it first, then backs up what you have now, so a
        restore can itself be undone.
      </p>
      <QueryState isLoading={backups.isLoading} error={backups.error} />
      {backups.data && backups.data.length === 0 && <p>There are no backups yet. “Back up now” makes one.</p>}
      {backups.data && backups.data.length > 0 && (
        <div className="table-wrap restore-list">
          <table className="data" aria-label="Backups">
            <thead>
              <tr>
                <th style={{ width: 36 }} aria-label="Choose" />
                <th>Made</th>
                <th>Why</th>
                <th style={{ width: 90 }}>Clients</th>
                <th style={{ width: 90 }}>Size</th>
              </tr>
            </thead>
            <tbody>
              {backups.data.map((backup) => (
                <tr
                  key={backup.name}
                  aria-selected={chosen === backup.name}
                  onClick={() => !backup.problem && setChosen(backup.name)}
                >
                  <td>
                    <input
                      type="radio"
                      name="backup"
                      aria-label={`Backup of ${formatDateTime(backup.createdAt)}`}
                      checked={chosen === backup.name}
                      disabled={backup.problem !== null}
                      onChange={() => setChosen(backup.name)}
                    />
                  </td>
                  <td>{formatDateTime(backup.createdAt)}</td>
                  <td>
                    {backupReason(backup.reason)}
                    {backup.problem && (
                      <>
                        {' '}
                        <span className="badge warn" title={backup.problem}>
                          Can’t be restored
                        </span>
                      </>
                    )}
                  </td>
                  <td>{backup.problem ? '—' : backup.clients}</td>
                  <td>{formatBytes(backup.sizeBytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormFooter
        error={error}
        onCancel={props.onClose}
        submitLabel={restore.isPending ? 'Restoring…' : 'Restore this backup'}
        busy={!picked || restore.isPending}
        onSubmit={() => void confirm()}
      />
    </Dialog>
  )
}

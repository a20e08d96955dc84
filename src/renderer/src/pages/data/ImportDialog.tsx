import { useState, type ReactNode } from 'react'
import type { Output } from '@shared/contract'
import { ApiError } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { FormFooter } from '../../components/FormFooter'
import { useNotify } from '../../components/Toasts'
import { FilePicker } from './FilePicker'
import { formatDateTime } from '@shared/dates'
import { counted } from '../../format'

type Mode = 'replace' | 'merge'

/** How a count moves when the file replaces what is here: "+3", "−2" or "same". */
const difference = (now: number, after: number): string =>
  after === now ? 'same' : after > now ? `+${after - now}` : `−${now - after}`

/**
 * Import a Spotter export: choose the file, choose merge or replace, see exactly what will change
 * (Spotter runs the import and rolls it back to count), then confirm. Nothing is written before.
 */
export function ImportDialog(props: { onClose: () => void }): ReactNode {
  const preview = useWrite('import.preview')
  const apply = useWrite('import.apply')
  const notify = useNotify()
  const [uploadId, setUploadId] = useState<string>()
  const [mode, setMode] = useState<Mode>('merge')
  const [summary, setSummary] = useState<Output<'import.preview'>>()
  const [error, setError] = useState<string>()

  async function show(id: string, chosen: Mode): Promise<void> {
    setError(undefined)
    setSummary(undefined)
    try {
      setSummary(await preview.mutateAsync({ uploadId: id, mode: chosen }))
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'cancelled')) setError(errorMessage(e))
    }
  }

  async function confirm(): Promise<void> {
    if (!uploadId) return
    try {
      const done = await apply.mutateAsync({ uploadId, mode })
      const clients = done.changes.find((c) => c.table === 'clients')
      notify(
        mode === 'replace'
          ? `Replaced your data with the file’s ${counted(clients?.incoming ?? 0, 'client')}.`
          : `Merged: ${counted(clients?.added ?? 0, 'client')} added.`
      )
      props.onClose()
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'cancelled')) setError(errorMessage(e))
    }
  }

  return (
    <Dialog title="Import a Spotter file" onClose={props.onClose}>
      <FilePicker
        label="Spotter export (.json)"
        accept=".json,application/json"
        hint="A file made with “Export everything”, on this computer or another."
        onUploaded={(id) => {
          setUploadId(id)
          void show(id, mode)
        }}
      />
      <fieldset className="choice-group">
        <legend>How to import</legend>
        <label>
          <input
            type="radio"
            name="mode"
            checked={mode === 'merge'}
            onChange={() => (setMode('merge'), uploadId && void show(uploadId, 'merge'))}
          />
          Merge: add what this practice doesn’t have, keep everything here
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            checked={mode === 'replace'}
            onChange={() => (setMode('replace'), uploadId && void show(uploadId, 'replace'))}
          />
          Replace: make this practice exactly the file (a backup is made first)
        </label>
      </fieldset>
      {preview.isPending && <p className="muted">Reading the file…</p>}
      {summary && (
        <>
          <p style={{ marginBottom: 6 }}>
            Exported {formatDateTime(summary.exportedAt)} by Spotter {summary.appVersion}.{' '}
            {mode === 'merge'
              ? 'What will change:'
              : 'Everything here is set aside in a backup and the file’s records take its place:'}
          </p>
          <div className="table-wrap">
            <table className="data" aria-label="What will change">
              {/* The record names ("Exercises in workouts") need more room than the counts. */}
              <colgroup>
                <col style={{ width: '34%' }} />
              </colgroup>
              <thead>
                <tr>
                  <th>Records</th>
                  <th>Here now</th>
                  {mode === 'merge' ? (
                    <>
                      <th>In the file</th>
                      <th>Added</th>
                      <th>Already here</th>
                    </>
                  ) : (
                    <>
                      <th>After import</th>
                      <th>Change</th>
                    </>
                  )}
                </tr>
              </thead>
              <tbody>
                {summary.changes.map((change) => (
                  <tr key={change.table}>
                    <td>{change.label}</td>
                    <td>{change.current}</td>
                    {mode === 'merge' ? (
                      <>
                        <td>{change.incoming}</td>
                        <td>{change.added}</td>
                        <td>{change.unchanged}</td>
                      </>
                    ) : (
                      <>
                        <td>{change.added}</td>
                        <td>{difference(change.current, change.added)}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <FormFooter
        error={error}
        onCancel={props.onClose}
        submitLabel={
          apply.isPending ? 'Importing…' : mode === 'replace' ? 'Replace my data' : 'Merge into my data'
        }
        destructive={mode === 'replace'}
        busy={!summary || apply.isPending}
        onSubmit={() => void confirm()}
      />
    </Dialog>
  )
}

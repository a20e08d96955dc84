import { useState, type ReactNode } from 'react'
import { ApiError } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { finishExport } from '../../api/files'
import { useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { FormFooter } from '../../components/FormFooter'
import { useNotify } from '../../components/Toasts'

/** One client's data in a file, for their data request: JSON (complete) or CSV (for a spreadsheet). */
export function ClientExportDialog(props: {
  clientId: number
  clientName: string
  onClose: () => void
}): ReactNode {
  const exportClient = useWrite('export.client')
  const notify = useNotify()
  const [format, setFormat] = useState<'json' | 'csv'>('json')
  const [error, setError] = useState<string>()

  async function run(): Promise<void> {
    setError(undefined)
    try {
      const message = await finishExport(await exportClient.mutateAsync({ clientId: props.clientId, format }))
      if (message) notify(message)
      props.onClose()
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'cancelled')) setError(errorMessage(e))
    }
  }

  return (
    <Dialog title={`Export ${props.clientName}’s data`} onClose={props.onClose} size="small">
      <p style={{ marginTop: 0 }}>
        Everything Spotter holds about {props.clientName}: profile, injuries, programs, week plan, sessions,
        runs and measurements.
      </p>
      <fieldset className="choice-group">
        <legend>Format</legend>
        <label>
          <input type="radio" name="format" checked={format === 'json'} onChange={() => setFormat('json')} />{' '}
          JSON: complete, for another program
        </label>
        <label>
          <input type="radio" name="format" checked={format === 'csv'} onChange={() => setFormat('csv')} />{' '}
          CSV: one row per record, for a spreadsheet
        </label>
      </fieldset>
      <FormFooter
        error={error}
        onCancel={props.onClose}
        submitLabel={exportClient.isPending ? 'Exporting…' : 'Export'}
        busy={exportClient.isPending}
        onSubmit={() => void run()}
      />
    </Dialog>
  )
}

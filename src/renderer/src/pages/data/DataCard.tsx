import { useState, type ReactNode } from 'react'
import { contract, type Settings } from '@shared/contract'
import { ApiError } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { finishExport } from '../../api/files'
import { useOperation, useWrite } from '../../api/hooks'
import { useNotify } from '../../components/Toasts'
import { LoadDemoButton } from '../client-list/LoadDemoButton'
import { NumberInput } from '../../components/NumberInput'
import { ClientsCsvDialog } from './ClientsCsvDialog'
import { formatDateTime } from '@shared/dates'
import { ImportDialog } from './ImportDialog'
import { RestoreDialog } from './RestoreDialog'
import { counted } from '../../format'

/** How many backups to keep, checked by `settings.update`'s own field before it is sent. */
const backupKeepRule = { key: 'backupKeep', field: contract['settings.update'].input.shape.backupKeep }

/** Settings' data section: where the data lives, backups and restore, export and import, demo data. */
export function DataCard(props: { settings: Settings }): ReactNode {
  const info = useOperation('app.info', {})
  const backups = useOperation('backups.list', {})
  const backUp = useWrite('backups.create')
  const exportAll = useWrite('export.all')
  const update = useWrite('settings.update')
  const notify = useNotify()
  const [dialog, setDialog] = useState<'restore' | 'import' | 'csv'>()
  const latest = backups.data?.[0]
  const fail = (e: unknown): void => {
    if (!(e instanceof ApiError && e.code === 'cancelled')) notify(errorMessage(e), { kind: 'error' })
  }

  return (
    <section className="card" aria-labelledby="data-title">
      <div className="card-header">
        <h2 id="data-title">Your data</h2>
      </div>
      <p className="muted" style={{ marginTop: 0 }}>
        Everything stays on this computer, in one file.
      </p>
      <dl className="facts">
        <dt>Data file</dt>
        <dd style={{ wordBreak: 'break-all' }}>{info.data?.dataFile ?? '…'}</dd>
        <dt>Spotter</dt>
        <dd>{info.data ? `Version ${info.data.version} · data format ${info.data.schemaVersion}` : '…'}</dd>
        <dt>Last backup</dt>
        <dd>
          {backups.data
            ? latest
              ? `${formatDateTime(latest.createdAt)} · ${backups.data.length} kept`
              : 'None yet'
            : '…'}
        </dd>
      </dl>

      <h3 style={{ marginTop: 18 }}>Backups</h3>
      <p className="muted" style={{ margin: '4px 0 10px' }}>
        Spotter backs up once a day when it starts, and before every upgrade, restore and replacing import.
      </p>
      <div className="button-row">
        <button
          type="button"
          disabled={backUp.isPending}
          onClick={() =>
            backUp.mutate(
              {},
              { onSuccess: (made) => notify(`Backed up ${counted(made.clients, 'client')}.`), onError: fail }
            )
          }
        >
          {backUp.isPending ? 'Backing up…' : 'Back up now'}
        </button>
        <button type="button" onClick={() => setDialog('restore')}>
          Restore…
        </button>
        <label className="inline-field">
          Keep the last
          <NumberInput
            label="Backups to keep"
            value={props.settings.backupKeep}
            width={56}
            rule={backupKeepRule}
            onCommit={(backupKeep) => update.mutateAsync({ backupKeep: backupKeep ?? undefined })}
          />
          backups
        </label>
      </div>

      <h3 style={{ marginTop: 18 }}>Export and import</h3>
      <p className="muted" style={{ margin: '4px 0 10px' }}>
        One file with everything, to move to another computer or keep elsewhere. A client’s own data is
        exported from their page.
      </p>
      <div className="button-row">
        <button
          type="button"
          disabled={exportAll.isPending}
          onClick={() =>
            exportAll.mutate(
              {},
              {
                // Fetching the file is its own step after the mutation; its failure is reported too.
                onSuccess: (result) =>
                  void finishExport(result).then((message) => message && notify(message), fail),
                onError: fail
              }
            )
          }
        >
          {exportAll.isPending ? 'Exporting…' : 'Export everything…'}
        </button>
        <button type="button" onClick={() => setDialog('import')}>
          Import a Spotter file…
        </button>
        <button type="button" onClick={() => setDialog('csv')}>
          Import clients from CSV…
        </button>
      </div>

      <h3 style={{ marginTop: 18 }}>Demo practice</h3>
      <p className="muted" style={{ margin: '4px 0 10px' }}>
        Adds thirty sample clients with races, injuries, programs and months of logs, to explore Spotter.
      </p>
      <LoadDemoButton askFirst />
      {dialog === 'restore' && <RestoreDialog onClose={() => setDialog(undefined)} />}
      {dialog === 'import' && <ImportDialog onClose={() => setDialog(undefined)} />}
      {dialog === 'csv' && <ClientsCsvDialog onClose={() => setDialog(undefined)} />}
    </section>
  )
}

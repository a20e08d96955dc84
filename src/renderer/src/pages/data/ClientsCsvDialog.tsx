import { useState, type ReactNode } from 'react'
import type { Output } from '@shared/contract'
import type { clientCsvFields } from '@shared/operations/data'
import { ApiError } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { FormFooter } from '../../components/FormFooter'
import { useNotify } from '../../components/Toasts'
import { FilePicker } from './FilePicker'
import { counted } from '../../format'

type FieldName = (typeof clientCsvFields)[number]
type Mapping = Record<FieldName, string | null>

const fieldLabels: Array<[FieldName, string]> = [
  ['name', 'Full name'],
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['email', 'E-mail'],
  ['phone', 'Phone'],
  ['birthDate', 'Birth date'],
  ['sex', 'Sex'],
  ['heightM', 'Height (cm or m)'],
  ['weeklyDistanceM', 'Weekly distance'],
  ['goals', 'Goals'],
  ['tags', 'Tags'],
  ['notes', 'Notes']
]

/**
 * Clients from a CSV file: choose the file, say which column holds what (Spotter suggests it from
 * the header), check the rows (errors listed with their row numbers), then add the good ones.
 * Nothing is written until "Add clients"; closing the dialog writes nothing.
 */
export function ClientsCsvDialog(props: { onClose: () => void }): ReactNode {
  const inspect = useWrite('clientsCsv.inspect')
  const preview = useWrite('clientsCsv.preview')
  const apply = useWrite('clientsCsv.apply')
  const notify = useNotify()
  const [uploadId, setUploadId] = useState<string>()
  const [file, setFile] = useState<Output<'clientsCsv.inspect'>>()
  const [mapping, setMapping] = useState<Mapping>()
  const [dateFormat, setDateFormat] = useState<'ymd' | 'dmy' | 'mdy'>('ymd')
  const [distanceUnit, setDistanceUnit] = useState<'km' | 'mi'>('km')
  const [checked, setChecked] = useState<Output<'clientsCsv.preview'>>()
  const [error, setError] = useState<string>()

  const fail = (e: unknown): void => {
    if (!(e instanceof ApiError && e.code === 'cancelled')) setError(errorMessage(e))
  }

  async function loaded(id: string): Promise<void> {
    setError(undefined)
    setChecked(undefined)
    try {
      const facts = await inspect.mutateAsync({ uploadId: id })
      setUploadId(id)
      setFile(facts)
      setMapping(facts.suggested)
    } catch (e) {
      fail(e)
    }
  }

  const options = () => ({
    uploadId: uploadId as string,
    mapping: mapping as Mapping,
    dateFormat,
    distanceUnit
  })

  async function check(): Promise<void> {
    setError(undefined)
    try {
      setChecked(await preview.mutateAsync(options()))
    } catch (e) {
      fail(e)
    }
  }

  async function confirm(): Promise<void> {
    try {
      const result = await apply.mutateAsync(options())
      notify(`Added ${counted(result.added, 'client')} from the CSV file.`)
      props.onClose()
    } catch (e) {
      fail(e)
    }
  }

  const change = (field: FieldName, column: string): void => {
    setMapping((current) => (current ? { ...current, [field]: column || null } : current))
    setChecked(undefined)
  }

  return (
    <Dialog title="Import clients from CSV" onClose={props.onClose}>
      <FilePicker
        label="CSV file"
        accept=".csv,text/csv"
        hint="The first row names the columns."
        onUploaded={(id) => void loaded(id)}
      />
      {file && mapping && (
        <>
          <h3 style={{ margin: '14px 0 4px' }}>Columns</h3>
          <p className="muted" style={{ margin: '0 0 8px' }}>
            {file.rows} rows. Say which column holds what; leave out what you don’t need.
          </p>
          <div className="mapping-grid">
            {fieldLabels.map(([field, label]) => (
              <label key={field} className="field">
                <span>{label}</span>
                <select value={mapping[field] ?? ''} onChange={(event) => change(field, event.target.value)}>
                  <option value="">(not in the file)</option>
                  {file.columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <label className="field">
              <span>Dates are written</span>
              <select
                value={dateFormat}
                onChange={(event) => (
                  setDateFormat(event.target.value as typeof dateFormat),
                  setChecked(undefined)
                )}
              >
                <option value="ymd">Year-month-day (2024-03-31)</option>
                <option value="dmy">Day/month/year (31/03/2024)</option>
                <option value="mdy">Month/day/year (03/31/2024)</option>
              </select>
            </label>
            <label className="field">
              <span>Weekly distance is in</span>
              <select
                value={distanceUnit}
                onChange={(event) => (
                  setDistanceUnit(event.target.value as typeof distanceUnit),
                  setChecked(undefined)
                )}
              >
                <option value="km">Kilometres</option>
                <option value="mi">Miles</option>
              </select>
            </label>
          </div>
        </>
      )}
      {checked && (
        <div className="csv-check">
          <p>
            <strong>{checked.ready.length}</strong> client{checked.ready.length === 1 ? '' : 's'} ready to add
            {checked.duplicates.length > 0 && `, ${checked.duplicates.length} already in Spotter (left out)`}
            {checked.errors.length > 0 &&
              `, ${new Set(checked.errors.map((e) => e.row)).size} rows with errors (left out)`}
            .
          </p>
          {checked.errors.length > 0 && (
            <ul className="row-errors" aria-label="Rows with errors">
              {checked.errors.map((e) => (
                <li key={`${e.row}-${e.field}`}>
                  Row {e.row}: {fieldLabels.find(([f]) => f === e.field)?.[1] ?? e.field}: {e.message}
                </li>
              ))}
            </ul>
          )}
          {checked.duplicates.length > 0 && (
            <ul className="row-errors" aria-label="Already in Spotter">
              {checked.duplicates.map((d) => (
                <li key={d.row}>
                  Row {d.row}: {d.name} is already in Spotter
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {/* Nothing is written before the second step: check reads the file, confirm writes it. */}
      <FormFooter
        error={error}
        onCancel={props.onClose}
        submitLabel={
          checked
            ? `Add ${checked.ready.length} client${checked.ready.length === 1 ? '' : 's'}`
            : 'Check the rows'
        }
        busy={checked ? checked.ready.length === 0 || apply.isPending : !mapping || preview.isPending}
        onSubmit={() => void (checked ? confirm() : check())}
      />
    </Dialog>
  )
}

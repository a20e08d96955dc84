import type { ReactNode } from 'react'
import { QueryState } from './QueryState'
import './record-card.css'

/** One column of a record table: its header and what a record shows in it. */
export interface RecordColumn<R> {
  header: string
  /** A longer name for a short header ("HR"), shown on hover. */
  title?: string
  width?: number
  /** Long text (a note) wraps onto more lines instead of pushing the row's actions out of the card. */
  wrap?: boolean
  cell: (record: R) => ReactNode
}

/**
 * A card of one kind of a client's records (sessions, runs, measurements, injuries): its title
 * and buttons, the loading state, an empty text that says what to do, and a table whose rows
 * have Edit and Delete. The card's own dialogs (its form, its delete question) are its children.
 */
export function RecordCard<R extends { id: number }>(props: {
  /** Names the card's title for the section's label, e.g. "runs". */
  name: string
  title: string
  /** The buttons in the header, e.g. "+ Log run". */
  actions: ReactNode
  records: readonly R[] | undefined
  isLoading: boolean
  error: unknown
  /** Shown when there is nothing yet: what the trainer can do about it. */
  empty: ReactNode
  /** Shown above the table when there are records, e.g. the latest of each measurement. */
  summary?: ReactNode
  columns: ReadonlyArray<RecordColumn<R>>
  /** How a record is called in its buttons' names: "easy run of 3 March 2026". */
  rowName: (record: R) => string
  rowTitle?: (record: R) => string | undefined
  /** Actions before Edit, e.g. "Mark resolved". */
  rowActions?: (record: R) => ReactNode
  onEdit?: (record: R) => void
  onDelete?: (record: R) => void
  className?: string
  children?: ReactNode
}): ReactNode {
  const titleId = `${props.name}-title`
  const records = props.records ?? []
  const hasActions = Boolean(props.rowActions || props.onEdit || props.onDelete)
  return (
    <section className={`card record-card ${props.className ?? ''}`} aria-labelledby={titleId}>
      <div className="card-header">
        <h2 id={titleId}>{props.title}</h2>
        <div className="spacer" />
        {props.actions}
      </div>
      <QueryState isLoading={props.isLoading} error={props.error as Error | null} />
      {props.records && records.length === 0 && <p className="muted">{props.empty}</p>}
      {records.length > 0 && props.summary}
      {records.length > 0 && (
        <div className="record-list">
          <table className="data compact" aria-label={props.title}>
            <colgroup>
              {props.columns.map((column) => (
                <col key={column.header} style={column.width ? { width: column.width } : undefined} />
              ))}
              {hasActions && <col />}
            </colgroup>
            <thead>
              <tr>
                {props.columns.map((column) => (
                  <th key={column.header} scope="col" title={column.title}>
                    {column.header}
                  </th>
                ))}
                {hasActions && (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {records.map((record) => {
                const name = props.rowName(record)
                return (
                  <tr key={record.id} title={props.rowTitle?.(record)} aria-label={name}>
                    {props.columns.map((column) => (
                      <td key={column.header} className={column.wrap ? 'wrap' : undefined}>
                        {column.cell(record)}
                      </td>
                    ))}
                    {hasActions && (
                      <td className="row-actions">
                        {props.rowActions?.(record)}
                        {props.onEdit && (
                          <button
                            type="button"
                            className="link"
                            aria-label={`Edit ${name}`}
                            onClick={() => props.onEdit?.(record)}
                          >
                            Edit
                          </button>
                        )}
                        {props.onDelete && (
                          <button
                            type="button"
                            className="link danger"
                            aria-label={`Delete ${name}`}
                            title="Delete"
                            onClick={() => props.onDelete?.(record)}
                          >
                            ✕
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {props.children}
    </section>
  )
}

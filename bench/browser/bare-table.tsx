import { useRef, type ReactNode } from 'react'
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ClientSummary } from '@shared/client-list'

/*
 * The baseline of the client-table figure: a bare virtualized TanStack table over the same rows,
 * showing the same text in each cell (dates as ISO strings, days to the race as a number), with
 * no sorting, no links, no badges and no memoised rows. The same stylesheet lays both out.
 */

const features = tableFeatures({})
const column = createColumnHelper<typeof features, ClientSummary>()
const columns = column.columns([
  column.accessor('name', { header: 'Name' }),
  column.accessor('goals', { header: 'Goals' }),
  column.accessor((row) => `${row.nextRaceName ?? ''} ${row.nextRaceDate ?? ''}`, {
    id: 'race',
    header: 'Next race'
  }),
  column.accessor((row) => row.activeProgramName ?? 'None', { id: 'program', header: 'Active program' }),
  column.accessor((row) => row.lastSessionDate ?? 'None yet', { id: 'last', header: 'Last session' }),
  column.accessor((row) => row.activeInjuryAreas.join(', '), { id: 'injuries', header: 'Injuries' })
])

export function BareTable(props: { clients: ClientSummary[] }): ReactNode {
  const scrollRef = useRef<HTMLDivElement>(null)
  const table = useTable({ features, columns, data: props.clients })
  const rows = table.getRowModel().rows
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    overscan: 6
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  return (
    <div className="table-wrap" ref={scrollRef}>
      <table className="data">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id}>{String(header.column.columnDef.header)}</th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          <tr>
            <td colSpan={columns.length} style={{ height: paddingTop, border: 'none' }} />
          </tr>
          {items.map((item) => {
            const row = rows[item.index]
            return row ? (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>{String(cell.getValue())}</td>
                ))}
              </tr>
            ) : null
          })}
          <tr>
            <td colSpan={columns.length} style={{ height: paddingBottom, border: 'none' }} />
          </tr>
        </tbody>
      </table>
    </div>
  )
}

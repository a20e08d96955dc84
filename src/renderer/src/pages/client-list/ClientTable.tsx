import { memo, useEffect, useRef, useState, type ReactNode } from 'react'
import {
  FlexRender,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type Row
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ClientSummary } from '@shared/client-list'
import { formatDistance } from '@shared/units'
import { hrefFor, navigate } from '../../app/router'
import { useUnits } from '../../app/units'
import { daysBetween, formatDate, formatShortDate, localToday } from '@shared/dates'
import { Icon } from '../../components/Icon'
import { raceBadgeClass } from '../../components/race-soon'

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() })
const column = createColumnHelper<typeof features, ClientSummary>()
const rowHeight = 44
/**
 * The narrowest each column may be, in px, with its header and usual content whole. The table is
 * fixed-layout so virtualized rows never shift; the columns share its width in these proportions.
 */
const minWidths: Record<string, number> = {
  name: 200,
  goals: 150,
  nextRace: 215,
  program: 150,
  lastSession: 120,
  injuries: 135
}

/** When the window is narrow, the less important columns give way first, in this order. */
const givesWay = ['goals', 'program', 'lastSession', 'nextRace']

/** The columns that fit a table `width` px wide; name and injuries always stay. */
export function visibleColumns(width: number): string[] {
  const shown = Object.keys(minWidths)
  for (const id of givesWay) {
    if (shown.reduce((sum, c) => sum + (minWidths[c] ?? 0), 0) <= width) break
    shown.splice(shown.indexOf(id), 1)
  }
  return shown
}

function NextRace(props: { client: ClientSummary }): ReactNode {
  const units = useUnits()
  const { nextRaceName, nextRaceDate, nextRaceDistanceM } = props.client
  if (!nextRaceDate && !nextRaceName) return <span className="muted">—</span>
  const days = nextRaceDate ? daysBetween(localToday(), nextRaceDate) : undefined
  const distance = nextRaceDistanceM ? formatDistance(units.distance, nextRaceDistanceM) : ''
  const label = nextRaceName ?? distance
  return (
    <span
      className="cell-with-badge"
      title={[nextRaceName, distance, nextRaceDate ? formatDate(nextRaceDate) : '']
        .filter(Boolean)
        .join(' · ')}
    >
      <span className="cell-text">{label || 'Race'}</span>
      {days !== undefined && (
        <span className={raceBadgeClass(days)}>
          {days > 1
            ? `in ${days} days`
            : days === 1
              ? 'tomorrow'
              : days === 0
                ? 'today'
                : `${-days} days ago`}
        </span>
      )}
    </span>
  )
}

const columns = column.columns([
  column.accessor('name', {
    header: 'Name',
    // The list arrives sorted by folded name (accents and case ignored, as the search does), so
    // name order is arrival order: comparing indices sorts ten thousand rows in a few
    // milliseconds, where a locale collator takes a long task on every load.
    sortFn: (a, b) => a.index - b.index,
    cell: (info) => (
      <span className="cell-with-badge">
        <a
          className="row-link cell-text"
          href={hrefFor({ page: 'client', id: info.row.original.id })}
          title={info.getValue()}
          onClick={(e) => e.stopPropagation()}
        >
          {info.getValue()}
        </a>
        {info.row.original.archived && <span className="badge">Archived</span>}
      </span>
    )
  }),
  column.accessor('goals', {
    header: 'Goals',
    cell: (info) => <span title={info.getValue()}>{info.getValue() || <span className="muted">—</span>}</span>
  }),
  column.accessor((row) => row.nextRaceDate ?? undefined, {
    id: 'nextRace',
    header: 'Next race',
    sortUndefined: 'last',
    cell: (info) => <NextRace client={info.row.original} />
  }),
  column.accessor((row) => row.activeProgramName ?? undefined, {
    id: 'program',
    header: 'Active program',
    sortUndefined: 'last',
    cell: (info) => {
      const name = info.getValue()
      return name ? <span title={name}>{name}</span> : <span className="muted">None</span>
    }
  }),
  column.accessor((row) => row.lastSessionDate ?? undefined, {
    id: 'lastSession',
    header: 'Last session',
    sortUndefined: 'last',
    sortDescFirst: true,
    cell: (info) => {
      const value = info.getValue()
      return value ? formatShortDate(value) : <span className="muted">None yet</span>
    }
  }),
  column.accessor((row) => row.activeInjuryAreas.length, {
    id: 'injuries',
    header: 'Injuries',
    sortDescFirst: true,
    cell: (info) => {
      const areas = info.row.original.activeInjuryAreas
      return areas.length > 0 ? (
        <span className="badge warn" title={`Active: ${areas.join(', ')}`}>
          <Icon name="alert" size={13} />
          {/* One area and a count keep the badge whole in a narrow column; the title lists all. */}
          {areas.length > 1 ? `${areas[0]} +${areas.length - 1}` : areas[0]}
        </span>
      ) : (
        <span className="muted">—</span>
      )
    }
  })
])

type ClientRow = Row<typeof features, ClientSummary>

/**
 * One table row. Memoised: while scrolling, the rows already on screen keep their row object
 * (the row model is only rebuilt when data or sorting change), so only rows scrolling in render.
 */
const ClientTableRow = memo(function ClientTableRow(props: {
  row: ClientRow
  rowIndex: number
  /** The visible columns' ids, joined by spaces (a string, so the memo compares it cheaply). */
  shown: string
}): ReactNode {
  const { row } = props
  const shown = props.shown.split(' ')
  return (
    <tr aria-rowindex={props.rowIndex} onClick={() => navigate({ page: 'client', id: row.original.id })}>
      {row
        .getAllCells()
        .filter((cell) => shown.includes(cell.column.id))
        .map((cell) => (
          <td key={cell.id}>
            <FlexRender cell={cell} />
          </td>
        ))}
    </tr>
  )
})

/**
 * The client list: sortable by any column, virtualized so ten thousand rows stay smooth.
 * Memoised: the page around it re-renders as the list's pages arrive, with the same rows.
 */
export const ClientTable = memo(function ClientTable(props: { clients: ClientSummary[] }): ReactNode {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(Infinity)
  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const shown = visibleColumns(width)
  const shownWidth = shown.reduce((sum, id) => sum + (minWidths[id] ?? 0), 0)
  const table = useTable({ features, columns, data: props.clients })
  // The list arrives in name order, so no sorting at all is shown as "name, ascending": the rows
  // are then used as they come, with no sorted copy of ten thousand of them on every load.
  const inArrivalOrder = table.store.state.sorting.length === 0
  const rows = table.getRowModel().rows
  // Spotter does not use the React Compiler, so nothing memoizes the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Rows drawn beyond each edge: enough that a wheel step finds them ready, few enough that a
    // jump (End, a dragged scrollbar) draws little more than a screenful.
    overscan: 6
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)

  return (
    <div className="table-wrap" ref={scrollRef}>
      <table className="data" aria-label="Clients" aria-rowcount={rows.length + 1}>
        <colgroup>
          {shown.map((id) => (
            <col key={id} style={{ width: `${(((minWidths[id] ?? 0) / shownWidth) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers
                .filter((header) => shown.includes(header.column.id))
                .map((header) => {
                  const byNameAsArrived = inArrivalOrder && header.column.id === 'name'
                  const sorted = byNameAsArrived ? 'asc' : header.column.getIsSorted()
                  // From arrival order, a click on Name turns it around, as on any sorted column.
                  const toggle = byNameAsArrived
                    ? () => table.setSorting([{ id: 'name', desc: true }])
                    : header.column.getToggleSortingHandler()
                  return (
                    <th
                      key={header.id}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button type="button" onClick={toggle}>
                        <FlexRender header={header} />
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  )
                })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={shown.length} style={{ height: paddingTop, border: 'none' }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]
            return row ? (
              <ClientTableRow key={row.id} row={row} rowIndex={item.index + 2} shown={shown.join(' ')} />
            ) : null
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={shown.length} style={{ height: paddingBottom, border: 'none' }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
})

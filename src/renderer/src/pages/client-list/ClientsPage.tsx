import { lazy, Suspense, useDeferredValue, useMemo, useState, type ReactNode } from 'react'
import { useClientList } from '../../api/hooks'
import { navigate } from '../../app/router'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { ClientTable } from './ClientTable'
import { filterClients, searchIndex } from './client-search'
import { LoadDemoButton } from './LoadDemoButton'
import { counted } from '../../format'

// The form, with the schemas and form library behind it, loads when "Add client" is first
// pressed: the list is the first screen, and its start should not wait for them.
const ClientForm = lazy(() =>
  import('../../components/ClientForm').then((module) => ({ default: module.ClientForm }))
)

type StatusFilter = 'active' | 'archived' | 'all'
const numbers = new Intl.NumberFormat()
const count = (n: number): string => numbers.format(n)
const statusLabels: Record<StatusFilter, string> = { active: 'Active', archived: 'Archived', all: 'All' }

function FirstRun(props: { onAdd: () => void }): ReactNode {
  return (
    <div className="card empty">
      <h2>Welcome to Spotter</h2>
      <p>
        Start by adding your first client: their goals, running profile and any injuries. Spotter’s exercise
        library and the two runner templates are already installed for when you build their program.
      </p>
      <p>
        Just looking around? Load a demo practice of thirty sample clients with programs and months of logs.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={props.onAdd}>
          Add client
        </button>
        <LoadDemoButton />
      </div>
    </div>
  )
}

/** The client list: search, status filter, sortable table, and the way in to a client. */
export function ClientsPage(): ReactNode {
  const [status, setStatus] = useState<StatusFilter>('active')
  const [query, setQuery] = useState('')
  const [adding, setAdding] = useState(false)
  const notify = useNotify()
  // The list of the chosen status, filtered by the store and read a page at a time.
  const list = useClientList(status)
  // "All" marks the archived clients: their list is short, and reading it keeps the rows' format.
  const archived = useClientList('archived', status === 'all')
  const clients = useMemo(() => {
    if (status !== 'all' || archived.clients.length === 0) return list.clients
    const ids = new Set(archived.clients.map((c) => c.id))
    return list.clients.map((c) => (ids.has(c.id) ? { ...c, archived: true as const } : c))
  }, [status, list.clients, archived.clients])
  const deferredQuery = useDeferredValue(query)
  const searching = deferredQuery.trim() !== ''
  // Folding ten thousand clients' text waits for the first search, so loading the list does not pay for it.
  const index = useMemo(() => (searching ? searchIndex(clients) : null), [clients, searching])
  const shown = useMemo(
    () => (index ? filterClients(clients, index, deferredQuery) : clients),
    [clients, index, deferredQuery]
  )
  const counts = list.counts
  const isEmptyPractice = counts !== undefined && counts.active + counts.archived === 0
  const total = counts ? (status === 'all' ? counts.active + counts.archived : counts[status]) : 0

  return (
    <div className="page">
      <header className="page-header">
        <h1>Clients</h1>
        <div className="spacer" />
        {!isEmptyPractice && (
          <>
            <input
              className="search"
              type="search"
              placeholder="Search name, goals, tags…"
              aria-label="Search clients"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <div className="segmented" role="group" aria-label="Show">
              {(Object.keys(statusLabels) as StatusFilter[]).map((key) => (
                <button key={key} type="button" aria-pressed={status === key} onClick={() => setStatus(key)}>
                  {statusLabels[key]}
                </button>
              ))}
            </div>
          </>
        )}
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          + Add client
        </button>
      </header>
      <QueryState isLoading={list.isLoading} error={list.error} />
      {isEmptyPractice && <FirstRun onAdd={() => setAdding(true)} />}
      {!isEmptyPractice && !list.isLoading && !list.loadingMore && shown.length === 0 && (
        <div className="card empty">
          <h2>
            {query ? `No clients match “${query}”` : `No ${statusLabels[status].toLowerCase()} clients`}
          </h2>
          <p>
            {query
              ? 'Check the spelling, or search by goal or tag instead.'
              : status === 'archived'
                ? 'Archived clients appear here; archive a client from their page when you stop coaching them.'
                : 'Add a client, or look under Archived.'}
          </p>
        </div>
      )}
      {!isEmptyPractice && shown.length > 0 && (
        <>
          <ClientTable clients={shown} />
          <div className="table-footer" aria-live="polite">
            {list.loadingMore
              ? `Loading clients… ${count(clients.length)} of ${count(total)}`
              : shown.length === clients.length
                ? counted(clients.length, 'client')
                : `${count(shown.length)} of ${count(clients.length)} clients`}
          </div>
        </>
      )}
      {adding && (
        <Suspense fallback={null}>
          <ClientForm
            onClose={() => setAdding(false)}
            onSaved={(client) => {
              setAdding(false)
              notify(`Added ${client.name}.`)
              navigate({ page: 'client', id: client.id })
            }}
          />
        </Suspense>
      )}
    </div>
  )
}

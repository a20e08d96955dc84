import { daysBetween, formatDate, localToday, yearsBetween } from '@shared/dates'
import { lazy, Suspense, useState, type ReactNode } from 'react'
import type { Client } from '@shared/contract'
import { formatDistance, formatDuration, formatPace } from '@shared/units'
import { useOperation, useWrite } from '../../api/hooks'
import { hrefFor, navigate, type ClientTab } from '../../app/router'
import { useUnits } from '../../app/units'
import { ConfirmDialog } from '../../components/Dialog'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { raceBadgeClass } from '../../components/race-soon'
import { initials } from '../../format'
import { ClientForm } from '../../components/ClientForm'
import { priorityOptions } from '../week/plan-words'
import { ClientExportDialog } from '../data/ClientExportDialog'
import { ClientLog } from '../log/ClientLog'
import { ClientPrograms } from '../programs/ClientPrograms'
import { RaceTools } from '../race/RaceTools'
import { WeekPlanTab } from '../week/WeekPlanTab'
import { InjuriesCard } from './InjuriesCard'

// The charts library is large and only the Progress tab draws charts: it loads with the tab.
const ClientProgress = lazy(() =>
  import('../progress/ClientProgress').then((m) => ({ default: m.ClientProgress }))
)

const tabs: Array<[ClientTab | undefined, string]> = [
  [undefined, 'Overview'],
  ['programs', 'Programs'],
  ['week', 'Week plan'],
  ['log', 'Log'],
  ['progress', 'Progress'],
  ['race', 'Race tools']
]

const sexLabels = { female: 'Female', male: 'Male', other: 'Other' } as const
const priorityLabel = (priority: Client['priority']): string =>
  priorityOptions.find(([value]) => value === priority)?.[1] ?? priority

function ContactCard(props: { client: Client }): ReactNode {
  const c = props.client
  return (
    <section className="card" aria-labelledby="contact-title">
      <div className="card-header">
        <h2 id="contact-title">Contact</h2>
      </div>
      <dl className="facts">
        <dt>E-mail</dt>
        <dd>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '—'}</dd>
        <dt>Phone</dt>
        <dd>{c.phone ?? '—'}</dd>
        <dt>Born</dt>
        <dd>
          {c.birthDate
            ? `${formatDate(c.birthDate)} (${yearsBetween(c.birthDate, localToday())} years)`
            : '—'}
        </dd>
        <dt>Sex</dt>
        <dd>{c.sex ? sexLabels[c.sex] : '—'}</dd>
        <dt>Height</dt>
        <dd>{c.heightM ? `${Math.round(c.heightM * 100)} cm` : '—'}</dd>
      </dl>
    </section>
  )
}

function GoalsCard(props: { client: Client }): ReactNode {
  const c = props.client
  return (
    <section className="card" aria-labelledby="goals-title">
      <div className="card-header">
        <h2 id="goals-title">Goals</h2>
      </div>
      <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
        {c.goals || <span className="muted">No goals written yet.</span>}
      </p>
      {c.tags.length > 0 && (
        <p style={{ display: 'flex', gap: 6, flexWrap: 'wrap', marginBottom: 0 }}>
          {c.tags.map((tag) => (
            <span key={tag} className="badge accent">
              {tag}
            </span>
          ))}
        </p>
      )}
      {c.notes && (
        <>
          <h3 style={{ marginTop: 14 }}>Notes</h3>
          <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{c.notes}</p>
        </>
      )}
    </section>
  )
}

function RunningCard(props: { client: Client }): ReactNode {
  const c = props.client
  const units = useUnits()
  const days = c.nextRaceDate ? daysBetween(localToday(), c.nextRaceDate) : undefined
  return (
    <section className="card" aria-labelledby="running-title">
      <div className="card-header">
        <h2 id="running-title">Running profile</h2>
      </div>
      <dl className="facts">
        <dt>Weekly distance</dt>
        <dd>{c.weeklyDistanceM != null ? formatDistance(units.distance, c.weeklyDistanceM) : '—'}</dd>
        <dt>Next race</dt>
        <dd>{c.nextRaceName ?? (c.nextRaceDate ? <span className="muted">Not named</span> : '—')}</dd>
        <dt>Race date</dt>
        <dd>
          {c.nextRaceDate ? formatDate(c.nextRaceDate) : '—'}{' '}
          {days !== undefined && days >= 0 && (
            <span className={raceBadgeClass(days)}>
              {days === 0 ? 'today' : days === 1 ? 'tomorrow' : `${days} days to go`}
            </span>
          )}
        </dd>
        <dt>Distance</dt>
        <dd>{c.nextRaceDistanceM ? formatDistance(units.distance, c.nextRaceDistanceM) : '—'}</dd>
        <dt>Priority</dt>
        <dd>{priorityLabel(c.priority)}</dd>
        <dt>Target time</dt>
        <dd>
          {c.nextRaceTargetS ? formatDuration(c.nextRaceTargetS) : '—'}
          {c.nextRaceTargetS && c.nextRaceDistanceM ? (
            <span className="muted">
              {' '}
              ({formatPace(units.distance, c.nextRaceDistanceM, c.nextRaceTargetS)})
            </span>
          ) : null}
        </dd>
      </dl>
    </section>
  )
}

/** One client: who they are, what they run, what hurts; and the actions on their record. */
export function ClientPage(props: {
  id: number
  tab?: ClientTab
  programId?: number
  sessionId?: number
}): ReactNode {
  const client = useOperation('clients.get', { id: props.id })
  const archive = useWrite('clients.archive')
  const restore = useWrite('clients.restore')
  const remove = useWrite('clients.delete')
  const notify = useNotify()
  const [editing, setEditing] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [exporting, setExporting] = useState(false)
  const c = client.data

  if (!c) {
    return (
      <div className="page">
        <p>
          <a href="#/clients">← Clients</a>
        </p>
        <QueryState isLoading={client.isLoading} error={client.error} />
      </div>
    )
  }

  return (
    <div className="page">
      <p style={{ margin: 0 }}>
        <a href="#/clients">← Clients</a>
      </p>
      <header className="page-header">
        <div className="client-title">
          <span className="avatar" aria-hidden="true">
            {initials(c.name)}
          </span>
          <h1>{c.name}</h1>
          {c.status === 'archived' && <span className="badge">Archived</span>}
        </div>
        <div className="spacer" />
        <button type="button" onClick={() => setEditing(true)}>
          Edit
        </button>
        {c.status === 'active' ? (
          <button
            type="button"
            onClick={() => archive.mutate({ id: c.id }, { onSuccess: () => notify(`Archived ${c.name}.`) })}
          >
            Archive
          </button>
        ) : (
          <button
            type="button"
            onClick={() => restore.mutate({ id: c.id }, { onSuccess: () => notify(`Restored ${c.name}.`) })}
          >
            Restore
          </button>
        )}
        <button type="button" onClick={() => setExporting(true)}>
          Export data…
        </button>
        <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
          Delete…
        </button>
      </header>
      <nav className="tabs" aria-label={`${c.name} sections`}>
        {tabs.map(([tab, label]) => (
          <a
            key={label}
            className="tab"
            href={hrefFor({ page: 'client', id: c.id, tab })}
            aria-current={props.tab === tab ? 'page' : undefined}
          >
            {label}
          </a>
        ))}
      </nav>
      {props.tab === 'programs' && (
        <ClientPrograms clientId={c.id} clientName={c.name} programId={props.programId} />
      )}
      {props.tab === 'log' && (
        <ClientLog
          key={props.sessionId ?? 'list'}
          clientId={c.id}
          clientName={c.name}
          openSessionId={props.sessionId}
        />
      )}
      {props.tab === 'progress' && (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <ClientProgress clientId={c.id} clientName={c.name} />
        </Suspense>
      )}
      {props.tab === 'week' && <WeekPlanTab client={c} />}
      {props.tab === 'race' && <RaceTools client={c} />}
      {props.tab === undefined && (
        <div className="cards">
          <ContactCard client={c} />
          <RunningCard client={c} />
          <GoalsCard client={c} />
          <InjuriesCard clientId={c.id} />
        </div>
      )}
      {editing && (
        <ClientForm
          client={c}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false)
            notify(`Saved ${saved.name}.`)
          }}
        />
      )}
      {exporting && (
        <ClientExportDialog clientId={c.id} clientName={c.name} onClose={() => setExporting(false)} />
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={`Delete ${c.name}?`}
          danger
          busy={remove.isPending}
          confirmLabel={`Delete ${c.name}`}
          message={
            <p style={{ margin: 0 }}>
              This removes {c.name} and every record of theirs: profile, injuries, programs, week plan,
              sessions, runs and measurements. It cannot be undone. To keep their history, archive them
              instead.
            </p>
          }
          onClose={() => setConfirmDelete(false)}
          onConfirm={() =>
            remove.mutate(
              { id: c.id },
              {
                onSuccess: () => {
                  setConfirmDelete(false)
                  notify(`Deleted ${c.name}.`)
                  navigate({ page: 'clients' })
                }
              }
            )
          }
        />
      )}
    </div>
  )
}

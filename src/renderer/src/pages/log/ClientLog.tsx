import { useEffect, useRef, useState, type ReactNode } from 'react'
import { formatDate } from '@shared/dates'
import type { Session, SessionSummary } from '@shared/schemas/logs'
import { formatDuration } from '@shared/units'
import { useOperation } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { Suggestions } from '../../components/Suggestions'
import { DeleteDialog } from '../../components/DeleteDialog'
import { QueryState } from '../../components/QueryState'
import { RecordCard } from '../../components/RecordCard'
import { MeasurementsCard } from './MeasurementsCard'
import { PaperEntry } from './PaperEntry'
import { RunsCard } from './RunsCard'
import { SessionEditor } from './SessionEditor'
import { WorkoutImportDialog } from '../data/WorkoutImportDialog'
import './log.css'
import { counted } from '../../format'

type View =
  | { kind: 'list' }
  | { kind: 'session'; sessionId: number | null; programId: number | null; workoutId: number | null }
  | { kind: 'paper'; programId: number; workoutId: number }

const EMPTY: SessionSummary[] = []

/**
 * Which workout to start from: the client's programs (active first) and their workouts. The
 * default is the workout after the one logged last, so a trainer logging in order just presses
 * Enter.
 */
function StartDialog(props: {
  clientId: number
  mode: 'session' | 'paper'
  sessions: readonly SessionSummary[]
  onStart: (programId: number | null, workoutId: number | null) => void
  onClose: () => void
}): ReactNode {
  const programs = useOperation('programs.listForClient', { clientId: props.clientId })
  const sorted = [...(programs.data ?? [])].sort(
    (a, b) => Number(b.status === 'active') - Number(a.status === 'active')
  )
  const [chosenProgram, setChosenProgram] = useState<number | 'blank'>()
  const programChoice = chosenProgram ?? sorted.find((p) => p.workoutCount > 0)?.id ?? 'blank'
  const programId = programChoice === 'blank' ? null : programChoice
  const program = useOperation('programs.get', { id: programId ?? 0 }, programId !== null)
  const workouts = program.data?.id === programId ? (program.data?.workouts ?? []) : []
  const last = props.sessions.find((s) => s.programId === programId && s.workoutId !== null)
  const lastIndex = workouts.findIndex((w) => w.id === last?.workoutId)
  const suggested = workouts[lastIndex < 0 ? 0 : (lastIndex + 1) % workouts.length]?.id
  const [chosenWorkout, setChosenWorkout] = useState<number>()
  const workoutId = workouts.some((w) => w.id === chosenWorkout) ? chosenWorkout : suggested
  const canStart =
    programs.data !== undefined && (programId === null ? props.mode === 'session' : workoutId !== undefined)
  // The start button takes focus once there is something to start, so Enter starts at once.
  const startRef = useRef<HTMLButtonElement>(null)
  const focused = useRef(false)
  useEffect(() => {
    if (canStart && !focused.current) {
      focused.current = true
      startRef.current?.focus()
    }
  }, [canStart])

  return (
    <Dialog
      title={props.mode === 'session' ? 'Log session' : 'Enter from paper'}
      onClose={props.onClose}
      size="small"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (canStart) props.onStart(programId, programId === null ? null : (workoutId ?? null))
        }}
      >
        <QueryState isLoading={programs.isLoading} error={programs.error ?? program.error} />
        <div className="form-grid">
          <Field label="Program" wide>
            <select
              value={String(programChoice)}
              onChange={(e) => {
                setChosenProgram(e.target.value === 'blank' ? 'blank' : Number(e.target.value))
                setChosenWorkout(undefined)
              }}
            >
              {sorted.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.status === 'active' ? ' (active)' : p.status === 'draft' ? ' (draft)' : ''}
                </option>
              ))}
              {props.mode === 'session' && <option value="blank">No program: blank session</option>}
            </select>
          </Field>
          {programId !== null && (
            <Field label="Workout" wide>
              <select
                value={workoutId === undefined ? '' : String(workoutId)}
                onChange={(e) => setChosenWorkout(Number(e.target.value))}
              >
                {workouts.length === 0 && <option value="">No workouts in this program</option>}
                {workouts.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name} ({counted(w.prescriptions.length, 'exercise')})
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
        {props.mode === 'paper' && sorted.length === 0 && programs.data && (
          <p className="muted">Paper entry follows a program’s log sheet. Build a program first.</p>
        )}
        <div className="form-actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!canStart} ref={startRef}>
            {props.mode === 'session' ? 'Start logging' : 'Open the sheet'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

function SessionsCard(props: {
  clientName: string
  sessions: readonly SessionSummary[] | undefined
  /** Sessions that set a personal record that still stands. */
  recordSessionIds: ReadonlySet<number>
  isLoading: boolean
  error: Error | null
  onStart: (mode: 'session' | 'paper') => void
  onImport: () => void
  onOpen: (id: number) => void
}): ReactNode {
  const [deleting, setDeleting] = useState<SessionSummary>()
  return (
    <RecordCard
      name="sessions"
      title="Sessions"
      actions={
        <>
          <button type="button" onClick={props.onImport}>
            Import from Strong or Hevy…
          </button>
          <button type="button" onClick={() => props.onStart('paper')}>
            Enter from paper
          </button>
          <button type="button" className="primary" onClick={() => props.onStart('session')}>
            + Log session
          </button>
        </>
      }
      records={props.sessions}
      isLoading={props.isLoading}
      error={props.error}
      empty={
        <>
          No sessions logged yet. Log what {props.clientName} did from one of their program’s workouts, or
          type back a filled-in log sheet with “Enter from paper”.
        </>
      }
      columns={[
        {
          header: 'Date',
          width: 190,
          cell: (s) => (
            <>
              <button
                type="button"
                className="link row-open"
                aria-label={`Open the session of ${formatDate(s.date)}`}
                onClick={() => props.onOpen(s.id)}
              >
                {formatDate(s.date)}
              </button>
              {props.recordSessionIds.has(s.id) && (
                <span className="badge ok record-mark" title="Set a personal record">
                  PR
                </span>
              )}
            </>
          )
        },
        { header: 'Workout', cell: (s) => s.workoutName ?? <span className="muted">Blank session</span> },
        {
          header: 'Sets',
          width: 150,
          cell: (s) => (
            <>
              {s.setCount} {s.setCount === 1 ? 'set' : 'sets'}
              <span className="muted"> · {s.exerciseCount} ex.</span>
            </>
          )
        },
        { header: 'Effort', width: 80, cell: (s) => (s.effort === null ? '—' : `${s.effort}/10`) },
        { header: 'Time', width: 80, cell: (s) => (s.durationS === null ? '—' : formatDuration(s.durationS)) }
      ]}
      rowName={(s) => `session of ${formatDate(s.date)}`}
      onEdit={(s) => props.onOpen(s.id)}
      onDelete={setDeleting}
    >
      {deleting && (
        <DeleteDialog
          operation="sessions.delete"
          id={deleting.id}
          title="Delete this session?"
          confirmLabel="Delete session"
          message={
            <>
              The session of {formatDate(deleting.date)}, with its {deleting.setCount}{' '}
              {deleting.setCount === 1 ? 'set' : 'sets'}, is removed for good.
            </>
          }
          done="Deleted the session."
          onClose={() => setDeleting(undefined)}
        />
      )}
    </RecordCard>
  )
}

/** A full-width view inside the Log tab (the session grid, the paper sheet) with its way back. */
function LogSubpage(props: { onBack: () => void; children: ReactNode }): ReactNode {
  return (
    <div className="log-page">
      <p style={{ margin: 0 }}>
        <button type="button" className="link" onClick={props.onBack}>
          ← Back to the log
        </button>
      </p>
      {props.children}
    </div>
  )
}

/**
 * The Log tab: what a client did. Sessions (logged from a workout, blank, or typed back from a
 * paper sheet), runs and body measurements. Logging a session takes the tab over so the grid
 * has room; saving or cancelling comes back to the lists.
 */
export function ClientLog(props: {
  clientId: number
  clientName: string
  openSessionId?: number
}): ReactNode {
  const sessions = useOperation('sessions.list', { clientId: props.clientId })
  const records = useOperation('progress.records', { clientId: props.clientId })
  const [view, setView] = useState<View>(() =>
    props.openSessionId
      ? { kind: 'session', sessionId: props.openSessionId, programId: null, workoutId: null }
      : { kind: 'list' }
  )
  const [starting, setStarting] = useState<'session' | 'paper'>()
  const [justSaved, setJustSaved] = useState<{ date: string; prescriptionIds: number[] }>()
  const [importing, setImporting] = useState(false)
  const back = (): void => setView({ kind: 'list' })
  const saved = (session: Session): void => {
    const ids = [
      ...new Set(session.sets.flatMap((set) => (set.prescriptionId === null ? [] : [set.prescriptionId])))
    ]
    setJustSaved(ids.length > 0 ? { date: session.date, prescriptionIds: ids } : undefined)
    back()
  }

  if (view.kind === 'session') {
    return (
      <LogSubpage onBack={back}>
        <SessionEditor
          clientId={props.clientId}
          clientName={props.clientName}
          sessionId={view.sessionId}
          programId={view.programId}
          workoutId={view.workoutId}
          onSaved={saved}
          onClose={back}
        />
      </LogSubpage>
    )
  }
  if (view.kind === 'paper') {
    return (
      <LogSubpage onBack={back}>
        <PaperEntry
          clientId={props.clientId}
          programId={view.programId}
          workoutId={view.workoutId}
          onSaved={back}
          onClose={back}
        />
      </LogSubpage>
    )
  }

  return (
    <div className="log-page">
      {justSaved && (
        <section className="card log-card" aria-labelledby="after-session-title">
          <div className="card-header">
            <h2 id="after-session-title">
              Suggested next steps after the session of {formatDate(justSaved.date)}
            </h2>
            <div className="spacer" />
            <button type="button" className="link" onClick={() => setJustSaved(undefined)}>
              Hide
            </button>
          </div>
          <Suggestions clientId={props.clientId} prescriptionIds={justSaved.prescriptionIds} showEmpty />
        </section>
      )}
      <SessionsCard
        clientName={props.clientName}
        sessions={sessions.data}
        recordSessionIds={new Set(records.data?.recordSessionIds ?? [])}
        isLoading={sessions.isLoading}
        error={sessions.error}
        onStart={setStarting}
        onImport={() => setImporting(true)}
        onOpen={(id) => setView({ kind: 'session', sessionId: id, programId: null, workoutId: null })}
      />
      <div className="log-columns">
        <RunsCard clientId={props.clientId} clientName={props.clientName} />
        <MeasurementsCard clientId={props.clientId} clientName={props.clientName} />
      </div>
      {importing && (
        <WorkoutImportDialog
          clientId={props.clientId}
          clientName={props.clientName}
          onClose={() => setImporting(false)}
        />
      )}
      {starting && (
        <StartDialog
          clientId={props.clientId}
          mode={starting}
          sessions={sessions.data ?? EMPTY}
          onClose={() => setStarting(undefined)}
          onStart={(programId, workoutId) => {
            setStarting(undefined)
            if (starting === 'paper' && programId !== null && workoutId !== null) {
              setView({ kind: 'paper', programId, workoutId })
            } else setView({ kind: 'session', sessionId: null, programId, workoutId })
          }}
        />
      )}
    </div>
  )
}

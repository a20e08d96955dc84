import { useState, type ReactNode } from 'react'
import { useOperation } from '../../api/hooks'
import { hrefFor, navigate } from '../../app/router'
import { QueryState } from '../../components/QueryState'
import { formatDate } from '@shared/dates'
import { counted } from '../../format'
import { NewProgramDialog } from './NewProgramDialog'
import { ProgramBuilder } from './ProgramBuilder'

const statusBadge = { active: 'ok', draft: '', completed: '' } as const

/** A client's programs: the list, and the builder for the one that is open. */
export function ClientPrograms(props: {
  clientId: number
  clientName: string
  programId?: number
}): ReactNode {
  const programs = useOperation('programs.listForClient', { clientId: props.clientId })
  const [creating, setCreating] = useState(false)

  if (props.programId) {
    return (
      <>
        <p style={{ margin: 0 }}>
          <a href={hrefFor({ page: 'client', id: props.clientId, tab: 'programs' })}>
            ← All programs of {props.clientName}
          </a>
        </p>
        <ProgramBuilder
          key={props.programId}
          programId={props.programId}
          clientId={props.clientId}
          clientName={props.clientName}
          onDeleted={() => navigate({ page: 'client', id: props.clientId, tab: 'programs' })}
        />
      </>
    )
  }

  return (
    <section aria-labelledby="programs-title" className="program-list">
      <div className="card-header">
        <h2 id="programs-title">Programs</h2>
        <div className="spacer" />
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          + New program
        </button>
      </div>
      <QueryState isLoading={programs.isLoading} error={programs.error} />
      {programs.data?.length === 0 && (
        <div className="card empty">
          <h2>No program yet</h2>
          <p>
            Start one from a runner template and adjust it to {props.clientName}, or build it from scratch.
          </p>
        </div>
      )}
      {programs.data?.map((program) => (
        <div key={program.id} className="card program-item">
          <a href={hrefFor({ page: 'client', id: props.clientId, tab: 'programs', programId: program.id })}>
            {program.name}
          </a>
          <span className={`badge ${statusBadge[program.status]}`}>{program.status}</span>
          <span className="muted">
            {counted(program.workoutCount, 'workout')} · {counted(program.exerciseCount, 'exercise')} ·{' '}
            {counted(program.weeks, 'week')}
            {program.startDate ? ` · from ${formatDate(program.startDate)}` : ''}
          </span>
        </div>
      ))}
      {creating && (
        <NewProgramDialog
          clientId={props.clientId}
          onClose={() => setCreating(false)}
          onCreated={(program) => {
            setCreating(false)
            navigate({ page: 'client', id: props.clientId, tab: 'programs', programId: program.id })
          }}
        />
      )}
    </section>
  )
}

import { useState, type ReactNode } from 'react'
import { alternativeKinds, categoryLabels, type Exercise } from '@shared/schemas/exercise'
import { useOperation, useWrite } from '../../api/hooks'
import { hrefFor, navigate } from '../../app/router'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { ExerciseForm } from './ExerciseForm'
import { capitalize } from './exercise-filter'
import '../../styles/library.css'

const kindLabels = { easier: 'Easier', harder: 'Harder', substitute: 'Substitute' } as const

function Section(props: { title: string; children: ReactNode }): ReactNode {
  const id = `exercise-${props.title.toLowerCase().replace(/\W+/g, '-')}`
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>{props.title}</h2>
      </div>
      {props.children}
    </section>
  )
}

function Alternatives(props: { exercise: Exercise }): ReactNode {
  const { alternatives, builtinKey } = props.exercise
  if (alternatives.length === 0) {
    return (
      <p className="muted section-text">
        None listed yet.
        {builtinKey === null && ' Edit the exercise to add easier, harder or substitute options.'}
      </p>
    )
  }
  return (
    <div className="alt-groups">
      {alternativeKinds.map((kind) => {
        const group = alternatives.filter((a) => a.kind === kind)
        if (group.length === 0) return null
        return (
          <div key={kind} className="alt-group">
            <h3 id={`alternatives-${kind}`}>{kindLabels[kind]}</h3>
            <ul aria-labelledby={`alternatives-${kind}`}>
              {group.map((a) => (
                <li key={a.exerciseId}>
                  <a href={hrefFor({ page: 'exercise', id: a.exerciseId })}>{a.name}</a>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </div>
  )
}

function Details(props: { exercise: Exercise }): ReactNode {
  const e = props.exercise
  const words = (values: readonly string[]): string => capitalize(values.join(', ')) || '—'
  return (
    <dl className="facts">
      <dt>Category</dt>
      <dd>{categoryLabels[e.category]}</dd>
      <dt>Movement pattern</dt>
      <dd>{capitalize(e.pattern)}</dd>
      <dt>Primary muscles</dt>
      <dd>{words(e.primaryMuscles)}</dd>
      <dt>Secondary muscles</dt>
      <dd>{words(e.secondaryMuscles)}</dd>
      <dt>Equipment</dt>
      <dd>{words(e.equipment)}</dd>
      <dt>Sides</dt>
      <dd>{e.unilateral ? 'One side at a time' : 'Both sides together'}</dd>
    </dl>
  )
}

/** One exercise as a trainer reads it before prescribing it, with the actions on it. */
export function ExercisePage(props: { id: number }): ReactNode {
  const query = useOperation('exercises.get', { id: props.id })
  const duplicate = useWrite('exercises.duplicate')
  const setArchived = useWrite('exercises.setArchived')
  const notify = useNotify()
  const [editing, setEditing] = useState(false)
  const e = query.data
  const back = (
    <p style={{ margin: 0 }}>
      <a href={hrefFor({ page: 'library' })}>← Exercise library</a>
    </p>
  )

  if (!e) {
    return (
      <div className="page">
        {back}
        <QueryState isLoading={query.isLoading} error={query.error} />
      </div>
    )
  }

  const builtin = e.builtinKey !== null
  const makeCopy = (): void =>
    duplicate.mutate(
      { id: e.id },
      {
        onSuccess: (copy) => {
          notify(`Made “${copy.name}”: your own copy to edit.`)
          navigate({ page: 'exercise', id: copy.id })
        },
        onError: (error) => notify(error.message, { kind: 'error' })
      }
    )
  const toggleArchived = (): void =>
    setArchived.mutate(
      { id: e.id, archived: !e.archived },
      {
        onSuccess: (saved) =>
          notify(
            saved.archived
              ? `Archived ${saved.name}: hidden from the library and the exercise picker.`
              : `${saved.name} is back in the library.`
          ),
        onError: (error) => notify(error.message, { kind: 'error' })
      }
    )

  return (
    <div className="page">
      {back}
      <header className="page-header">
        <div className="exercise-title">
          <h1>{e.name}</h1>
          <div className="badges">
            <span className="badge accent">{categoryLabels[e.category]}</span>
            <span className="badge">{capitalize(e.pattern)}</span>
            {e.unilateral && <span className="badge">Unilateral</span>}
            <span className="badge">{builtin ? 'Built-in' : 'Custom'}</span>
            {e.archived && <span className="badge warn">Archived</span>}
          </div>
        </div>
        <div className="spacer" />
        {builtin ? (
          <button type="button" className="primary" onClick={makeCopy} disabled={duplicate.isPending}>
            Duplicate to edit
          </button>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" onClick={makeCopy} disabled={duplicate.isPending}>
              Duplicate
            </button>
          </>
        )}
        <button type="button" onClick={toggleArchived} disabled={setArchived.isPending}>
          {e.archived ? 'Unarchive' : 'Archive'}
        </button>
      </header>
      {builtin && (
        <p className="muted" style={{ margin: 0 }}>
          Built-in exercises are read-only so they stay a reliable reference. Duplicate this one to adapt it.
        </p>
      )}
      <div className="exercise-layout">
        <div className="exercise-column">
          <Section title="Instructions">
            {e.steps.length > 0 ? (
              <ol className="steps">
                {e.steps.map((step, index) => (
                  <li key={index}>{step}</li>
                ))}
              </ol>
            ) : (
              <p className="muted section-text">No steps written yet.</p>
            )}
          </Section>
          <Section title="Coaching cues">
            {e.cues.length > 0 ? (
              <ul className="cues">
                {e.cues.map((cue, index) => (
                  <li key={index}>{cue}</li>
                ))}
              </ul>
            ) : (
              <p className="muted section-text">No cues yet.</p>
            )}
          </Section>
          <Section title="Why it helps runners">
            <p className="section-text">
              {e.runnerBenefit || <span className="muted">Not described yet.</span>}
            </p>
          </Section>
        </div>
        <div className="exercise-column">
          <Section title="Details">
            <Details exercise={e} />
          </Section>
          <Section title="Cautions">
            {e.cautions.length > 0 ? (
              <>
                <p className="muted section-text">
                  Loads these areas: check it against a client’s injuries before prescribing.
                </p>
                <div className="badges">
                  {e.cautions.map((area) => (
                    <span key={area} className="badge warn">
                      {capitalize(area)}
                    </span>
                  ))}
                </div>
              </>
            ) : (
              <p className="muted section-text">No particular areas loaded.</p>
            )}
          </Section>
          <Section title="Alternatives">
            <Alternatives exercise={e} />
          </Section>
        </div>
      </div>
      {editing && (
        <ExerciseForm
          exercise={e}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false)
            notify(`Saved ${saved.name}.`)
          }}
        />
      )}
    </div>
  )
}

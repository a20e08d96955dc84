import type { ReactNode } from 'react'
import type { Output } from '@shared/contract'
import { formatMass, type MassUnit } from '@shared/units'
import { hrefFor } from '../../app/router'
import { formatDate } from '@shared/dates'

type Records = Output<'progress.records'>['records']

/**
 * The log entry of a session. The log tab ignores the part after "log" today; it names the
 * session so the log can open it.
 */
export function sessionHref(clientId: number, sessionId: number): string {
  return hrefFor({ page: 'client', id: clientId, tab: 'log', sessionId })
}

function Mark(props: {
  clientId: number
  text: string
  mark: { date: string; sessionId: number }
}): ReactNode {
  return (
    <>
      <span className="record-value">{props.text}</span>{' '}
      <a className="record-date" href={sessionHref(props.clientId, props.mark.sessionId)}>
        {formatDate(props.mark.date)}
      </a>
    </>
  )
}

/** Heaviest load, best estimated 1RM and most reps per exercise, each dated and linked to its session. */
export function RecordsList(props: { clientId: number; records: Records; unit: MassUnit }): ReactNode {
  const { clientId, unit } = props
  if (props.records.length === 0) return <p className="muted">No strength sets logged yet.</p>
  return (
    <div className="table-wrap">
      <table className="records" aria-label="Personal records">
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Heaviest load</th>
            <th scope="col">Best estimated 1RM</th>
            <th scope="col">Most reps</th>
          </tr>
        </thead>
        <tbody>
          {props.records.map((r) => (
            <tr key={r.exerciseId}>
              <th scope="row">{r.exerciseName}</th>
              <td>
                {r.heaviest ? (
                  <Mark clientId={clientId} text={formatMass(unit, r.heaviest.value)} mark={r.heaviest} />
                ) : (
                  '–'
                )}
              </td>
              <td>
                {r.bestE1rm ? (
                  <Mark clientId={clientId} text={formatMass(unit, r.bestE1rm.value)} mark={r.bestE1rm} />
                ) : (
                  '–'
                )}
              </td>
              <td>
                {r.mostReps ? (
                  <Mark
                    clientId={clientId}
                    text={`${r.mostReps.value.reps} reps${r.mostReps.value.kg ? ` at ${formatMass(unit, r.mostReps.value.kg)}` : ' (bodyweight)'}`}
                    mark={r.mostReps}
                  />
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

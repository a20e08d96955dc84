import type { ReactNode } from 'react'
import type { Program } from '@shared/contract'
import { localToday, printDate, shortDate } from '@shared/dates'
import { phaseLabels, phaseOn, programPhases, type Phase } from '@shared/training/phases'
import { useOperation } from '../../api/hooks'

const phaseHints: Record<Phase, string> = {
  base: 'Base: build the habit and the foundation.',
  build: 'Build: progress loads steadily.',
  peak: 'Peak: the heaviest, most specific weeks.',
  taper: 'Taper: the bottom of each set range, loads held, no heavy leg work in race week.'
}

/**
 * Each program week's race phase, from the client's next race: base, build, peak or taper, with
 * the taper's holds explained. Without a usable race date, one line says why there are none.
 */
export function ProgramPhases(props: { program: Program; clientId: number }): ReactNode {
  const client = useOperation('clients.get', { id: props.clientId })
  if (!client.data) return null
  const today = localToday()
  const plan = programPhases({
    startDate: props.program.startDate,
    weeks: props.program.weeks,
    raceDate: client.data.nextRaceDate,
    raceDistanceM: client.data.nextRaceDistanceM,
    today
  })
  if (!plan.ok) {
    return (
      <p className="muted phase-reason" role="note">
        Race phases: {plan.reason}
      </p>
    )
  }
  const current = phaseOn(plan, today)
  const shown = [...new Set(plan.weeks.map((w) => w.phase))]
  return (
    <section className="card phases" aria-labelledby="phases-title">
      <div className="card-header">
        <h2 id="phases-title">
          Race phases · {client.data.nextRaceName ?? 'next race'} on {printDate(plan.raceDate)}
        </h2>
      </div>
      <ol className="phase-weeks" aria-label="Program weeks and their phases">
        {plan.weeks.map((week) => (
          <li
            key={week.week}
            className={`phase-week ${week.phase}${week.afterRace ? ' after' : ''}`}
            aria-current={current?.week === week.week ? 'date' : undefined}
          >
            <span className="phase-week-number">Week {week.week}</span>
            <span className="phase-week-date">{shortDate(week.start, today)}</span>
            <span className="phase-week-name">{week.raceWeek ? 'Race week' : phaseLabels[week.phase]}</span>
          </li>
        ))}
      </ol>
      <p className="muted phase-legend">
        {shown.map((phase) => phaseHints[phase]).join(' ')}
        {plan.weeks.some((w) => w.afterRace) ? ' Weeks after the race go back to base.' : ''}
      </p>
    </section>
  )
}

import { useMemo, useState, type ReactNode } from 'react'
import type { Client } from '@shared/contract'
import { raceResultSchema, readResultTime, type RaceResult } from '@shared/schemas/race-result'
import {
  defaultRiegelExponent,
  predictionDistances,
  predictTime,
  requiredPace,
  riegelTime,
  trainingPaces,
  vdotCaution,
  vdotOf
} from '@shared/training/race-prediction'
import { formatDistance, formatDuration, metresTo, toMetres, type DistanceUnit } from '@shared/units'
import { useOperation } from '../../api/hooks'
import { useUnits } from '../../app/units'
import { formatDate } from '@shared/dates'
import './race.css'

const runKindWords = {
  easy: 'Easy run',
  quality: 'Quality',
  long: 'Long run',
  race: 'Race',
  cross: 'Cross'
} as const

/** Seconds per kilometre as "4:57 /km" or per mile in the trainer's unit. */
function pace(unit: DistanceUnit, secondsPerKm: number): string {
  const perUnit = unit === 'km' ? secondsPerKm : secondsPerKm * 1.609344
  return `${formatDuration(perUnit)} /${unit}`
}

interface Typed {
  distance: string
  other: string
  time: string
  exponent: string
}

/**
 * Reads the typed result; errors are keyed by field, each message naming it. An empty time is
 * only an error once the trainer has typed in the field and cleared it: before that the card says
 * what to enter. A result the schema refuses (a world-record pace, a walk, a sprint) gives no
 * result, so nothing is predicted from it.
 */
function readResult(
  typed: Typed,
  unit: DistanceUnit,
  timeEdited: boolean
): { result?: RaceResult; errors: Partial<Record<keyof Typed, string>> } {
  const errors: Partial<Record<keyof Typed, string>> = {}
  const otherValue = Number(typed.other.trim().replace(',', '.'))
  const distanceM =
    typed.distance === 'other'
      ? typed.other.trim() === '' || !Number.isFinite(otherValue)
        ? NaN
        : toMetres(unit, otherValue)
      : Number(typed.distance)
  const time = readResultTime(typed.time)
  const exponent = Number(typed.exponent.trim().replace(',', '.'))
  if (typed.distance === 'other' && Number.isNaN(distanceM))
    errors.other = `Distance: enter a number of ${unit}`
  const timeEmpty = typed.time.trim() === ''
  if ('error' in time && (!timeEmpty || timeEdited)) errors.time = time.error
  if (!('seconds' in time) || Object.keys(errors).length > 0) return { errors }
  const parsed = raceResultSchema.safeParse({ distanceM, timeS: time.seconds, exponent })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key =
        issue.path[0] === 'distanceM'
          ? typed.distance === 'other'
            ? 'other'
            : 'distance'
          : issue.path[0] === 'timeS'
            ? 'time'
            : 'exponent'
      errors[key] ??= issue.message
    }
    return { errors }
  }
  return { result: parsed.data, errors }
}

function FieldError(props: { id: string; message?: string }): ReactNode {
  return props.message ? (
    <small id={props.id} className="field-error" role="alert">
      {props.message}
    </small>
  ) : null
}

/**
 * The runner tools: race predictions from a recent result (Riegel and Daniels–Gilbert VDOT), the
 * training paces that VDOT gives, and the client's target race next to its prediction.
 */
export function RaceTools(props: { client: Client }): ReactNode {
  const { client } = props
  const units = useUnits()
  const runs = useOperation('runs.list', { clientId: client.id })
  const [typed, setTyped] = useState<Typed>({
    distance: '10000',
    other: '',
    time: '',
    exponent: String(defaultRiegelExponent)
  })
  const [fromLog, setFromLog] = useState('')
  const [timeEdited, setTimeEdited] = useState(false)
  const usable = useMemo(
    () => (runs.data ?? []).filter((r) => r.distanceM > 0 && r.durationS > 0).slice(0, 60),
    [runs.data]
  )
  const set = (key: keyof Typed) => (value: string) => {
    setTyped((current) => ({ ...current, [key]: value }))
    setFromLog('')
    if (key === 'time') setTimeEdited(true)
  }
  const pick = (id: string): void => {
    setFromLog(id)
    const run = usable.find((r) => String(r.id) === id)
    if (!run) return
    const standard = predictionDistances.find((d) => Math.abs(d.metres - run.distanceM) < 1)
    setTyped((current) => ({
      ...current,
      distance: standard ? String(standard.metres) : 'other',
      other: standard ? current.other : String(Number(metresTo(units.distance, run.distanceM).toFixed(2))),
      time: formatDuration(run.durationS)
    }))
  }

  const { result, errors } = readResult(typed, units.distance, timeEdited)
  const refused = Object.keys(errors).length > 0
  const vdot = result ? vdotOf(result.distanceM, result.timeS) : undefined
  const caution = result ? vdotCaution(result.distanceM, result.timeS) : null
  const paces = vdot !== undefined ? trainingPaces(vdot) : undefined
  const raceDistance = client.nextRaceDistanceM
  const rows: Array<{ label: string; metres: number }> = predictionDistances.map((d) => ({
    label: d.label,
    metres: d.metres
  }))
  if (raceDistance && !rows.some((r) => Math.abs(r.metres - raceDistance) < 1)) {
    rows.push({
      label: `${client.nextRaceName ?? 'Next race'} (${formatDistance(units.distance, raceDistance)})`,
      metres: raceDistance
    })
    rows.sort((a, b) => a.metres - b.metres)
  }
  const describeResult = result
    ? `${formatDistance(units.distance, result.distanceM)} in ${formatDuration(result.timeS)}`
    : ''

  return (
    <div className="race-tools">
      <section className="card" aria-labelledby="result-title">
        <div className="card-header">
          <h2 id="result-title">Recent result</h2>
        </div>
        <div className="result-grid">
          <label className="field wide">
            <span>From the run log</span>
            <select
              value={fromLog}
              onChange={(e) => pick(e.target.value)}
              aria-label="Result from the run log"
            >
              <option value="">
                {usable.length === 0 ? 'No runs logged: type a result' : 'Type a result, or pick a run…'}
              </option>
              {usable.map((run) => (
                <option key={run.id} value={run.id}>
                  {formatDate(run.date)} · {runKindWords[run.kind]} ·{' '}
                  {formatDistance(units.distance, run.distanceM)} in {formatDuration(run.durationS)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Distance</span>
            <select
              value={typed.distance}
              onChange={(e) => set('distance')(e.target.value)}
              aria-invalid={errors.distance ? true : undefined}
              aria-describedby="distance-error"
            >
              {predictionDistances.map((d) => (
                <option key={d.key} value={d.metres}>
                  {d.label}
                </option>
              ))}
              <option value="other">Other distance…</option>
            </select>
            <FieldError id="distance-error" message={errors.distance} />
          </label>
          {typed.distance === 'other' && (
            <label className="field">
              <span>Other distance ({units.distance})</span>
              <input
                inputMode="decimal"
                value={typed.other}
                onChange={(e) => set('other')(e.target.value)}
                aria-invalid={errors.other ? true : undefined}
                aria-describedby="other-error"
              />
              <FieldError id="other-error" message={errors.other} />
            </label>
          )}
          <label className="field">
            <span>Time</span>
            <input
              value={typed.time}
              placeholder="h:mm:ss"
              onChange={(e) => set('time')(e.target.value)}
              aria-invalid={errors.time ? true : undefined}
              aria-describedby="time-error"
            />
            <FieldError id="time-error" message={errors.time} />
          </label>
          <label className="field">
            <span>Riegel exponent (k)</span>
            <input
              inputMode="decimal"
              value={typed.exponent}
              onChange={(e) => setTyped((c) => ({ ...c, exponent: e.target.value }))}
              aria-invalid={errors.exponent ? true : undefined}
              aria-describedby="exponent-error exponent-hint"
            />
            <small id="exponent-hint" className="field-hint">
              1.06 suits most trained runners; higher for newer runners
            </small>
            <FieldError id="exponent-error" message={errors.exponent} />
          </label>
        </div>
        {caution && <p className="notice info">{caution}</p>}
      </section>

      <section className="card" aria-labelledby="predictions-title">
        <div className="card-header">
          <h2 id="predictions-title">Race predictions</h2>
          {vdot !== undefined && <span className="badge accent">VDOT {vdot.toFixed(1)}</span>}
        </div>
        {!result ? (
          <p className="muted">
            {refused
              ? 'No predictions until the result above is corrected.'
              : 'Enter a recent result, or pick one from the run log, to see what it predicts.'}
          </p>
        ) : (
          <table className="race-table" aria-label="Race predictions">
            <caption className="muted">
              From {describeResult}. Riegel with k = {result.exponent.toFixed(2)}.
            </caption>
            <thead>
              <tr>
                <th scope="col">Distance</th>
                <th scope="col">Riegel</th>
                <th scope="col">Daniels (VDOT)</th>
                <th scope="col">Pace (VDOT)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const daniels = predictTime(vdot as number, row.metres)
                const isRace = raceDistance !== null && Math.abs(row.metres - raceDistance) < 1
                return (
                  <tr key={row.label} className={isRace ? 'race-row' : undefined}>
                    <th scope="row">
                      {row.label}
                      {isRace && <span className="badge warn">Next race</span>}
                    </th>
                    <td>
                      {formatDuration(
                        riegelTime(result.timeS, result.distanceM, row.metres, result.exponent)
                      )}
                    </td>
                    <td>{formatDuration(daniels)}</td>
                    <td className="muted">{pace(units.distance, requiredPace(row.metres, daniels))}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </section>

      <TargetCard client={client} result={result} vdot={vdot} unit={units.distance} />

      <section className="card" aria-labelledby="paces-title">
        <div className="card-header">
          <h2 id="paces-title">Training paces</h2>
        </div>
        {!paces ? (
          <p className="muted">The paces follow from the result’s VDOT.</p>
        ) : (
          <dl className="paces" aria-label="Training paces">
            <dt>Easy</dt>
            <dd>
              {pace(units.distance, paces.easy.fast)} – {pace(units.distance, paces.easy.slow)}
              <small>Most running: easy runs, the long run, warm-ups.</small>
            </dd>
            <dt>Marathon</dt>
            <dd>
              {pace(units.distance, paces.marathon)}
              <small>Steady runs and marathon-specific work.</small>
            </dd>
            <dt>Threshold</dt>
            <dd>
              {pace(units.distance, paces.threshold)}
              <small>Tempo runs and cruise intervals: comfortably hard.</small>
            </dd>
            <dt>Interval</dt>
            <dd>
              {pace(units.distance, paces.interval)} · {formatDuration(paces.interval * 0.4)} per 400 m
              <small>Repeats of 3–5 minutes with equal jog recovery.</small>
            </dd>
            <dt>Repetition</dt>
            <dd>
              {pace(units.distance, paces.repetition)} · {formatDuration(paces.repetition * 0.4)} per 400 m
              <small>Short fast repeats with full recovery, for speed and economy.</small>
            </dd>
          </dl>
        )}
      </section>
    </div>
  )
}

/** The client's target race beside its prediction: the pace the target needs and the gap to it. */
function TargetCard(props: {
  client: Client
  result?: RaceResult
  vdot?: number
  unit: DistanceUnit
}): ReactNode {
  const { client } = props
  const distance = client.nextRaceDistanceM
  const target = client.nextRaceTargetS
  return (
    <section className="card" aria-labelledby="target-title">
      <div className="card-header">
        <h2 id="target-title">Target race</h2>
      </div>
      {!distance || !target ? (
        <p className="muted">
          No target yet: set the next race’s distance and target time in the client’s running profile (Edit).
        </p>
      ) : (
        <dl className="facts target-facts">
          <dt>Race</dt>
          <dd>
            {client.nextRaceName ?? 'Next race'} · {formatDistance(props.unit, distance)}
            {client.nextRaceDate ? ` · ${formatDate(client.nextRaceDate)}` : ''}
          </dd>
          <dt>Target</dt>
          <dd>
            {formatDuration(target)}{' '}
            <span className="muted">needs {pace(props.unit, requiredPace(distance, target))}</span>
          </dd>
          {props.result && props.vdot !== undefined && (
            <>
              <dt>Prediction</dt>
              <dd>
                {formatDuration(predictTime(props.vdot, distance))} (Daniels),{' '}
                {formatDuration(
                  riegelTime(props.result.timeS, props.result.distanceM, distance, props.result.exponent)
                )}{' '}
                (Riegel)
              </dd>
              <dt>Gap</dt>
              <dd>
                <Gap predicted={predictTime(props.vdot, distance)} target={target} />
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  )
}

function Gap(props: { predicted: number; target: number }): ReactNode {
  const gap = Math.round(props.predicted - props.target)
  if (Math.abs(gap) < 5) return <span className="badge ok">On target</span>
  return gap < 0 ? (
    <span className="badge ok">{formatDuration(-gap)} faster than the target</span>
  ) : (
    <span className="badge warn">{formatDuration(gap)} slower than the target</span>
  )
}

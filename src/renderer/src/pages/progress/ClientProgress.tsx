import { useMemo, useState, type ReactNode } from 'react'
import { adherenceRate } from '@shared/training/adherence'
import type { ProgressCharts } from '@shared/operations/progress'
import { formatDistance, formatMass, type DistanceUnit, type MassUnit } from '@shared/units'
import { useOperation } from '../../api/hooks'
import { useUnits } from '../../app/units'
import { QueryState } from '../../components/QueryState'
import { Suggestions } from '../../components/Suggestions'
import { formatDate, localToday } from '@shared/dates'
import { WhenVisible } from '../../components/WhenVisible'
import {
  AdherenceChart,
  BodyWeightChart,
  ChartFigure,
  E1rmChart,
  RunningCharts,
  VolumeChart,
  chartHeight,
  e1rmCaption
} from './charts'
import { RecordsList } from './RecordsList'
import { rangeFor, rangePresets, type RangePreset } from './range'
import { counted } from '../../format'
import './progress.css'

/** The latest measurement in words, so the exact value is readable without hovering the chart. */
function bodyWeightCaption(points: ProgressCharts['bodyWeight'], unit: MassUnit): string {
  const latest = points[points.length - 1]
  if (!latest) return `Measurements in ${unit}.`
  return `Latest: ${formatMass(unit, latest.kg)} on ${formatDate(latest.date)}. Measurements in ${unit}.`
}

function runningCaption(weeks: ProgressCharts['running'], unit: DistanceUnit): string {
  const explained = `Distance of all runs per week, in ${unit}; pace of easy runs per ${unit} (lower is faster).`
  const latest = weeks[weeks.length - 1]
  if (!latest) return explained
  return `Latest week: ${formatDistance(unit, latest.distanceM)}. ${explained}`
}

/** The client's Progress tab: suggestions, strength, volume, adherence, body weight and running. */
export function ClientProgress(props: { clientId: number; clientName: string }): ReactNode {
  const units = useUnits()
  const [preset, setPreset] = useState<RangePreset>('6m')
  const [custom, setCustom] = useState({ from: '', to: '' })
  const [exerciseId, setExerciseId] = useState<number | null>(null)
  const [volumeBy, setVolumeBy] = useState<'category' | 'muscle'>('category')
  const today = localToday()
  const range = rangeFor(preset, today, custom)
  const charts = useOperation('progress.charts', { clientId: props.clientId, ...range })

  const data = charts.data
  const line = useMemo(
    () => data?.e1rm.find((l) => l.exerciseId === exerciseId) ?? data?.e1rm[0],
    [data, exerciseId]
  )
  const customInvalid = preset === 'custom' && custom.from && custom.to && custom.from > custom.to

  return (
    <div className="progress">
      <div className="progress-toolbar">
        <div className="segmented" role="group" aria-label="Date range">
          {rangePresets.map(([value, label]) => (
            <button
              key={value}
              type="button"
              className="button"
              aria-pressed={preset === value}
              onClick={() => setPreset(value)}
            >
              {label}
            </button>
          ))}
        </div>
        {preset === 'custom' && (
          <span className="custom-range">
            <label>
              From{' '}
              <input
                type="date"
                value={custom.from}
                max={custom.to || today}
                onChange={(e) => setCustom((c) => ({ ...c, from: e.target.value }))}
              />
            </label>
            <label>
              To{' '}
              <input
                type="date"
                value={custom.to}
                min={custom.from || undefined}
                onChange={(e) => setCustom((c) => ({ ...c, to: e.target.value }))}
                aria-invalid={customInvalid ? true : undefined}
              />
            </label>
          </span>
        )}
        {data && (
          <span className="muted range-shown">
            {formatDate(data.from)} – {formatDate(data.to)}
          </span>
        )}
      </div>

      <section className="card" aria-labelledby="suggestions-title">
        <div className="card-header">
          <h2 id="suggestions-title">Suggested next steps</h2>
        </div>
        <Suggestions clientId={props.clientId} showEmpty />
      </section>

      {customInvalid ? (
        <div className="notice error" role="alert">
          The start date must be on or before the end date.
        </div>
      ) : (
        <QueryState isLoading={charts.isLoading} error={charts.error} />
      )}

      {data && !customInvalid && (
        <div className="progress-grid">
          <ChartFigure
            title="Estimated 1RM"
            className="wide"
            caption={e1rmCaption}
            actions={
              data.e1rm.length > 0 && (
                <label className="inline-select">
                  Exercise{' '}
                  <select
                    value={line?.exerciseId ?? ''}
                    onChange={(e) => setExerciseId(Number(e.target.value))}
                  >
                    {data.e1rm.map((l) => (
                      <option key={l.exerciseId} value={l.exerciseId}>
                        {l.exerciseName}
                      </option>
                    ))}
                  </select>
                </label>
              )
            }
          >
            {line ? (
              <WhenVisible height={chartHeight.large} inputs={[line, units.mass]}>
                {() => <E1rmChart line={line} unit={units.mass} />}
              </WhenVisible>
            ) : (
              <p className="muted chart-empty">No loaded sets of 12 reps or fewer in this range.</p>
            )}
          </ChartFigure>

          <section className="card wide" aria-labelledby="records-title">
            <div className="card-header">
              <h2 id="records-title">Personal records</h2>
              <span className="spacer" />
              <span className="muted">All time; dates open the session</span>
            </div>
            <RecordsList clientId={props.clientId} records={data.records} unit={units.mass} />
          </section>

          <ChartFigure
            title="Weekly volume"
            caption={
              volumeBy === 'category'
                ? `Load × reps of work sets, in ${units.mass}, by exercise category.`
                : `Load × reps of work sets, in ${units.mass}; an exercise counts equally for each of its primary muscles.`
            }
            actions={
              <div className="segmented" role="group" aria-label="Group volume by">
                <button
                  type="button"
                  className="button"
                  aria-pressed={volumeBy === 'category'}
                  onClick={() => setVolumeBy('category')}
                >
                  Category
                </button>
                <button
                  type="button"
                  className="button"
                  aria-pressed={volumeBy === 'muscle'}
                  onClick={() => setVolumeBy('muscle')}
                >
                  Muscle group
                </button>
              </div>
            }
          >
            {data.volumeByCategory.keys.length > 0 ? (
              <WhenVisible
                height={chartHeight.large}
                inputs={[
                  data.volumeByCategory,
                  data.volumeByMuscle,
                  volumeBy,
                  units.mass,
                  data.weeksPerPoint
                ]}
              >
                {() => (
                  <VolumeChart
                    series={volumeBy === 'category' ? data.volumeByCategory : data.volumeByMuscle}
                    unit={units.mass}
                    weeksPerPoint={data.weeksPerPoint}
                  />
                )}
              </WhenVisible>
            ) : (
              <p className="muted chart-empty">No loaded work sets in this range.</p>
            )}
          </ChartFigure>

          <ChartFigure title="Strength sessions" caption={adherenceCaption(data.adherence)}>
            <WhenVisible height={chartHeight.small} inputs={[data.adherence.weeks, data.weeksPerPoint]}>
              {() => <AdherenceChart weeks={data.adherence.weeks} weeksPerPoint={data.weeksPerPoint} />}
            </WhenVisible>
          </ChartFigure>

          <ChartFigure title="Body weight" caption={bodyWeightCaption(data.bodyWeight, units.mass)}>
            {data.bodyWeight.length > 0 ? (
              <WhenVisible height={chartHeight.small} inputs={[data.bodyWeight, units.mass]}>
                {() => <BodyWeightChart points={data.bodyWeight} unit={units.mass} />}
              </WhenVisible>
            ) : (
              <p className="muted chart-empty">No body weight measured in this range.</p>
            )}
          </ChartFigure>

          <ChartFigure title="Weekly running" caption={runningCaption(data.running, units.distance)}>
            {data.running.some((w) => w.distanceM > 0) ? (
              <WhenVisible
                height={chartHeight.running}
                inputs={[data.running, units.distance, data.weeksPerPoint]}
              >
                {() => (
                  <RunningCharts
                    weeks={data.running}
                    unit={units.distance}
                    weeksPerPoint={data.weeksPerPoint}
                  />
                )}
              </WhenVisible>
            ) : (
              <p className="muted chart-empty">No runs logged in this range.</p>
            )}
          </ChartFigure>
        </div>
      )}
    </div>
  )
}

function adherenceCaption(adherence: {
  weeks: Array<{ planned: number; done: number }>
  plannedPerWeek: number
}): string {
  // Each week is compared with the plan it had then; today's plan may differ from the range's.
  const plannedInRange = adherence.weeks.some((w) => w.planned > 0)
  const now =
    adherence.plannedPerWeek === 0
      ? 'The week plan has no strength days now.'
      : `The week plan has ${counted(adherence.plannedPerWeek, 'strength day')} a week now.`
  if (!plannedInRange) return `Sessions done per week; nothing was planned in this range. ${now}`
  const rate = adherenceRate(adherence.weeks.map((w) => ({ week: '', ...w })))
  const share = rate === null ? '' : `${Math.round(rate * 100)} % of planned sessions done. `
  return `${share}Each week is measured against the plan it had then. ${now}`
}

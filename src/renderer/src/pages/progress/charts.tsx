import { useId, useMemo, useState, type ReactElement, type ReactNode } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps
} from 'recharts'
import type { ProgressCharts } from '@shared/operations/progress'
import { e1rmMethodCaption } from '@shared/training/e1rm'
import { formatDuration, kgTo, metresTo, type DistanceUnit, type MassUnit } from '@shared/units'
import { dayNumber, dayToIso, formatDate, formatDayMonth, formatMonthYear, monthStarts } from '@shared/dates'
import { useChartColors, type ChartColors } from './chart-theme'

/*
 * The Progress charts. Series arrive aggregated and downsampled from the store; here they are
 * only converted to the trainer's units (memoized, so recharts sees stable data). Animation is
 * off and lines have no dots: with years of points both cost more than they show.
 */

const margin = { top: 8, right: 16, bottom: 4, left: 4 }
/** Heights of the charts, for the space a chart keeps before it is drawn. */
export const chartHeight = { large: 260, small: 200, running: 2 * 200 + 33 } as const
const chartStyle = { width: '100%', height: chartHeight.large }
const smallChartStyle = { width: '100%', height: chartHeight.small }

/**
 * A bar as a plain SVG rectangle. Recharts' own bar shape measures its path for an animation
 * Spotter turns off, through five more components a bar: a five-year chart of a few hundred bars
 * then took one long task to draw.
 */
function plainBar(props: BarShapeProps): ReactElement {
  const { x, y, width, height, fill, fillOpacity } = props
  return (
    <rect
      x={x}
      // Recharts gives a bar below its base a negative height.
      y={height < 0 ? y + height : y}
      width={width}
      height={Math.abs(height)}
      fill={fill}
      fillOpacity={fillOpacity}
    />
  )
}

/** A chart card: the title and caption name the figure for screen readers (and tests). */
export function ChartFigure(props: {
  title: string
  caption?: ReactNode
  actions?: ReactNode
  className?: string
  children: ReactNode
}): ReactNode {
  const id = useId()
  return (
    <figure className={`card chart-card ${props.className ?? ''}`} aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`}>{props.title}</h2>
        <span className="spacer" />
        {props.actions}
      </div>
      {props.children}
      {props.caption && <figcaption className="muted chart-caption">{props.caption}</figcaption>}
    </figure>
  )
}

/** "Nov 2026" on time axes; the tooltip gives the full date. */
const monthTick = formatMonthYear

/**
 * Ticks on the first of a month, every 1, 3, 6 or 12 months so about eight fit: recharts' own
 * ticks on a time axis fall on arbitrary days and repeat a month's name.
 */
function monthTicks(firstDay: number, lastDay: number): number[] {
  const months = (lastDay - firstDay) / 30.4
  const every = [1, 2, 3, 6, 12, 24].find((n) => months / n <= 8) ?? 24
  return monthStarts(firstDay, lastDay, every)
}

/** Props for a time axis over days since 1970. */
function timeAxis(data: ReadonlyArray<{ t: number }>) {
  const first = data[0]?.t ?? 0
  const last = data[data.length - 1]?.t ?? first
  return {
    dataKey: 't',
    type: 'number' as const,
    domain: [first, last],
    ticks: monthTicks(first, last),
    tickFormatter: (day: number) => monthTick(dayToIso(day))
  }
}
const dayTick = formatDayMonth

/** The grid has no vertical lines, so it needs none of their positions (see themeProps). */
const noVerticalLines = (): number[] => []

/**
 * Axis, grid and tooltip props in the theme's colours. Two props spare recharts measuring tick
 * labels in the DOM on every draw, with nothing drawn differently: a value axis shows all its
 * ticks (`interval: 0`; about five, far apart on a chart this tall, so none is ever dropped), and
 * the grid, which draws only horizontal lines, is not asked where vertical ones would go (it
 * would lay out the time axis's labels again to find out).
 */
function themeProps(colors: ChartColors) {
  const tick = { fill: colors.muted, fontSize: 12 }
  const axis = { tick, stroke: colors.grid, tickLine: false }
  return {
    axis,
    valueAxis: { ...axis, interval: 0 as const },
    grid: {
      stroke: colors.grid,
      strokeDasharray: '3 3',
      vertical: false,
      verticalCoordinatesGenerator: noVerticalLines
    },
    tooltip: {
      separator: ': ',
      contentStyle: {
        background: colors.surface,
        border: `1px solid ${colors.grid}`,
        borderRadius: 6,
        color: colors.text
      },
      labelStyle: { color: colors.text, fontWeight: 600 },
      itemStyle: { color: colors.text },
      cursor: { stroke: colors.muted, fill: colors.grid, fillOpacity: 0.35 }
    },
    legend: { wrapperStyle: { color: colors.text, fontSize: 12 } }
  }
}

/** The same props object for the same colours, so recharts sees unchanged props between draws. */
const themedCache = new WeakMap<ChartColors, ReturnType<typeof themeProps>>()
function themed(colors: ChartColors): ReturnType<typeof themeProps> {
  let props = themedCache.get(colors)
  if (!props) {
    props = themeProps(colors)
    themedCache.set(colors, props)
  }
  return props
}

/**
 * Whether the pointer or keyboard focus has reached the chart. Tooltips are mounted only then:
 * each is a share of a chart's first draw, and it shows nothing until a trainer points at the chart.
 */
function useReached(): [boolean, { onPointerEnter: () => void; onFocus: () => void }] {
  const [reached, setReached] = useState(false)
  const reach = useMemo(() => {
    const on = (): void => setReached(true)
    return { onPointerEnter: on, onFocus: on }
  }, [])
  return [reached, reach]
}

const trim1 = (value: number): string => String(Number(value.toFixed(1)))
const compact = (value: number): string =>
  value >= 10_000
    ? `${Math.round(value / 1000)}k`
    : value >= 1000
      ? `${trim1(value / 1000)}k`
      : String(Math.round(value))

/**
 * Props for a weekly category axis: every week's date when there are few, else the first week of
 * every month (or of every few months), labelled by month, so no month is named twice.
 */
function weekAxis(data: ReadonlyArray<{ week: string }>) {
  if (data.length <= 10) return { dataKey: 'week', tickFormatter: dayTick, interval: 0 as const }
  const firsts = data.filter((row, i) => i === 0 || row.week.slice(0, 7) !== data[i - 1]?.week.slice(0, 7))
  const every = Math.max(1, Math.ceil(firsts.length / 8))
  return {
    dataKey: 'week',
    ticks: firsts.filter((_, i) => i % every === 0).map((row) => row.week),
    tickFormatter: monthTick,
    interval: 0 as const
  }
}

/** The tooltip's heading for a weekly point, saying how many weeks it covers when merged. */
function weekLabel(weeksPerPoint: number): (label: ReactNode) => string {
  return (label) =>
    weeksPerPoint > 1
      ? `${weeksPerPoint} weeks from ${formatDate(label as string)} (weekly average)`
      : `Week of ${formatDate(label as string)}`
}

// ---------------------------------------------------------------------------------------------

/** One exercise's estimated 1RM over time, with its record sessions marked. */
export function E1rmChart(props: { line: ProgressCharts['e1rm'][number]; unit: MassUnit }): ReactNode {
  const colors = useChartColors()
  const [reached, reach] = useReached()
  const t = themed(colors)
  const { line, unit } = props
  const data = useMemo(() => {
    const { days, kgs, records } = line.points
    return days.map((t, i) => ({ t, value: kgTo(unit, kgs[i] as number), record: records[i] as boolean }))
  }, [line, unit])
  const records = useMemo(() => data.filter((p) => p.record), [data])
  return (
    <div className="chart-frame" {...reach}>
      <LineChart
        responsive
        style={chartStyle}
        data={data}
        margin={margin}
        accessibilityLayer
        title={`Estimated 1RM of ${line.exerciseName}`}
      >
        <CartesianGrid {...t.grid} />
        <XAxis {...timeAxis(data)} minTickGap={24} {...t.axis} />
        <YAxis
          domain={['auto', 'auto']}
          width={64}
          allowDecimals={false}
          tickFormatter={(v: number) => `${Math.round(v)}`}
          unit={` ${unit}`}
          {...t.valueAxis}
        />
        {reached && (
          <Tooltip
            {...t.tooltip}
            labelFormatter={(label) => formatDate(dayToIso(Number(label)))}
            formatter={(value) => [`${trim1(Number(value))} ${unit}`, 'Estimated 1RM']}
          />
        )}
        <Line
          type="linear"
          dataKey="value"
          name="Estimated 1RM"
          stroke={colors.series[0]}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        {records.map((p) => (
          <ReferenceDot
            key={p.t}
            x={p.t}
            y={p.value}
            r={4}
            fill={colors.series[1]}
            stroke={colors.surface}
            strokeWidth={1.5}
          />
        ))}
      </LineChart>
    </div>
  )
}

export const e1rmCaption = `${e1rmMethodCaption}; best set per session. Dots mark sessions that set a current record.`

// ---------------------------------------------------------------------------------------------

/** Weekly volume (load × reps of work sets) stacked by category or muscle group. */
export function VolumeChart(props: {
  series: ProgressCharts['volumeByCategory']
  unit: MassUnit
  weeksPerPoint: number
}): ReactNode {
  const colors = useChartColors()
  const [reached, reach] = useReached()
  const t = themed(colors)
  const { series, unit } = props
  const data = useMemo(
    () =>
      series.rows.map((row) => {
        const out: { week: string; [key: string]: number | string } = { week: row.week }
        for (const key of series.keys) out[key] = Math.round(kgTo(unit, row.values[key] ?? 0))
        return out
      }),
    [series, unit]
  )
  return (
    <div className="chart-frame" {...reach}>
      <BarChart responsive style={chartStyle} data={data} margin={margin} accessibilityLayer>
        <CartesianGrid {...t.grid} />
        <XAxis {...weekAxis(data)} {...t.axis} />
        <YAxis width={48} tickFormatter={compact} {...t.valueAxis} />
        {reached && (
          <Tooltip
            {...t.tooltip}
            labelFormatter={weekLabel(props.weeksPerPoint)}
            formatter={(value, name) => [
              `${Number(value).toLocaleString()} ${unit}`,
              capitalise(String(name))
            ]}
          />
        )}
        <Legend {...t.legend} formatter={(value) => capitalise(String(value))} />
        {series.keys.map((key, i) => (
          <Bar
            key={key}
            dataKey={key}
            stackId="volume"
            fill={colors.series[i % colors.series.length]}
            shape={plainBar}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  )
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

// ---------------------------------------------------------------------------------------------

/** Body weight measurements over time. */
export function BodyWeightChart(props: { points: ProgressCharts['bodyWeight']; unit: MassUnit }): ReactNode {
  const colors = useChartColors()
  const [reached, reach] = useReached()
  const t = themed(colors)
  const { points, unit } = props
  const data = useMemo(
    () => points.map((p) => ({ t: dayNumber(p.date), value: kgTo(unit, p.kg) })),
    [points, unit]
  )
  return (
    <div className="chart-frame" {...reach}>
      <LineChart responsive style={smallChartStyle} data={data} margin={margin} accessibilityLayer>
        <CartesianGrid {...t.grid} />
        <XAxis {...timeAxis(data)} minTickGap={24} {...t.axis} />
        <YAxis
          domain={['auto', 'auto']}
          width={64}
          unit={` ${unit}`}
          tickFormatter={trim1}
          {...t.valueAxis}
        />
        {reached && (
          <Tooltip
            {...t.tooltip}
            labelFormatter={(label) => formatDate(dayToIso(Number(label)))}
            formatter={(value) => [`${trim1(Number(value))} ${unit}`, 'Body weight']}
          />
        )}
        <Line
          type="linear"
          dataKey="value"
          name="Body weight"
          stroke={colors.series[2]}
          strokeWidth={2}
          dot={points.length <= 40}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  )
}

// ---------------------------------------------------------------------------------------------

/** Weekly running distance (all runs) and the average pace of easy runs. */
export function RunningCharts(props: {
  weeks: ProgressCharts['running']
  unit: DistanceUnit
  weeksPerPoint: number
}): ReactNode {
  const colors = useChartColors()
  const [reached, reach] = useReached()
  const t = themed(colors)
  const { weeks, unit } = props
  const data = useMemo(
    () =>
      weeks.map((w) => ({
        week: w.week,
        distance: Number(metresTo(unit, w.distanceM).toFixed(1)),
        // Seconds per km or mile; null leaves a gap in weeks without easy runs.
        pace: w.easyDistanceM > 0 ? w.easyDurationS / metresTo(unit, w.easyDistanceM) : null
      })),
    [weeks, unit]
  )
  const xAxis = weekAxis(data)
  return (
    <div className="chart-frame" {...reach}>
      <BarChart responsive style={smallChartStyle} data={data} margin={margin} accessibilityLayer>
        <CartesianGrid {...t.grid} />
        <XAxis {...xAxis} {...t.axis} />
        <YAxis width={64} unit={` ${unit}`} {...t.valueAxis} />
        {reached && (
          <Tooltip
            {...t.tooltip}
            labelFormatter={weekLabel(props.weeksPerPoint)}
            formatter={(value) => [`${trim1(Number(value))} ${unit}`, 'Distance']}
          />
        )}
        <Bar
          dataKey="distance"
          name="Distance"
          fill={colors.series[0]}
          shape={plainBar}
          isAnimationActive={false}
        />
      </BarChart>
      <h3 className="chart-subtitle">Average easy pace</h3>
      <LineChart responsive style={smallChartStyle} data={data} margin={margin} accessibilityLayer>
        <CartesianGrid {...t.grid} />
        <XAxis {...xAxis} {...t.axis} />
        <YAxis
          domain={['auto', 'auto']}
          width={64}
          tickFormatter={(v: number) => formatDuration(v)}
          {...t.valueAxis}
        />
        {reached && (
          <Tooltip
            {...t.tooltip}
            labelFormatter={weekLabel(props.weeksPerPoint)}
            formatter={(value) => [`${formatDuration(Number(value))} /${unit}`, 'Easy pace']}
          />
        )}
        <Line
          type="linear"
          dataKey="pace"
          name="Easy pace"
          stroke={colors.series[3]}
          strokeWidth={2}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  )
}

// ---------------------------------------------------------------------------------------------

/** Planned strength sessions (from the week plan) against sessions done, per week. */
export function AdherenceChart(props: {
  weeks: ProgressCharts['adherence']['weeks']
  weeksPerPoint: number
}): ReactNode {
  const colors = useChartColors()
  const [reached, reach] = useReached()
  const t = themed(colors)
  const label =
    props.weeksPerPoint > 1
      ? (l: ReactNode) => `${props.weeksPerPoint} weeks from ${formatDate(l as string)}`
      : weekLabel(1)
  return (
    <div className="chart-frame" {...reach}>
      <BarChart responsive style={smallChartStyle} data={props.weeks} margin={margin} accessibilityLayer>
        <CartesianGrid {...t.grid} />
        <XAxis {...weekAxis(props.weeks)} {...t.axis} />
        <YAxis width={32} allowDecimals={false} {...t.valueAxis} />
        {reached && <Tooltip {...t.tooltip} labelFormatter={label} />}
        <Legend {...t.legend} />
        <Bar
          dataKey="planned"
          name="Planned"
          fill={colors.muted}
          fillOpacity={0.45}
          shape={plainBar}
          isAnimationActive={false}
        />
        <Bar dataKey="done" name="Done" fill={colors.series[4]} shape={plainBar} isAnimationActive={false} />
      </BarChart>
    </div>
  )
}

import type { ReactNode } from 'react'
import { Line, LineChart, XAxis, YAxis } from 'recharts'

/** The baseline of the progress-chart figure: recharts with its defaults, drawing the same points. */
export function BareChart(props: { points: ReadonlyArray<{ t: number; value: number }> }): ReactNode {
  return (
    <LineChart responsive style={{ width: '100%', height: 260 }} data={props.points}>
      <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} />
      <YAxis />
      <Line dataKey="value" dot={false} isAnimationActive={false} />
    </LineChart>
  )
}

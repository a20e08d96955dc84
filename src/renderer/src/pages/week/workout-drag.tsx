import type { ReactNode } from 'react'
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  rectIntersection,
  useDraggable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter
} from '@dnd-kit/core'
import { CSS as DndCSS } from '@dnd-kit/utilities'
import { dayName } from '@shared/training/week-rules'

/**
 * Placing strength workouts on days by drag and drop (dnd-kit): a workout of the program, or one
 * already on a day, dropped on another day. The keyboard sensor picks a workout up with Space,
 * moves it from day to day with the arrow keys (in the week's order), drops it with Space and
 * cancels with Escape; every step is said in Spotter's words.
 */

/** What a dragged workout carries: which workout, its name, and the day it leaves (null from the program). */
export interface WorkoutDrag {
  workoutId: number
  name: string
  from: number | null
}

/**
 * A draggable workout chip: `chip` goes on the moving element, `handle` on the button that picks
 * it up (by mouse, or by Space from the keyboard).
 */
export function useWorkoutDrag(id: string, drag: WorkoutDrag) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id,
    data: { drag },
    attributes: { roleDescription: 'draggable workout' }
  })
  return {
    chip: { ref: setNodeRef, style: { transform: DndCSS.Translate.toString(transform) } },
    dragging: isDragging,
    handle: { ref: setActivatorNodeRef, ...attributes, ...listeners }
  }
}

/** The droppable id of a day. */
export const dayDropId = (weekday: number): string => `day-${weekday}`
const weekdayOf = (id: string | number | undefined): number | undefined => {
  const match = /^day-(\d)$/.exec(String(id ?? ''))
  return match ? Number(match[1]) : undefined
}

/** Arrow keys jump from day to day in the order the week shows them, not pixel by pixel. */
function dayByDay(weekdays: readonly number[]): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const step = ['ArrowRight', 'ArrowDown'].includes(event.code)
      ? 1
      : ['ArrowLeft', 'ArrowUp'].includes(event.code)
        ? -1
        : 0
    const { collisionRect, droppableRects, over } = context
    if (step === 0 || !collisionRect) return undefined
    event.preventDefault()
    const current = weekdays.indexOf(weekdayOf(over?.id) ?? -1)
    const next = current === -1 ? (step > 0 ? 0 : weekdays.length - 1) : current + step
    const target = weekdays[Math.min(Math.max(next, 0), weekdays.length - 1)]
    const rect = target === undefined ? undefined : droppableRects.get(dayDropId(target))
    if (!rect) return undefined
    return {
      x: rect.left + rect.width / 2 - collisionRect.width / 2,
      y: rect.top + rect.height / 2 - collisionRect.height / 2
    }
  }
}

const dragOf = (data: unknown): WorkoutDrag | undefined => (data as { drag?: WorkoutDrag } | undefined)?.drag

const where = (from: number | null): string => (from === null ? 'the program' : dayName(from))

const announcements: Announcements = {
  onDragStart: ({ active }) => {
    const drag = dragOf(active.data.current)
    return drag && `Picked up ${drag.name} from ${where(drag.from)}.`
  },
  onDragOver: ({ active, over }) => {
    const drag = dragOf(active.data.current)
    const to = weekdayOf(over?.id)
    return (
      drag && (to === undefined ? `${drag.name} is over no day.` : `${drag.name} is over ${dayName(to)}.`)
    )
  },
  onDragEnd: ({ active, over }) => {
    const drag = dragOf(active.data.current)
    const to = weekdayOf(over?.id)
    if (!drag) return undefined
    if (to === undefined || to === drag.from) return `${drag.name} stays on ${where(drag.from)}.`
    return drag.from === null
      ? `Placed ${drag.name} on ${dayName(to)}.`
      : `Moved ${drag.name} to ${dayName(to)}.`
  },
  onDragCancel: ({ active }) => {
    const drag = dragOf(active.data.current)
    return drag && `Move cancelled. ${drag.name} stays on ${where(drag.from)}.`
  }
}

const instructions = {
  draggable:
    'To place this workout on a day, press Space to pick it up, the arrow keys to choose the day, Space to drop it and Escape to cancel.'
}

/** The drag-and-drop context of the week: `onDrop` receives the workout and the day it was dropped on. */
export function WeekDragContext(props: {
  weekdays: readonly number[]
  onDrop: (drag: WorkoutDrag, to: number) => void
  children: ReactNode
}): ReactNode {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: dayByDay(props.weekdays) })
  )
  const onDragEnd = ({ active, over }: DragEndEvent): void => {
    const drag = dragOf(active.data.current)
    const to = weekdayOf(over?.id)
    if (drag && to !== undefined && to !== drag.from) props.onDrop(drag, to)
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={rectIntersection}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: instructions }}
    >
      {props.children}
    </DndContext>
  )
}

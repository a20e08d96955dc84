import { useId, type ReactNode } from 'react'
import { LiveRegion, useAnnouncement } from '@dnd-kit/accessibility'
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier
} from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'

/**
 * A list reordered by drag and drop (dnd-kit), by its keyboard sensor (Space picks an item up,
 * ↑/↓ move it, Space drops it, Escape cancels) and by ↑/↓ straight on an item's handle. Every
 * move is announced to screen readers in Spotter's words: "Moved Goblet squat to position 2 of 5".
 */

/** "position 2 of 5", counted from one as a person counts. */
export function positionWords(index: number, count: number): string {
  return `position ${index + 1} of ${count}`
}

/** What is said after an item has moved. */
export function movedWords(name: string, index: number, count: number): string {
  return `Moved ${name} to ${positionWords(index, count)}.`
}

/** The words dnd-kit says through a drag, for a list of named items. */
function announcementsFor(
  ids: readonly UniqueIdentifier[],
  nameOf: (id: UniqueIdentifier) => string
): Announcements {
  const where = (id: UniqueIdentifier | undefined): string => positionWords(ids.indexOf(id ?? ''), ids.length)
  return {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, ${where(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} is over ${where(over.id)}.` : `${nameOf(active.id)} is outside the list.`,
    onDragEnd: ({ active, over }) =>
      over && over.id !== active.id
        ? movedWords(nameOf(active.id), ids.indexOf(over.id), ids.length)
        : `${nameOf(active.id)} stays at ${where(active.id)}.`,
    onDragCancel: ({ active }) => `Move cancelled. ${nameOf(active.id)} stays at ${where(active.id)}.`
  }
}

const instructions = {
  draggable:
    'To move it, press ↑ or ↓. Or press Space to pick it up, ↑ or ↓ to move it, Space to drop it and Escape to cancel.'
}

/** Sends a sentence to screen readers, for moves made without a drag (↑/↓ on a handle). */
export function useMoveAnnouncer(): { announce: (text: string) => void; region: ReactNode } {
  const { announce, announcement } = useAnnouncement()
  const id = useId()
  return {
    announce,
    region: <LiveRegion id={`moves-${id}`} announcement={announcement} ariaLiveType="polite" />
  }
}

/**
 * The drag-and-drop context of one vertical list. `onMove` receives the dragged item's id and the
 * index it was dropped at; the list's own order comes back from the caller.
 */
export function SortableList(props: {
  ids: readonly number[]
  nameOf: (id: number) => string
  onMove: (id: number, index: number) => void
  children: ReactNode
}): ReactNode {
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )
  const nameOf = (id: UniqueIdentifier): string => props.nameOf(Number(id))
  const onDragEnd = ({ active, over }: DragEndEvent): void => {
    if (!over || over.id === active.id) return
    props.onMove(Number(active.id), props.ids.indexOf(Number(over.id)))
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: announcementsFor(props.ids, nameOf),
        screenReaderInstructions: instructions
      }}
    >
      <SortableContext items={[...props.ids]} strategy={verticalListSortingStrategy}>
        {props.children}
      </SortableContext>
    </DndContext>
  )
}

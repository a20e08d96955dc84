import { useEffect, useRef, useState, type ReactNode } from 'react'

/*
 * Drawing many charts at once is one long task: the window cannot paint or answer a click until
 * the last one is done. A `WhenVisible` block draws its content only when it scrolls near the
 * screen, and blocks take turns, one per task, so the browser paints and handles input between
 * them. The same goes for redrawing: when a block's inputs change (another date range), it keeps
 * its drawing until its turn comes to draw the new one.
 */

const queue: Array<() => void> = []
/** Whether a block's turn is under way; the next starts when it has drawn. */
let busy = false

/** Gives the next waiting block its turn, in a task of its own. */
function drawNext(): void {
  const next = queue.shift()
  busy = next !== undefined
  if (next) setTimeout(next, 0)
}

/** The nearest ancestor that scrolls, so blocks just below the fold start before they show. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node)
    if (overflowY === 'auto' || overflowY === 'scroll') return node
  }
  return null
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]))

interface Drawing {
  element: ReactNode
  inputs: readonly unknown[]
}

/**
 * Keeps `height` pixels for its content until the block nears the screen, then renders it in its
 * turn. `inputs` are what the content is drawn from (compared by identity): when one changes,
 * the block redraws in its turn. Where IntersectionObserver is missing, it renders at once.
 */
export function WhenVisible(props: {
  height: number
  inputs: readonly unknown[]
  children: () => ReactNode
}): ReactNode {
  const ref = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined')
  const [drawing, setDrawing] = useState<Drawing | null>(null)
  // What a turn draws: the content as of when the turn comes, not when it was asked for.
  const latest = useRef(props)
  const waiting = useRef<(() => void) | null>(null)
  useEffect(() => {
    latest.current = props
  })

  // Watch for the block nearing the screen.
  useEffect(() => {
    const element = ref.current
    if (visible || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        setVisible(true)
      },
      { root: scrollParent(element), rootMargin: '200px 0px' }
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [visible])

  // Visible and not drawn from these inputs yet: wait for a turn.
  const stale = visible && (drawing === null || !sameInputs(drawing.inputs, props.inputs))
  useEffect(() => {
    if (!stale || waiting.current) return
    let mounted = true
    const turn = (): void => {
      waiting.current = null
      if (!mounted) return drawNext()
      const { children, inputs } = latest.current
      setDrawing({ element: children(), inputs })
    }
    waiting.current = turn
    queue.push(turn)
    if (!busy) drawNext()
    return () => {
      // Gone before its turn came (another tab): give the turn up.
      mounted = false
      const at = queue.indexOf(turn)
      if (at >= 0) {
        queue.splice(at, 1)
        waiting.current = null
      }
    }
  }, [stale, drawing])

  // Drawn and committed: the next block may start, in a later task.
  useEffect(() => {
    if (drawing) drawNext()
  }, [drawing])

  // The same element as last time makes React skip the content until the block's turn.
  return drawing ? (
    drawing.element
  ) : (
    <div ref={ref} className="chart-placeholder" style={{ height: props.height }} aria-hidden="true" />
  )
}

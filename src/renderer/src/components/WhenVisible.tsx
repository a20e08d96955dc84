import { useEffect, useRef, useState, type ReactNode } from 'react'

/*
 * Drawing many charts at once is one long task: the window cannot paint or answer a click until
 * the last one is done. A `WhenVisible` block draws its content only when it scrolls near the
 * screen, and blocks that become visible together take turns, one per task, so the browser paints
 * and handles input between them.
 */

const queue: Array<() => void> = []
let drawing = false

/** Gives the next waiting block its turn, in a task of its own. */
function drawNext(): void {
  const next = queue.shift()
  drawing = next !== undefined
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

/**
 * Keeps `height` pixels for its content and renders it once the block nears the screen; the
 * content stays once drawn. Where IntersectionObserver is missing, it simply renders.
 */
export function WhenVisible(props: { height: number; children: () => ReactNode }): ReactNode {
  const ref = useRef<HTMLDivElement>(null)
  const [drawn, setDrawn] = useState(() => typeof IntersectionObserver === 'undefined')
  const turn = useRef<(() => void) | null>(null)

  useEffect(() => {
    const element = ref.current
    if (drawn || !element) return
    let mounted = true
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting) || turn.current) return
        observer.disconnect()
        turn.current = () => {
          // Gone before its turn came (another tab, another range): pass the turn on.
          if (mounted) setDrawn(true)
          else drawNext()
        }
        queue.push(turn.current)
        if (!drawing) drawNext()
      },
      { root: scrollParent(element), rootMargin: '200px 0px' }
    )
    observer.observe(element)
    return () => {
      mounted = false
      observer.disconnect()
      const waiting = turn.current ? queue.indexOf(turn.current) : -1
      if (waiting >= 0) queue.splice(waiting, 1)
    }
  }, [drawn])

  // Drawn and committed: the next block may start, in a later task.
  useEffect(() => {
    if (drawn && turn.current) {
      turn.current = null
      drawNext()
    }
  }, [drawn])

  return drawn ? (
    props.children()
  ) : (
    <div ref={ref} className="chart-placeholder" style={{ height: props.height }} aria-hidden="true" />
  )
}

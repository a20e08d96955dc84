import { useMemo, useSyncExternalStore } from 'react'

/**
 * Chart colours come from the theme's CSS variables (app.css, progress.css), read when the theme
 * changes: SVG attributes set by recharts cannot follow `var(--…)` on their own everywhere
 * (tooltips, legends), so the computed values are passed in as props.
 */
export interface ChartColors {
  text: string
  muted: string
  grid: string
  surface: string
  accent: string
  series: string[]
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

const themeOf = (): string => document.documentElement.dataset.theme ?? ''

function readColors(): ChartColors {
  const style = getComputedStyle(document.documentElement)
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback
  return {
    text: read('--text', '#1c2430'),
    muted: read('--muted', '#5d6878'),
    grid: read('--border', '#dde1e7'),
    surface: read('--surface', '#ffffff'),
    accent: read('--accent', '#1f6feb'),
    series: [1, 2, 3, 4, 5, 6, 7].map((i) => read(`--chart-${i}`, '#1f6feb'))
  }
}

/**
 * Colours per theme, read once: reading computed styles makes the browser recalculate them, which
 * every chart drawn would otherwise pay again, though a theme's colours never change.
 */
const colorsByTheme = new Map<string, ChartColors>()

/** The current theme's chart colours; re-read whenever `html[data-theme]` changes. */
export function useChartColors(): ChartColors {
  const theme = useSyncExternalStore(subscribe, themeOf)
  return useMemo(() => {
    // Before the shell has applied a theme, the colours are read but not kept.
    if (theme === '') return readColors()
    let colors = colorsByTheme.get(theme)
    if (!colors) {
      colors = readColors()
      colorsByTheme.set(theme, colors)
    }
    return colors
  }, [theme])
}

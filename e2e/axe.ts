// axe-core scans for the e2e specs: serious and critical WCAG 2.1 A/AA violations, in both themes.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'

/** Violations found so far, one line each, so a whole walk reports them together. */
export type Found = string[]

// The WCAG 2.1 A and AA rules: what the scan is for, and about half the time of every rule.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * The rules whose verdict depends on colour. The dark theme changes nothing but colours (it is
 * `html[data-theme]` over CSS variables), so in dark only these can find anything new.
 */
const colourRules = ['color-contrast', 'link-in-text-block']

/** Notes each serious or critical violation of one scan, with where it was and its colours. */
function note(results: AxeResults, where: string, found: Found): void {
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue
    const targets = violation.nodes
      .slice(0, 6)
      .map((node) => {
        const data = node.any[0]?.data as {
          fgColor?: string
          bgColor?: string
          contrastRatio?: number
        } | null
        const colours = data?.fgColor ? ` [${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}]` : ''
        return node.target.join(' ') + colours
      })
      .join(' | ')
    found.push(`${where}: ${violation.id} (${violation.impact}) ${violation.help} → ${targets}`)
  }
}

/**
 * Scans what is on screen (or one part of it) in both themes: every WCAG A/AA rule in light,
 * then the colour rules in dark, and back to the theme it was in.
 */
export async function scan(page: Page, where: string, found: Found, within?: string): Promise<void> {
  // Legacy mode runs axe in the page itself; the default finishes every scan in a new blank page,
  // which doubled the time of the walk. Spotter has no cross-origin frames for it to miss.
  let light = new AxeBuilder({ page }).setLegacyMode().withTags(wcagTags)
  if (within) light = light.include(within)
  note(await light.analyze(), `light ${where}`, found)

  // The dark pass reuses the axe-core the light pass left in the page, flipping the theme the way
  // the app's setting does (the attribute its CSS and charts read) and waiting a frame for charts.
  const options: RunOptions = { runOnly: { type: 'rule', values: colourRules } }
  const dark = await page.evaluate(
    async ({ options, within }) => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe
      const root = document.documentElement
      const before = root.dataset.theme
      root.dataset.theme = 'dark'
      try {
        await new Promise((frame) => requestAnimationFrame(frame))
        return await axe.run(within ?? document, options)
      } finally {
        if (before === undefined) delete root.dataset.theme
        else root.dataset.theme = before
      }
    },
    { options, within }
  )
  note(dark, `dark ${where}`, found)
}

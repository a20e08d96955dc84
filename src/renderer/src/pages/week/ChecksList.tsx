import type { ReactNode } from 'react'
import type { WeekCheck } from '@shared/training/week-rules'
import { weekRules } from '@shared/training/week-rules'
import { counted } from '../../format'

const levelWords = { warning: 'Warning', note: 'Note', ok: 'Good' } as const
const levelIcons = { warning: '⚠', note: 'ℹ', ok: '✓' } as const

/**
 * The week's checks in plain words, warnings first, each linked to the rule in the help panel.
 * A live region: a trainer who moves a workout hears the warning appear or go.
 */
export function ChecksList(props: { checks: readonly WeekCheck[] }): ReactNode {
  const warnings = props.checks.filter((c) => c.level === 'warning').length
  return (
    <section className="card checks" aria-labelledby="checks-title">
      <div className="card-header">
        <h2 id="checks-title">Checks</h2>
        <span className={`badge ${warnings > 0 ? 'warn' : 'ok'}`}>
          {warnings === 0 ? 'No warnings' : counted(warnings, 'warning')}
        </span>
      </div>
      <ul className="check-list" aria-live="polite" aria-label="Week plan checks">
        {props.checks.map((check) => {
          const rule = weekRules.find((r) => r.id === check.rule)
          return (
            <li
              key={`${check.rule}-${check.days.join('-')}-${check.level}`}
              className={`check ${check.level}`}
            >
              <span className="check-icon" aria-hidden="true">
                {levelIcons[check.level]}
              </span>
              <span className="visually-hidden">{levelWords[check.level]}: </span>
              <span className="check-text">
                {check.message}{' '}
                {rule && (
                  <a href={`#rule-${rule.id}`} className="check-why" onClick={(e) => focusRule(e, rule.id)}>
                    Why?
                  </a>
                )}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** The hash routes the app, so "Why?" scrolls to and focuses the rule instead of navigating. */
function focusRule(event: React.MouseEvent, id: string): void {
  event.preventDefault()
  const target = document.getElementById(`rule-${id}`)
  target?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  target?.focus()
}

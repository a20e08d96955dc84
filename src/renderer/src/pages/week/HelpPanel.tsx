import type { ReactNode } from 'react'
import { guidanceTips } from '@shared/training/guidance-tips'
import { weekRules } from '@shared/training/week-rules'

/** Beside the plan: the rules Spotter checks the week against, and the tips to pass on. */
export function HelpPanel(): ReactNode {
  return (
    <aside className="card help-panel" aria-labelledby="help-title" tabIndex={0}>
      <h2 id="help-title">How Spotter reads a week</h2>
      <p className="muted help-intro">
        Each check below the plan comes from one of these rules. Warnings are worth changing; notes are worth
        knowing.
      </p>
      <ol className="rule-list">
        {weekRules.map((rule) => (
          <li key={rule.id} id={`rule-${rule.id}`} tabIndex={-1}>
            <h3>{rule.title}</h3>
            <p>{rule.explanation}</p>
          </li>
        ))}
      </ol>
      <h2 className="tips-title">Tips for the client</h2>
      <ul className="tip-list">
        {guidanceTips.map((tip) => (
          <li key={tip.title}>
            <h3>{tip.title}</h3>
            <p>{tip.text}</p>
          </li>
        ))}
      </ul>
      <p className="muted help-intro">The handout’s guidance page prints the same tips.</p>
    </aside>
  )
}

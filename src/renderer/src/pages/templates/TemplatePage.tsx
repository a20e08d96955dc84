import type { ReactNode } from 'react'
import { navigate } from '../../app/router'
import { ProgramBuilder } from '../programs/ProgramBuilder'

/** One template in the builder. */
export function TemplatePage(props: { id: number }): ReactNode {
  return (
    <div className="page">
      <p style={{ margin: 0 }}>
        <a href="#/templates">← Templates</a>
      </p>
      <ProgramBuilder
        key={props.id}
        programId={props.id}
        clientId={null}
        clientName={null}
        onDeleted={() => navigate({ page: 'templates' })}
      />
    </div>
  )
}

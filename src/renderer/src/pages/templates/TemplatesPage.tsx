import { useState, type ReactNode } from 'react'
import { useOperation } from '../../api/hooks'
import { hrefFor, navigate } from '../../app/router'
import { QueryState } from '../../components/QueryState'
import { NewProgramDialog } from '../programs/NewProgramDialog'
import '../programs/builder.css'
import { counted } from '../../format'

/** Every template: the built-in runner ones and the trainer's own. */
export function TemplatesPage(): ReactNode {
  const templates = useOperation('templates.list', {})
  const [creating, setCreating] = useState(false)
  return (
    <div className="page">
      <header className="page-header">
        <h1>Templates</h1>
        <div className="spacer" />
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          + New template
        </button>
      </header>
      <p className="muted" style={{ margin: 0 }}>
        Start a client’s program from a template; the program is a separate copy, so changes never flow back.
      </p>
      <QueryState isLoading={templates.isLoading} error={templates.error} />
      <div className="program-list" role="list" aria-label="Templates">
        {templates.data?.map((t) => (
          <div key={t.id} className="card program-item" role="listitem">
            <a href={hrefFor({ page: 'template', id: t.id })}>{t.name}</a>
            {t.builtinKey ? (
              <span className="badge accent">Built-in</span>
            ) : (
              <span className="badge">Yours</span>
            )}
            <span className="muted">
              {counted(t.workoutCount, 'workout')} · {counted(t.exerciseCount, 'exercise')} ·{' '}
              {counted(t.weeks, 'week')}
            </span>
            <span className="spacer" />
            <span className="muted">{t.goal}</span>
          </div>
        ))}
      </div>
      {creating && (
        <NewProgramDialog
          clientId={null}
          onClose={() => setCreating(false)}
          onCreated={(program) => {
            setCreating(false)
            navigate({ page: 'template', id: program.id })
          }}
        />
      )}
    </div>
  )
}

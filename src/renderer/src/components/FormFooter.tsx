import type { ReactNode } from 'react'

/** The end of every form: its form-wide error, Cancel, and the submit button that names the action. */
export function FormFooter(props: {
  error?: string
  submitLabel: ReactNode
  busy?: boolean
  onCancel: () => void
}): ReactNode {
  return (
    <>
      {props.error && (
        <div className="notice error" role="alert">
          {props.error}
        </div>
      )}
      <div className="form-actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={props.busy}>
          {props.submitLabel}
        </button>
      </div>
    </>
  )
}

import type { ReactNode } from 'react'

/**
 * The end of every form: its form-wide error, Cancel, and the button that names the action.
 * Forms submit through the browser's form submission; editors that are not a <form> (the
 * session grid, the paper sheet) pass `onSubmit`. `leading` sits at the far left, e.g. Delete.
 */
export function FormFooter(props: {
  error?: string
  submitLabel: ReactNode
  busy?: boolean
  /** Left out where there is nothing to cancel (a card on a page). */
  onCancel?: () => void
  onSubmit?: () => void
  leading?: ReactNode
  /** The action replaces or deletes what is there: the button says so in red. */
  destructive?: boolean
}): ReactNode {
  return (
    <>
      {props.error && (
        <div className="notice error" role="alert">
          {props.error}
        </div>
      )}
      <div className="form-actions">
        {props.leading}
        {props.leading && <span className="spacer" />}
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
        <button
          type={props.onSubmit ? 'button' : 'submit'}
          className={props.destructive ? 'danger solid' : 'primary'}
          disabled={props.busy}
          onClick={props.onSubmit}
        >
          {props.submitLabel}
        </button>
      </div>
    </>
  )
}

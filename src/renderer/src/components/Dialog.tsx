import { useEffect, useRef, type ReactNode } from 'react'

/** The first control a trainer types into: not a hidden input, nor one that is switched off. */
const firstFieldSelector = [
  'input:not([type="hidden"]):not(:disabled)',
  'select:not(:disabled)',
  'textarea:not(:disabled)'
].join(', ')

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape and returns focus
 * to what opened it, so every dialog in Spotter behaves the same from the keyboard.
 */
export function Dialog(props: {
  title: string
  onClose: () => void
  children: ReactNode
  size?: 'small' | 'normal'
}): ReactNode {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog || dialog.open) return
    dialog.showModal()
    // showModal focuses the dialog itself; the trainer expects to type into its first field
    // at once (or, in a question, to have the safe button under Enter).
    const first =
      dialog.querySelector<HTMLElement>(firstFieldSelector) ??
      dialog.querySelector<HTMLElement>('button:not(:disabled)')
    first?.focus()
  }, [])
  return (
    <dialog
      ref={ref}
      className={props.size === 'small' ? 'small' : undefined}
      aria-label={props.title}
      onCancel={(event) => {
        event.preventDefault()
        props.onClose()
      }}
    >
      <div className="dialog-body">
        <h2>{props.title}</h2>
        {props.children}
      </div>
    </dialog>
  )
}

/** Asks before something that cannot be undone; the confirm button names the action. */
export function ConfirmDialog(props: {
  title: string
  message: ReactNode
  confirmLabel: string
  danger?: boolean
  busy?: boolean
  onConfirm: () => void
  onClose: () => void
}): ReactNode {
  return (
    <Dialog title={props.title} onClose={props.onClose} size="small">
      <div>{props.message}</div>
      <div className="form-actions">
        <button type="button" onClick={props.onClose} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          className={props.danger ? 'danger solid' : 'primary'}
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}

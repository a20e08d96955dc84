import type { ReactNode } from 'react'
import { errorMessage } from '../api/errors'
import { useWrite } from '../api/hooks'
import { ConfirmDialog } from './Dialog'
import { useNotify } from './Toasts'

/** Records deleted for good by id, each after the trainer confirms. */
type DeleteOperation = 'runs.delete' | 'measurements.delete' | 'sessions.delete' | 'injuries.delete'

/**
 * Asks before deleting one record for good, deletes it, and says so; a failure is shown as a
 * notice and the dialog stays open.
 */
export function DeleteDialog(props: {
  operation: DeleteOperation
  id: number
  title: string
  confirmLabel: string
  message: ReactNode
  /** The notice after deleting, e.g. "Deleted the run." */
  done: string
  onClose: () => void
  onDeleted?: () => void
}): ReactNode {
  const remove = useWrite(props.operation)
  const notify = useNotify()
  return (
    <ConfirmDialog
      title={props.title}
      danger
      busy={remove.isPending}
      confirmLabel={props.confirmLabel}
      message={<p style={{ margin: 0 }}>{props.message}</p>}
      onClose={props.onClose}
      onConfirm={() =>
        remove.mutate(
          { id: props.id },
          {
            onSuccess: () => {
              props.onClose()
              notify(props.done)
              props.onDeleted?.()
            },
            onError: (error) => notify(errorMessage(error), { kind: 'error' })
          }
        )
      }
    />
  )
}

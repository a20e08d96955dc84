import { cloneElement, useId, type ReactElement, type ReactNode } from 'react'

/**
 * A labelled form control with its hint and its error. The label names only the control (its
 * hint and error are its description, tied with aria-describedby, and aria-invalid marks it),
 * so the field is found by its label alone, and the error is read out where the mistake is.
 */
export function Field(props: {
  label: string
  error?: string
  hint?: string
  wide?: boolean
  children: ReactElement<Record<string, unknown>>
}): ReactNode {
  const id = useId()
  const controlId = (props.children.props.id as string | undefined) ?? `${id}-control`
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`field${props.wide ? ' wide' : ''}`}>
      <label htmlFor={controlId}>{props.label}</label>
      {cloneElement(props.children, {
        id: controlId,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': describedBy || undefined
      })}
      {props.hint && (
        <small id={`${id}-hint`} className="field-hint">
          {props.hint}
        </small>
      )}
      {props.error && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </small>
      )}
    </div>
  )
}

import { cloneElement, useId, type ReactElement, type ReactNode } from 'react'

/**
 * A labelled form control with its hint and its error. The error is tied to the control with
 * aria-describedby and aria-invalid, so it is read out and styled where the mistake is.
 */
export function Field(props: {
  label: string
  error?: string
  hint?: string
  wide?: boolean
  children: ReactElement<Record<string, unknown>>
}): ReactNode {
  const id = useId()
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <label className={`field${props.wide ? ' wide' : ''}`}>
      <span>{props.label}</span>
      {cloneElement(props.children, {
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
    </label>
  )
}

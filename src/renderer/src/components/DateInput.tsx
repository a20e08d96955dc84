import type { ReactNode } from 'react'
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form'
import { unreadableDate } from '@shared/forms/typed-fields'

/**
 * A date field of a contract form. It is left to the browser once shown (never rewritten from
 * the form's value), so a date the trainer is still typing, or one that is not real, stays as
 * typed while its error shows; an unreadable one is reported as such, never as empty.
 */
export function DateInput<T extends FieldValues, R extends FieldValues>(props: {
  control: Control<T, unknown, R>
  name: Path<T>
  id?: string
  /** The earliest day the picker offers, e.g. an injury's start. */
  min?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}): ReactNode {
  const {
    field: { name, value, onChange, onBlur, ref }
  } = useController({ control: props.control, name: props.name })
  return (
    <input
      type="date"
      id={props.id}
      min={props.min}
      name={name}
      ref={ref}
      defaultValue={value === unreadableDate ? '' : value}
      onChange={(event) => onChange(event.target.validity.badInput ? unreadableDate : event.target.value)}
      onBlur={onBlur}
      aria-invalid={props['aria-invalid']}
      aria-describedby={props['aria-describedby']}
    />
  )
}

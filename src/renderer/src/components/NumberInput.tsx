import { useId, useState, type ReactNode } from 'react'
import { readField, typedNumber } from '@shared/forms/typed-fields'
import { z } from '@shared/zod'
import { errorMessage } from '../api/errors'

/** How an inline field's text becomes its value: the contract field's reading, or its message. */
type Reader<V> = (text: string) => { value: V } | { error: string }

/**
 * A field edited in place that saves when the trainer leaves it (or presses Enter), not on every
 * key. What was typed stays until it is saved: a value the contract refuses, here or on the
 * server, keeps its text with the message beside it until it is fixed (Escape goes back).
 */
function InlineInput<V>(props: {
  label: string
  shown: string
  read: Reader<V>
  same: (value: V) => boolean
  onCommit: (value: V) => unknown
  width?: number | string
  invalid?: boolean
  placeholder?: string
  numeric?: boolean
}): ReactNode {
  const [draft, setDraft] = useState<string>()
  const [error, setError] = useState<string>()
  const errorId = useId()
  const commit = async (): Promise<void> => {
    if (draft === undefined) return
    const read = props.read(draft)
    if ('error' in read) return setError(read.error)
    try {
      if (!props.same(read.value)) await props.onCommit(read.value)
      setDraft(undefined)
      setError(undefined)
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }
  return (
    <span className="inline-input">
      <input
        className={props.numeric ? 'num' : undefined}
        inputMode={props.numeric ? 'decimal' : undefined}
        aria-label={props.label}
        aria-invalid={error !== undefined || props.invalid || undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={props.placeholder}
        // Text longer than its field (a note) shows whole on hover.
        title={!props.numeric && props.shown ? props.shown : undefined}
        style={{ width: props.width ?? (props.numeric ? 52 : undefined) }}
        value={draft ?? props.shown}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit()
          if (event.key === 'Escape') {
            setDraft(undefined)
            setError(undefined)
          }
        }}
      />
      {error && (
        <small id={errorId} className="field-error inline-error" role="alert">
          {error}
        </small>
      )}
    </span>
  )
}

/** Any number or none, for a field whose rules are checked where it is saved. */
const anyNumber = z.number().nullable()

/** A contract field to check an inline value against, and the name its messages use. */
export interface InlineRule {
  key: string
  field: z.ZodType
}

/**
 * A number edited in place; empty means "not set" (null). With a `rule`, the contract field
 * checks it before it is saved; `toStored` converts the trainer's unit (lb) to the stored one.
 */
export function NumberInput(props: {
  label: string
  value: number | null
  onCommit: (value: number | null) => unknown
  rule?: InlineRule
  toStored?: (value: number) => number
  width?: number
  invalid?: boolean
  placeholder?: string
}): ReactNode {
  const shown = props.value === null ? '' : String(Number(props.value.toFixed(2)))
  const { rule, toStored } = props
  const read: Reader<number | null> = (text) => {
    // Read in the trainer's unit, then checked by the contract field in the stored one.
    const typed = typedNumber(rule?.field ?? anyNumber, { toStored })
    const result = readField(rule?.key ?? 'value', typed, text)
    return 'value' in result ? { value: result.value as number | null } : result
  }
  return (
    <InlineInput
      label={props.label}
      shown={shown}
      read={read}
      same={(value) =>
        value === props.value || (value !== null && toStored === undefined && String(value) === shown)
      }
      onCommit={props.onCommit}
      width={props.width}
      invalid={props.invalid}
      placeholder={props.placeholder}
      numeric
    />
  )
}

/** Text edited in place, the same way; with a `rule`, the contract field checks it before it is saved. */
export function TextInput(props: {
  label: string
  value: string
  onCommit: (value: string) => unknown
  rule?: InlineRule
  placeholder?: string
  width?: number | string
  invalid?: boolean
}): ReactNode {
  const { rule } = props
  const read: Reader<string> = (text) => {
    if (!rule) return { value: text }
    const result = readField(rule.key, rule.field, text)
    return 'value' in result ? { value: text } : result
  }
  return (
    <InlineInput
      label={props.label}
      shown={props.value}
      read={read}
      same={(value) => value === props.value}
      onCommit={props.onCommit}
      width={props.width}
      invalid={props.invalid}
      placeholder={props.placeholder}
    />
  )
}

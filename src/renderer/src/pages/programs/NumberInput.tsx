import { useState, type ReactNode } from 'react'

/**
 * A number field that saves when the trainer leaves it (or presses Enter), not on every key.
 * Empty means "not set" (null). The shown text follows the stored value when it changes.
 */
export function NumberInput(props: {
  label: string
  value: number | null
  onCommit: (value: number | null) => void
  step?: number
  width?: number
  invalid?: boolean
  placeholder?: string
}): ReactNode {
  const shown = props.value === null ? '' : String(Number(props.value.toFixed(2)))
  const [draft, setDraft] = useState<string>()
  const commit = (): void => {
    if (draft === undefined) return
    const text = draft.trim().replace(',', '.')
    setDraft(undefined)
    const value = text === '' ? null : Number(text)
    if (text !== '' && !Number.isFinite(value)) return
    if (value !== props.value) props.onCommit(value)
  }
  return (
    <input
      className="num"
      inputMode="decimal"
      aria-label={props.label}
      aria-invalid={props.invalid || undefined}
      placeholder={props.placeholder}
      style={{ width: props.width ?? 52 }}
      value={draft ?? shown}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit()
        if (event.key === 'Escape') setDraft(undefined)
      }}
    />
  )
}

/** A text field with the same save-on-leave behaviour. */
export function TextInput(props: {
  label: string
  value: string
  onCommit: (value: string) => void
  placeholder?: string
  width?: number | string
  invalid?: boolean
}): ReactNode {
  const [draft, setDraft] = useState<string>()
  const commit = (): void => {
    if (draft === undefined) return
    setDraft(undefined)
    if (draft !== props.value) props.onCommit(draft)
  }
  return (
    <input
      aria-label={props.label}
      aria-invalid={props.invalid || undefined}
      placeholder={props.placeholder}
      style={{ width: props.width }}
      value={draft ?? props.value}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit()
        if (event.key === 'Escape') setDraft(undefined)
      }}
    />
  )
}

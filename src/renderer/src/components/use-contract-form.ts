import { useState, type FormEvent } from 'react'
import { zodResolver } from '@hookform/resolvers/zod'
import {
  useForm,
  type DefaultValues,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Path,
  type Resolver
} from 'react-hook-form'
import { unreadableDate } from '@shared/forms/typed-fields'
import type { z } from '@shared/zod'
import { serverError } from './server-error'

/** The first message found in a field's errors: a list field ("tags") reports an item's as its own. */
function firstMessage(errors: unknown): string | undefined {
  if (!errors || typeof errors !== 'object') return undefined
  const message = (errors as Partial<FieldError>).message
  if (typeof message === 'string') return message
  for (const nested of Object.values(errors)) {
    const found = firstMessage(nested)
    if (found) return found
  }
  return undefined
}

/** The contract schema as a resolver whose errors sit on the form's top-level fields, one each. */
function topLevelResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S
): Resolver<z.input<S>, unknown, z.output<S>> {
  const resolve = zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>
  return async (values, context, options) => {
    const result = await resolve(values, context, options)
    const errors: Record<string, FieldError> = {}
    for (const [key, value] of Object.entries(result.errors)) {
      const message = firstMessage(value)
      if (message) errors[key] = { type: 'schema', message }
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors: errors as FieldErrors<z.input<S>> } : result
  }
}

/**
 * A form validated by a contract schema (or one derived from it, see @shared/forms): every
 * mistake shows at once beside its field and focus moves to the first one; a save the server
 * refuses puts its message on the field it names, or in the form's footer.
 */
export function useContractForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: z.input<S>,
  options: { aliases?: Readonly<Record<string, string>> } = {}
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: topLevelResolver(schema),
    defaultValues: defaultValues as DefaultValues<z.input<S>>,
    shouldFocusError: true
  })
  const [formError, setFormError] = useState<string>()

  /** The form's onSubmit: checks every field, then runs `save` with the contract's values. */
  const submit =
    (save: (values: z.output<S>) => Promise<unknown>) =>
    (event: FormEvent<HTMLFormElement>): void => {
      markUnreadableDates(event.currentTarget, (name) =>
        form.setValue(name as Path<z.input<S>>, unreadableDate as never)
      )
      setFormError(undefined)
      void form.handleSubmit(async (values) => {
        try {
          await save(values)
        } catch (error) {
          const failed = serverError(error, Object.keys(form.getValues()), options.aliases)
          if (failed.field)
            form.setError(
              failed.field as Path<z.input<S>>,
              { type: 'server', message: failed.message },
              { shouldFocus: true }
            )
          else setFormError(failed.message)
        }
      })(event)
    }

  /** The message beside `name`, if it has one. */
  const errorOf = (name: Path<z.input<S>>): string | undefined => firstMessage(form.formState.errors[name])

  return { ...form, submit, errorOf, formError, setFormError }
}

/**
 * A date input whose text the browser cannot read (02/31/2026) reports an empty value; such a
 * field gets a value the contract refuses as "Not a real date" instead of saving as empty.
 */
function markUnreadableDates(form: HTMLFormElement, mark: (name: string) => void): void {
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input[type="date"]'))) {
    if (input.validity.badInput && input.name) mark(input.name)
  }
}

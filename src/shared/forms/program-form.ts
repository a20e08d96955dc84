import { contract } from '../contract'
import type { programStatuses } from '../schemas/program'
import { onTheClock } from './clock-rules'
import { emptyAsNull, typedNumber } from './typed-fields'

const create = contract['programs.create'].input
const fields = create.shape

/**
 * The new-program dialog's schema: `programs.create`'s input without the client (added when
 * saving) and notes (written later in the builder); the template chosen, the start date and
 * the length are read from what the dialog holds. Given `today`, the start date is also checked
 * against it, as the service does.
 */
export function programFormSchema(today?: string) {
  return create.omit({ clientId: true, notes: true }).extend({
    fromProgramId: typedNumber(fields.fromProgramId),
    startDate: emptyAsNull(onTheClock(fields.startDate, 'program', today)),
    weeks: typedNumber(fields.weeks)
  })
}

/** The new-program dialog's first values: a client's program starts today and is active; a template is a draft with no date. */
export function programFormValues(forClient: boolean, today: string) {
  return {
    fromProgramId: '',
    name: '',
    goal: '',
    startDate: forClient ? today : '',
    weeks: '8',
    status: (forClient ? 'active' : 'draft') as (typeof programStatuses)[number]
  }
}

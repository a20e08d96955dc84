import type { ReactNode } from 'react'
import { addDays, localToday, weekdayOf } from '@shared/dates'
import { calendarFormSchema } from '@shared/forms/calendar-form'
import { maxCalendarWeeks } from '@shared/operations/week-plans'
import { useWrite } from '../../api/hooks'
import { DateInput } from '../../components/DateInput'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { useNotify } from '../../components/Toasts'
import { useContractForm } from '../../components/use-contract-form'

function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  URL.revokeObjectURL(url)
}

/** The first day of next week, as the trainer's week starts. */
function nextWeekStart(weekStart: 'monday' | 'sunday'): string {
  const today = localToday()
  const startDay = weekStart === 'monday' ? 0 : 6
  const ahead = (startDay - weekdayOf(today) + 7) % 7 || 7
  return addDays(today, ahead)
}

/** Exports the week plan as a calendar file for a number of weeks from a start date. */
export function CalendarDialog(props: {
  clientId: number
  clientName: string
  weekStart: 'monday' | 'sunday'
  onClose: () => void
}): ReactNode {
  const exportCalendar = useWrite('weekPlan.exportCalendar')
  const notify = useNotify()
  const form = useContractForm(calendarFormSchema, {
    startDate: nextWeekStart(props.weekStart),
    weeks: '4'
  })
  const { register, errorOf } = form

  const save = async (input: ReturnType<typeof calendarFormSchema.parse>): Promise<void> => {
    const result = await exportCalendar.mutateAsync({ clientId: props.clientId, ...input })
    if (result.kind === 'download') downloadText(result.fileName, result.text)
    if (result.kind === 'saved') notify(`Saved ${result.events} calendar events to ${result.path}.`)
    if (result.kind === 'download') notify(`Downloaded ${result.events} calendar events.`)
    if (result.kind !== 'cancelled') props.onClose()
  }

  return (
    <Dialog title="Export to calendar" onClose={props.onClose} size="small">
      <form onSubmit={form.submit(save)} noValidate>
        <p className="muted" style={{ marginTop: 0 }}>
          An .ics file for {props.clientName}’s calendar: one all-day event for each run and each strength
          session, repeating the week plan.
        </p>
        <div className="form-grid">
          <Field label="First day" error={errorOf('startDate')}>
            <DateInput control={form.control} name="startDate" />
          </Field>
          <Field label="Weeks" error={errorOf('weeks')} hint={`1 to ${maxCalendarWeeks}`}>
            <input inputMode="numeric" {...register('weeks')} />
          </Field>
        </div>
        {form.formError && (
          <p className="notice error" role="alert">
            {form.formError}
          </p>
        )}
        <div className="form-actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={exportCalendar.isPending}>
            Export calendar
          </button>
        </div>
      </form>
    </Dialog>
  )
}

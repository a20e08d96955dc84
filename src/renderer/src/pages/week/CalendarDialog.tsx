import { useState, type FormEvent, type ReactNode } from 'react'
import { addDays, localToday, weekdayOf } from '@shared/dates'
import { maxCalendarWeeks } from '@shared/operations/week-plans'
import { useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { serverError } from '../../components/server-error'
import { useNotify } from '../../components/Toasts'

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
  const [startDate, setStartDate] = useState(() => nextWeekStart(props.weekStart))
  const [weeks, setWeeks] = useState('4')
  const [errors, setErrors] = useState<{ startDate?: string; weeks?: string; form?: string }>({})

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    const count = Number(weeks)
    if (!Number.isInteger(count) || count < 1 || count > maxCalendarWeeks) {
      setErrors({ weeks: `Weeks: a whole number from 1 to ${maxCalendarWeeks}` })
      return
    }
    exportCalendar.mutate(
      { clientId: props.clientId, startDate, weeks: count },
      {
        onSuccess: (result) => {
          if (result.kind === 'download') downloadText(result.fileName, result.text)
          if (result.kind === 'saved') notify(`Saved ${result.events} calendar events to ${result.path}.`)
          if (result.kind === 'download') notify(`Downloaded ${result.events} calendar events.`)
          if (result.kind !== 'cancelled') props.onClose()
        },
        onError: (error) => {
          const failed = serverError(error, ['startDate', 'weeks'])
          setErrors({ [failed.field ?? 'form']: failed.message })
        }
      }
    )
  }

  return (
    <Dialog title="Export to calendar" onClose={props.onClose} size="small">
      <form onSubmit={submit} noValidate>
        <p className="muted" style={{ marginTop: 0 }}>
          An .ics file for {props.clientName}’s calendar: one all-day event for each run and each strength
          session, repeating the week plan.
        </p>
        <div className="form-grid">
          <Field label="First day" error={errors.startDate}>
            <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          </Field>
          <Field label="Weeks" error={errors.weeks} hint={`1 to ${maxCalendarWeeks}`}>
            <input inputMode="numeric" value={weeks} onChange={(e) => setWeeks(e.target.value)} />
          </Field>
        </div>
        {errors.form && (
          <p className="notice error" role="alert">
            {errors.form}
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

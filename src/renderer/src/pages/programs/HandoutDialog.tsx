import { lazy, Suspense, useRef, useState, type ReactNode } from 'react'
import type { Program } from '@shared/contract'
import { localToday } from '@shared/dates'
import { readHandoutForm, type LogSheetText } from '@shared/forms/handout-form'
import { describeLogSheetWeeks, describeToday, logSheetWeeksOf } from '@shared/handout/log-sheet-weeks'
import { currentProgramWeek } from '@shared/training/program-weeks'
import { handoutOptionsSchema, type HandoutOptions } from '@shared/handout/model'
import { useSettings, useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { useNotify } from '../../components/Toasts'

// The PDF viewer (pdf.js) is most of a megabyte and only this dialog shows it: it loads when the dialog opens.
const PdfPreview = lazy(() => import('./PdfPreview').then((m) => ({ default: m.PdfPreview })))

function download(fileName: string, base64: string): void {
  const link = document.createElement('a')
  link.href = `data:application/pdf;base64,${base64}`
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
}

/** Options, a preview of the pages, then save: the handout a client takes to the gym. */
export function HandoutDialog(props: { program: Program; onClose: () => void }): ReactNode {
  const settings = useSettings()
  // Workouts with exercises are printable; an empty one is left out and the dialog says so.
  const printable = props.program.workouts.filter((w) => w.prescriptions.length > 0)
  const empty = props.program.workouts.filter((w) => w.prescriptions.length === 0)
  const [options, setOptions] = useState<HandoutOptions>(() =>
    handoutOptionsSchema.parse({
      unit: settings.data?.massUnit ?? 'kg',
      workoutIds: printable.map((w) => w.id)
    })
  )
  // Log sheets are for the weeks coming up: they start at the week containing today.
  const [today] = useState(localToday)
  const [logSheets, setLogSheets] = useState<LogSheetText>(() => ({
    on: true,
    weeks: String(options.logSheetWeeks ?? 4),
    fromWeek: String(currentProgramWeek(props.program, today))
  }))
  const preview = useWrite('handouts.preview')
  const exportPdf = useWrite('handouts.export')
  const notify = useNotify()
  const set = <K extends keyof HandoutOptions>(key: K, value: HandoutOptions[K]): void => {
    setOptions((current) => ({ ...current, [key]: value }))
    preview.reset()
  }
  const setLogSheet = (change: Partial<LogSheetText>): void => {
    setLogSheets((current) => ({ ...current, ...change }))
    preview.reset()
  }
  // What the preview and the export send: the same options, checked here first so a mistake shows under its field.
  const form = readHandoutForm(options, logSheets, props.program.weeks)
  const errors = form.ok ? {} : form.errors
  const weeksInput = useRef<HTMLInputElement>(null)
  const fromWeekInput = useRef<HTMLInputElement>(null)
  const checked = (): HandoutOptions | undefined => {
    if (form.ok) return form.options
    const mistaken = errors.logSheetFromWeek ? fromWeekInput : weeksInput
    mistaken.current?.focus()
    return undefined
  }
  const covered = form.ok ? logSheetWeeksOf(props.program, form.options, today) : null
  // The chosen workouts are always sent by id: an empty list would mean "all" to the store.
  const included = (id: number): boolean => options.workoutIds.includes(id)
  const toggleWorkout = (id: number, on: boolean): void => {
    const next = on ? [...options.workoutIds, id] : options.workoutIds.filter((other) => other !== id)
    set(
      'workoutIds',
      printable.map((w) => w.id).filter((workoutId) => next.includes(workoutId))
    )
  }
  const nothingChosen = options.workoutIds.length === 0

  return (
    <Dialog title="Print handout" onClose={props.onClose}>
      <div className="handout-dialog">
        <fieldset className="form-section">
          <legend>Workouts</legend>
          {printable.map((w) => (
            <label key={w.id} className="check">
              <input
                type="checkbox"
                checked={included(w.id)}
                onChange={(e) => toggleWorkout(w.id, e.target.checked)}
              />
              {w.name}
            </label>
          ))}
          {empty.length > 0 && (
            <p className="muted handout-note">
              {empty.length === 1
                ? `“${empty[0]?.name}” has no exercises yet, so it is left out.`
                : `${empty.map((w) => `“${w.name}”`).join(', ')} have no exercises yet, so they are left out.`}
            </p>
          )}
          {nothingChosen && (
            <p className="notice error handout-note" role="status">
              {printable.length === 0
                ? 'No workout has exercises yet: add some in the builder to print a handout.'
                : 'Choose at least one workout to print.'}
            </p>
          )}
        </fieldset>
        <fieldset className="form-section">
          <legend>Include</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={options.instructions}
              onChange={(e) => set('instructions', e.target.checked)}
            />
            Exercise instruction pages
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={logSheets.on}
              onChange={(e) => setLogSheet({ on: e.target.checked })}
            />
            Log sheets to fill in, week by week
          </label>
          {logSheets.on && (
            <div className="handout-log-sheets">
              <div className="handout-log-weeks">
                <Field
                  label="From week"
                  error={errors.logSheetFromWeek}
                  hint={describeToday(props.program, today)}
                >
                  <input
                    ref={fromWeekInput}
                    inputMode="numeric"
                    value={logSheets.fromWeek}
                    onChange={(e) => setLogSheet({ fromWeek: e.target.value })}
                  />
                </Field>
                <Field label="Weeks of log sheets" error={errors.logSheetWeeks}>
                  <input
                    ref={weeksInput}
                    inputMode="numeric"
                    value={logSheets.weeks}
                    onChange={(e) => setLogSheet({ weeks: e.target.value })}
                  />
                </Field>
              </div>
              {covered && (
                <p className="muted handout-note" role="status">
                  {describeLogSheetWeeks(props.program, covered)}
                </p>
              )}
            </div>
          )}
          <label className="check">
            <input
              type="checkbox"
              checked={options.weekPlan}
              onChange={(e) => set('weekPlan', e.target.checked)}
            />
            The week plan, when the client has one
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={options.guidance}
              onChange={(e) => set('guidance', e.target.checked)}
            />
            A page of training guidance
          </label>
        </fieldset>
        <fieldset className="form-section handout-format">
          <legend>Format</legend>
          <label className="field">
            <span>Paper</span>
            <select
              value={options.paper}
              onChange={(e) => set('paper', e.target.value as HandoutOptions['paper'])}
            >
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </label>
          <label className="field">
            <span>Weights in</span>
            <select
              value={options.unit}
              onChange={(e) => set('unit', e.target.value as HandoutOptions['unit'])}
            >
              <option value="kg">kg</option>
              <option value="lb">lb</option>
            </select>
          </label>
        </fieldset>
        {(preview.error ?? exportPdf.error) && (
          <div className="notice error" role="alert">
            {(preview.error ?? exportPdf.error)?.message}
          </div>
        )}
        <div className="form-actions">
          <button type="button" onClick={props.onClose}>
            Close
          </button>
          <button
            type="button"
            disabled={nothingChosen || preview.isPending}
            onClick={() => {
              const chosen = checked()
              if (chosen) preview.mutate({ programId: props.program.id, options: chosen })
            }}
          >
            {preview.isPending ? 'Preparing preview…' : 'Preview'}
          </button>
          <button
            type="button"
            className="primary"
            disabled={nothingChosen || exportPdf.isPending}
            onClick={() => {
              const chosen = checked()
              if (!chosen) return
              exportPdf.mutate(
                { programId: props.program.id, options: chosen },
                {
                  onSuccess: (result) => {
                    if (result.kind === 'download') download(result.fileName, result.pdfBase64)
                    if (result.kind === 'saved')
                      notify(`Saved the handout (${result.pages} pages) to ${result.path}.`)
                    if (result.kind !== 'cancelled') props.onClose()
                  }
                }
              )
            }}
          >
            {exportPdf.isPending ? 'Saving…' : 'Save PDF…'}
          </button>
        </div>
        {preview.data && (
          <>
            <p className="muted">
              {preview.data.fileName} · {preview.data.pages} pages
            </p>
            <Suspense fallback={<p className="muted">Loading the preview…</p>}>
              <PdfPreview pdfBase64={preview.data.pdfBase64} />
            </Suspense>
          </>
        )}
      </div>
    </Dialog>
  )
}

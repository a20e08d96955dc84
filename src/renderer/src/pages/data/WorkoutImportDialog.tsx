import { useMemo, useState, type ReactNode } from 'react'
import type { Output } from '@shared/contract'
import { ApiError } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { useOperation, useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { FormFooter } from '../../components/FormFooter'
import { useNotify } from '../../components/Toasts'
import { formatDate } from '@shared/dates'
import { FilePicker } from './FilePicker'
import { counted } from '../../format'

type Facts = Output<'logImport.inspect'>
type Target = NonNullable<Facts['exercises'][number]['target']>

/** A target as the value of a <select>. */
const encode = (target: Target | null): string =>
  target === null ? '' : target.kind === 'exercise' ? `exercise:${target.exerciseId}` : target.kind
const decode = (value: string): Target | null => {
  if (value === '') return null
  if (value.startsWith('exercise:')) return { kind: 'exercise', exerciseId: Number(value.slice(9)) }
  return { kind: value as 'run' | 'cross' | 'skip' }
}

/** "3 sets", "1 timed set", "2 distance sets". */
function setWords(count: number, measure: 'reps' | 'time' | 'distance'): string {
  const kind = { reps: '', time: 'timed ', distance: 'distance ' }[measure]
  return counted(count, `${kind}set`)
}

/**
 * A client's workout history from a Strong or Hevy export: choose the file, check where each of
 * its exercises goes (matched by name, remembered from earlier files, or chosen here), see what
 * will be added, then import. Importing the same file again adds nothing.
 */
export function WorkoutImportDialog(props: {
  clientId: number
  clientName: string
  onClose: () => void
}): ReactNode {
  const inspect = useWrite('logImport.inspect')
  const preview = useWrite('logImport.preview')
  const apply = useWrite('logImport.apply')
  const exercises = useOperation('exercises.list', {})
  const notify = useNotify()
  const [uploadId, setUploadId] = useState<string>()
  const [facts, setFacts] = useState<Facts>()
  const [choices, setChoices] = useState<Record<string, Target | null>>({})
  const [massUnit, setMassUnit] = useState<'kg' | 'lb'>('kg')
  const [checked, setChecked] = useState<Output<'logImport.preview'>>()
  const [error, setError] = useState<string>()
  const library = useMemo(
    () => [...(exercises.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [exercises.data]
  )

  const fail = (e: unknown): void => {
    if (!(e instanceof ApiError && e.code === 'cancelled')) setError(errorMessage(e))
  }

  async function loaded(id: string): Promise<void> {
    setError(undefined)
    setChecked(undefined)
    try {
      const read = await inspect.mutateAsync({ uploadId: id, clientId: props.clientId })
      setUploadId(id)
      setFacts(read)
      setChoices({})
    } catch (e) {
      fail(e)
    }
  }

  const targetOf = (name: string): Target | null =>
    name in choices
      ? (choices[name] ?? null)
      : (facts?.exercises.find((e) => e.name === name)?.target ?? null)
  const options = () => ({
    uploadId: uploadId as string,
    clientId: props.clientId,
    massUnit,
    mapping: Object.entries(choices).flatMap(([name, target]) => (target ? [{ name, target }] : []))
  })

  async function check(): Promise<void> {
    setError(undefined)
    try {
      setChecked(await preview.mutateAsync(options()))
    } catch (e) {
      fail(e)
    }
  }

  async function confirm(): Promise<void> {
    try {
      const done = await apply.mutateAsync(options())
      notify(
        `Imported ${counted(done.sessions, 'session')} and ${counted(done.runs, 'run')} for ${props.clientName}.`
      )
      props.onClose()
    } catch (e) {
      fail(e)
    }
  }

  const unchosen = facts?.exercises.filter((e) => targetOf(e.name) === null) ?? []

  return (
    <Dialog title={`Import workouts for ${props.clientName}`} onClose={props.onClose}>
      <FilePicker
        label="Strong or Hevy export (.csv)"
        accept=".csv,text/csv"
        hint="In Strong: Settings → Export data. In Hevy: Settings → Export & import data → Export workouts."
        onUploaded={(id) => void loaded(id)}
      />
      {facts && (
        <>
          <p style={{ margin: '12px 0 6px' }}>
            <strong>{facts.format === 'strong' ? 'Strong' : 'Hevy'} export</strong>:{' '}
            {counted(facts.workouts, 'workout')}
            {facts.firstDate &&
              facts.lastDate &&
              ` from ${formatDate(facts.firstDate)} to ${formatDate(facts.lastDate)}`}
            .
          </p>
          {!facts.unitsKnown && (
            <fieldset className="choice-group">
              <legend>The file doesn’t say its weight unit. Weights are in</legend>
              <label>
                <input
                  type="radio"
                  name="unit"
                  checked={massUnit === 'kg'}
                  onChange={() => (setMassUnit('kg'), setChecked(undefined))}
                />{' '}
                kilograms
              </label>
              <label>
                <input
                  type="radio"
                  name="unit"
                  checked={massUnit === 'lb'}
                  onChange={() => (setMassUnit('lb'), setChecked(undefined))}
                />{' '}
                pounds
              </label>
            </fieldset>
          )}
          <div className="table-wrap mapping-table">
            <table className="data" aria-label="Exercises in the file">
              <thead>
                <tr>
                  <th>In the file</th>
                  <th style={{ width: 150 }}>Sets</th>
                  <th style={{ width: 250 }}>In Spotter</th>
                </tr>
              </thead>
              <tbody>
                {facts.exercises.map((exercise) => {
                  const target = targetOf(exercise.name)
                  return (
                    <tr key={exercise.name} className={target === null ? 'needs-choice' : undefined}>
                      <td>
                        {exercise.name}
                        {exercise.source === 'remembered' && !(exercise.name in choices) && (
                          <span className="muted"> · as last time</span>
                        )}
                      </td>
                      <td>{setWords(exercise.sets, exercise.measure)}</td>
                      <td>
                        <select
                          aria-label={`Spotter exercise for ${exercise.name}`}
                          value={encode(target)}
                          onChange={(event) => {
                            setChoices((current) => ({
                              ...current,
                              [exercise.name]: decode(event.target.value)
                            }))
                            setChecked(undefined)
                          }}
                        >
                          <option value="">Choose…</option>
                          <option value="run">Log as runs</option>
                          <option value="cross">Log as cross-training</option>
                          <option value="skip">Leave out</option>
                          <optgroup label="Exercise library">
                            {library.map((e) => (
                              <option key={e.id} value={`exercise:${e.id}`}>
                                {e.name}
                              </option>
                            ))}
                          </optgroup>
                        </select>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          {unchosen.length > 0 && (
            <p className="notice info" style={{ marginTop: 8 }}>
              {unchosen.length} exercise{unchosen.length === 1 ? ' has' : 's have'} no match in the library
              yet. Choose one, or “Leave out”; otherwise
              {unchosen.length === 1 ? ' it is' : ' they are'} reported and not imported.
            </p>
          )}
        </>
      )}
      {checked && (
        <div className="csv-check" role="status">
          <p>
            Will add <strong>{counted(checked.sessions, 'session')}</strong> ({counted(checked.sets, 'set')},{' '}
            {checked.warmups} of them warm-ups) and <strong>{counted(checked.runs, 'run')}</strong>.
            {checked.alreadyImported > 0 &&
              ` ${checked.alreadyImported} workout${checked.alreadyImported === 1 ? ' was' : 's were'} imported before and stay as they are.`}
          </p>
          {checked.skipped.length > 0 && (
            <p className="muted">
              Left out: {checked.skipped.map((s) => `${s.name} (${counted(s.sets, 'set')})`).join(', ')}.
            </p>
          )}
          {checked.unmapped.length > 0 && (
            <p className="notice error">
              Not imported, no exercise chosen:{' '}
              {checked.unmapped.map((s) => `${s.name} (${counted(s.sets, 'set')})`).join(', ')}.
            </p>
          )}
        </div>
      )}
      {/* Nothing is written before the second step: check reads the file, confirm writes it. */}
      <FormFooter
        error={error}
        onCancel={props.onClose}
        submitLabel={checked ? 'Import' : 'Check the import'}
        busy={
          checked ? apply.isPending || checked.sessions + checked.runs === 0 : !facts || preview.isPending
        }
        onSubmit={() => void (checked ? confirm() : check())}
      />
    </Dialog>
  )
}

import { settingsSchema } from '@shared/schemas/settings'
import type { ReactNode } from 'react'
import type { Settings } from '@shared/contract'
import { useSettings, useWrite } from '../../api/hooks'
import { Field } from '../../components/Field'
import { FormFooter } from '../../components/FormFooter'
import { useContractForm } from '../../components/use-contract-form'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { DataCard } from '../data/DataCard'
import { NumberInput } from '../../components/NumberInput'
import { errorMessage } from '../../api/errors'

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string) // readAsDataURL reads to a string
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'))
    reader.readAsDataURL(file)
  })
}

/** The profile form's schema: the contract's own settings fields a handout shows. */
const profileSchema = settingsSchema.pick({
  trainerName: true,
  business: true,
  email: true,
  phone: true,
  website: true,
  logo: true
})

function ProfileCard(props: { settings: Settings }): ReactNode {
  const { trainerName, business, email, phone, website, logo } = props.settings
  const form = useContractForm(profileSchema, { trainerName, business, email, phone, website, logo })
  const { register, errorOf } = form
  const update = useWrite('settings.update')
  const notify = useNotify()
  const shownLogo = form.watch('logo')

  const submit = form.submit(async (profile) => {
    await update.mutateAsync(profile)
    notify('Trainer profile saved.')
  })

  async function pickLogo(file: File | undefined): Promise<void> {
    if (!file) return
    // The contract checks the picked file's kind and size, once it is read as the logo it would store.
    form.setValue('logo', await readAsDataUrl(file), { shouldValidate: true })
  }

  return (
    <section className="card" aria-labelledby="profile-title">
      <div className="card-header">
        <h2 id="profile-title">Trainer profile</h2>
      </div>
      <p className="muted" style={{ marginTop: 0 }}>
        Shown on the handouts your clients take home.
      </p>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label="Your name" error={errorOf('trainerName')}>
            <input {...register('trainerName')} />
          </Field>
          <Field label="Business name" error={errorOf('business')}>
            <input {...register('business')} />
          </Field>
          <Field label="E-mail" error={errorOf('email')}>
            <input type="email" {...register('email')} />
          </Field>
          <Field label="Phone" error={errorOf('phone')}>
            <input {...register('phone')} />
          </Field>
          <Field label="Website" error={errorOf('website')} wide>
            <input {...register('website')} placeholder="e.g. www.example.com" />
          </Field>
          <Field label="Logo" error={errorOf('logo')} hint="PNG or JPEG, under 500 KB" wide>
            <input
              type="file"
              accept="image/png,image/jpeg"
              onChange={(event) => void pickLogo(event.target.files?.[0])}
            />
          </Field>
          {shownLogo && (
            <div className="wide" style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
              <img className="logo-preview" src={shownLogo} alt="Your logo" />
              <button type="button" className="link" onClick={() => form.setValue('logo', null)}>
                Remove logo
              </button>
            </div>
          )}
        </div>
        <FormFooter error={form.formError} submitLabel="Save profile" busy={update.isPending} />
      </form>
    </section>
  )
}

function Choice<T extends string>(props: {
  label: string
  value: T
  options: Array<[T, string]>
  onChange: (value: T) => void
}): ReactNode {
  return (
    <div className="field">
      <span id={`choice-${props.label}`}>{props.label}</span>
      <div className="segmented" role="group" aria-labelledby={`choice-${props.label}`}>
        {props.options.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={props.value === value}
            onClick={() => props.onChange(value)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  )
}

function PreferencesCard(props: { settings: Settings }): ReactNode {
  const update = useWrite('settings.update')
  const s = props.settings
  return (
    <section className="card" aria-labelledby="prefs-title">
      <div className="card-header">
        <h2 id="prefs-title">Units and display</h2>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        <Choice
          label="Weight"
          value={s.massUnit}
          options={[
            ['kg', 'Kilograms (kg)'],
            ['lb', 'Pounds (lb)']
          ]}
          onChange={(massUnit) => update.mutate({ massUnit })}
        />
        <Choice
          label="Distance"
          value={s.distanceUnit}
          options={[
            ['km', 'Kilometres (km)'],
            ['mi', 'Miles (mi)']
          ]}
          onChange={(distanceUnit) => update.mutate({ distanceUnit })}
        />
        <Choice
          label="Week starts on"
          value={s.weekStart}
          options={[
            ['monday', 'Monday'],
            ['sunday', 'Sunday']
          ]}
          onChange={(weekStart) => update.mutate({ weekStart })}
        />
        <Choice
          label="Theme"
          value={s.theme}
          options={[
            ['system', 'Follow system'],
            ['light', 'Light'],
            ['dark', 'Dark']
          ]}
          onChange={(theme) => update.mutate({ theme })}
        />
      </div>
    </section>
  )
}

/** Two choices side by side, kg and lb, for one kind of equipment. */
function StepChoice<K extends number, L extends number>(props: {
  label: string
  kg: K
  lb: L
  kgOptions: readonly K[]
  lbOptions: readonly L[]
  onKg: (value: K) => void
  onLb: (value: L) => void
}): ReactNode {
  const group = (unit: 'kg' | 'lb', value: number, options: readonly number[], pick: (v: number) => void) => (
    <div className="segmented" role="group" aria-label={`${props.label}, ${unit}`}>
      {options.map((option) => (
        <button key={option} type="button" aria-pressed={value === option} onClick={() => pick(option)}>
          {option} {unit}
        </button>
      ))}
    </div>
  )
  return (
    <div className="field">
      <span>{props.label}</span>
      <span className="step-choices">
        {group('kg', props.kg, props.kgOptions, (v) => props.onKg(v as K))}
        {group('lb', props.lb, props.lbOptions, (v) => props.onLb(v as L))}
      </span>
    </div>
  )
}

/** The gym's equipment steps: what %1RM loads round to and how far a suggestion steps up. */
function LoadStepsCard(props: { settings: Settings }): ReactNode {
  const update = useWrite('settings.update')
  const s = props.settings
  return (
    <section className="card" aria-labelledby="steps-title">
      <div className="card-header">
        <h2 id="steps-title">Loads and progression</h2>
      </div>
      <p className="muted" style={{ marginTop: 0 }}>
        The steps of the gym’s equipment. Loads given as % of 1RM round to the plate step, and a suggestion
        offers the next weight up, but never more than 10 % above the current load.
      </p>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        <div className="field">
          <span>Smallest plate step</span>
          <span className="step-choices">
            <NumberInput
              label="Smallest plate step in kg"
              value={s.plateStepKg}
              width={70}
              rule={{ key: 'plateStepKg', field: settingsSchema.shape.plateStepKg }}
              onCommit={(plateStepKg) => update.mutateAsync({ plateStepKg: plateStepKg ?? undefined })}
            />
            kg
            <NumberInput
              label="Smallest plate step in lb"
              value={s.plateStepLb}
              width={70}
              rule={{ key: 'plateStepLb', field: settingsSchema.shape.plateStepLb }}
              onCommit={(plateStepLb) => update.mutateAsync({ plateStepLb: plateStepLb ?? undefined })}
            />
            lb
          </span>
          <small className="field-hint">
            Barbells go up 2.5 kg (upper body) or 5 kg (lower), on these plates.
          </small>
        </div>
        <StepChoice
          label="Dumbbells go up by"
          kg={s.dumbbellStepKg}
          lb={s.dumbbellStepLb}
          kgOptions={[1, 2] as const}
          lbOptions={[2.5, 5] as const}
          onKg={(dumbbellStepKg) => update.mutate({ dumbbellStepKg })}
          onLb={(dumbbellStepLb) => update.mutate({ dumbbellStepLb })}
        />
        <StepChoice
          label="Kettlebells go up by"
          kg={s.kettlebellStepKg}
          lb={s.kettlebellStepLb}
          kgOptions={[1, 2] as const}
          lbOptions={[2.5, 5] as const}
          onKg={(kettlebellStepKg) => update.mutate({ kettlebellStepKg })}
          onLb={(kettlebellStepLb) => update.mutate({ kettlebellStepLb })}
        />
        <div className="field">
          <span>Machine and cable stack step</span>
          <span className="step-choices">
            <NumberInput
              label="Stack step in kg"
              value={s.machineStepKg}
              width={70}
              rule={{ key: 'machineStepKg', field: settingsSchema.shape.machineStepKg }}
              onCommit={(machineStepKg) => update.mutateAsync({ machineStepKg: machineStepKg ?? undefined })}
            />
            kg
            <NumberInput
              label="Stack step in lb"
              value={s.machineStepLb}
              width={70}
              rule={{ key: 'machineStepLb', field: settingsSchema.shape.machineStepLb }}
              onCommit={(machineStepLb) => update.mutateAsync({ machineStepLb: machineStepLb ?? undefined })}
            />
            lb
          </span>
        </div>
        {update.error && (
          <div className="notice error" role="alert">
            {errorMessage(update.error)}
          </div>
        )}
      </div>
    </section>
  )
}

/** The trainer's profile, units, equipment steps, week start and theme, and where their data lives. */
export function SettingsPage(): ReactNode {
  const settings = useSettings()
  return (
    <div className="page">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <QueryState isLoading={settings.isLoading} error={settings.error} />
      {settings.data && (
        <div className="settings-grid">
          <ProfileCard settings={settings.data} />
          <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
            <PreferencesCard settings={settings.data} />
            <LoadStepsCard settings={settings.data} />
            <DataCard settings={settings.data} />
          </div>
        </div>
      )}
    </div>
  )
}

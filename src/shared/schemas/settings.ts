import { z } from '../zod'
import { email, line } from './fields'

/** A logo as a data URL; kept small because it travels in every handout and API body. */
const logoDataUrl = z
  .string()
  .max(700_000, 'The logo must be under 500 KB')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'The logo must be a PNG or JPEG image')

/** Dumbbell and kettlebell racks go up in 1 or 2 kg, or 2.5 or 5 lb. */
const kgStep = z.literal([1, 2], { error: 'The step is 1 or 2 kg' })
const lbStep = z.literal([2.5, 5], { error: 'The step is 2.5 or 5 lb' })

/** The trainer's settings; every field has a default so a new install needs none. */
export const settingsSchema = z.strictObject({
  trainerName: line(120).default(''),
  business: line(120).default(''),
  email: email(true).default(''),
  phone: line(40).default(''),
  website: line(200).default(''),
  logo: logoDataUrl.nullable().default(null),
  massUnit: z.enum(['kg', 'lb']).default('kg'),
  distanceUnit: z.enum(['km', 'mi']).default('km'),
  weekStart: z.enum(['monday', 'sunday']).default('monday'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** Smallest load step on the gym floor, per unit: %1RM loads round to it. */
  plateStepKg: z.number().positive().max(10).default(2.5),
  plateStepLb: z.number().positive().max(20).default(5),
  /** How far apart the gym's dumbbells and kettlebells are: a suggestion offers the next one up. */
  dumbbellStepKg: kgStep.default(2),
  dumbbellStepLb: lbStep.default(5),
  kettlebellStepKg: kgStep.default(2),
  kettlebellStepLb: lbStep.default(5),
  /** One plate of a machine's or a cable's weight stack. */
  machineStepKg: z.number().positive().max(20).default(5),
  machineStepLb: z.number().positive().max(40).default(10),
  /** How many backups the data folder's backups/ keeps; older ones are removed. */
  backupKeep: z.number().int().min(1, 'Keep at least one backup').max(100, 'At most 100 backups').default(10)
})

export type Settings = z.output<typeof settingsSchema>
export const defaultSettings: Settings = settingsSchema.parse({})

/** The smallest load step for the unit loads are shown in: %1RM loads and suggestions round to it. */
export function plateStepFor(
  steps: Pick<Settings, 'plateStepKg' | 'plateStepLb'>,
  unit: 'kg' | 'lb'
): number {
  return unit === 'kg' ? steps.plateStepKg : steps.plateStepLb
}

/** The settings a load step comes from, per kind of equipment and unit. */
export type LoadSteps = Pick<
  Settings,
  | 'plateStepKg'
  | 'plateStepLb'
  | 'dumbbellStepKg'
  | 'dumbbellStepLb'
  | 'kettlebellStepKg'
  | 'kettlebellStepLb'
  | 'machineStepKg'
  | 'machineStepLb'
>

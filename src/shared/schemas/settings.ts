import { z } from 'zod'

/** A logo as a data URL; kept small because it travels in every handout and API body. */
const logoDataUrl = z
  .string()
  .max(700_000, 'The logo must be under 500 KB')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'The logo must be a PNG or JPEG image')

/** The trainer's settings; every field has a default so a new install needs none. */
export const settingsSchema = z.object({
  trainerName: z.string().trim().max(120).default(''),
  business: z.string().trim().max(120).default(''),
  email: z.union([z.literal(''), z.email('Not a valid e-mail address')]).default(''),
  phone: z.string().trim().max(40).default(''),
  website: z.string().trim().max(200).default(''),
  logo: logoDataUrl.nullable().default(null),
  massUnit: z.enum(['kg', 'lb']).default('kg'),
  distanceUnit: z.enum(['km', 'mi']).default('km'),
  weekStart: z.enum(['monday', 'sunday']).default('monday'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** Smallest load step on the gym floor, per unit: %1RM loads round to it. */
  plateStepKg: z.number().positive().max(10).default(2.5),
  plateStepLb: z.number().positive().max(20).default(5),
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

import { handoutOptionsSchema } from '../handout/model'
import { id } from '../schemas/fields'
import { z } from '../zod'

const request = z.strictObject({ programId: id, options: handoutOptionsSchema })

/** Handouts: a preview to look at in the app, and the export (a file on desktop, a download in a browser). */
export const handoutOperations = {
  'handouts.preview': {
    input: request,
    output: z.object({ pdfBase64: z.string(), pages: z.number().int(), fileName: z.string() })
  },
  'handouts.export': {
    input: request,
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), path: z.string(), pages: z.number().int() }),
      z.object({ kind: z.literal('cancelled') }),
      z.object({
        kind: z.literal('download'),
        fileName: z.string(),
        pdfBase64: z.string(),
        pages: z.number().int()
      })
    ])
  }
} as const

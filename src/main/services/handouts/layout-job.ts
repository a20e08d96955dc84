import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { HandoutModel } from '@shared/handout/model'
import type { JobContext } from '../../jobs/job-context'
import { renderHandout, renderHandoutToBuffer } from './render-pdf'

/**
 * Job: lays a handout model out as a PDF, on a job thread. With a path it writes the file there
 * (removing it again if anything fails, so no half handout is left where the trainer looks);
 * without one it returns the bytes for a preview or a download.
 */
export async function handoutLayoutJob(
  input: {
    model: HandoutModel
    path?: string
  },
  ctx: JobContext
): Promise<{ pdf: Uint8Array | null; pages: number }> {
  if (!input.path) {
    ctx.progress(0, 1, 'Laying out the pages')
    const { pdf, pages } = await renderHandoutToBuffer(input.model)
    // A preview the trainer stopped waiting for is dropped rather than sent.
    ctx.throwIfCancelled()
    return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), pages }
  }
  try {
    const { pages } = await renderHandout(input.model, createWriteStream(input.path))
    return { pdf: null, pages }
  } catch (error) {
    await rm(input.path, { force: true })
    throw error
  }
}

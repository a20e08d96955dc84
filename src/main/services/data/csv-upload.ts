import { readFileSync } from 'node:fs'
import { looksLikeText } from '@shared/imports/csv-text'
import { ServiceError } from '../errors'

/**
 * An uploaded CSV's text, or a refusal naming the upload when the file is not text at all:
 * `what` is how the trainer knows the file ("a CSV", "a CSV export").
 */
export function readCsvUpload(path: string, what: string): string {
  const bytes = readFileSync(path)
  if (!looksLikeText(bytes)) {
    throw new ServiceError(
      'validation',
      `uploadId: This file is not ${what}: it is not text (an image or another binary file?).`,
      'uploadId'
    )
  }
  return bytes.toString('utf8')
}

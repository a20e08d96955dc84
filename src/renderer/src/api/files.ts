import type { z } from 'zod'
import type { exportResultSchema } from '@shared/operations/data'
import { call } from './client'

/** A file read in pieces this size travels in one call on either transport. */
const pieceBytes = 384 * 1024

function toBase64(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(text)
}

/**
 * Sends a file the trainer chose to Spotter, piece by piece, and returns its upload id for the
 * import operations. The same path works in the desktop window and in a browser.
 */
export async function uploadFile(file: File, onProgress?: (fraction: number) => void): Promise<string> {
  const { uploadId } = await call('files.begin', { name: file.name.slice(0, 255) || 'file', size: file.size })
  for (let offset = 0; offset < file.size; offset += pieceBytes) {
    const bytes = new Uint8Array(await file.slice(offset, offset + pieceBytes).arrayBuffer())
    await call('files.append', { uploadId, offset, base64: toBase64(bytes) })
    onProgress?.(Math.min(1, (offset + bytes.length) / file.size))
  }
  return uploadId
}

type ExportResult = z.output<typeof exportResultSchema>

/**
 * Finishes an export: a download prepared in browser mode is read in pieces and handed to the
 * browser as a file; the desktop app has already saved it where the trainer chose.
 * Returns a sentence for a toast, or undefined when the trainer cancelled.
 */
export async function finishExport(result: ExportResult): Promise<string | undefined> {
  if (result.kind === 'cancelled') return undefined
  if (result.kind === 'saved') return `Saved to ${result.path}.`
  const pieces: BlobPart[] = []
  for (let offset = 0; ;) {
    const piece = await call('files.read', { downloadId: result.downloadId, offset })
    const binary = atob(piece.base64)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    pieces.push(bytes)
    offset += bytes.length
    if (piece.done) break
  }
  const url = URL.createObjectURL(new Blob(pieces))
  const link = document.createElement('a')
  link.href = url
  link.download = result.fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return `Downloaded ${result.fileName}.`
}

/** A size for people: 1.2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

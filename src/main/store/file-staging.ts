import { randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { ServiceError } from '../services/errors'

/** The largest file the window may send: a whole practice's export fits many times over. */
export const maxUploadBytes = 1024 * 1024 * 1024

/** How much of a download one call returns. */
export const downloadPieceBytes = 512 * 1024

interface Upload {
  path: string
  name: string
  size: number
  received: number
}

/**
 * Files moving between the window and Spotter, in pieces small enough for one call on either
 * transport. Uploads land in the data folder's incoming/, prepared downloads in outgoing/; both
 * folders are emptied at every start, and a download is removed once read to its end, because
 * exports hold clients' personal data.
 */
export class FileStaging {
  private readonly uploads = new Map<string, Upload>()
  private readonly downloads = new Map<string, { path: string; size: number }>()
  readonly incoming: string
  readonly outgoing: string

  constructor(dataDir: string) {
    this.incoming = join(dataDir, 'incoming')
    this.outgoing = join(dataDir, 'outgoing')
    for (const dir of [this.incoming, this.outgoing]) {
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dir, { recursive: true })
    }
  }

  begin(name: string, size: number): string {
    if (size > maxUploadBytes)
      throw new ServiceError('validation', 'size: The file is larger than 1 GB.', 'size')
    const id = randomBytes(16).toString('hex')
    const path = join(this.incoming, id)
    closeSync(openSync(path, 'w'))
    this.uploads.set(id, { path, name, size, received: 0 })
    return id
  }

  append(id: string, offset: number, base64: string): number {
    const upload = this.uploads.get(id)
    if (!upload)
      throw new ServiceError('not_found', 'uploadId: No file is being received under that id.', 'uploadId')
    if (offset !== upload.received) {
      throw new ServiceError('validation', `offset: Expected the piece at byte ${upload.received}.`, 'offset')
    }
    const bytes = Buffer.from(base64, 'base64')
    if (upload.received + bytes.length > upload.size) {
      throw new ServiceError('validation', 'base64: The file is longer than announced.', 'base64')
    }
    const fd = openSync(upload.path, 'a')
    try {
      writeSync(fd, bytes)
    } finally {
      closeSync(fd)
    }
    upload.received += bytes.length
    return upload.received
  }

  /** The path of a whole upload; an unknown or unfinished one is refused with a field error. */
  uploaded(id: string): { path: string; name: string } {
    const upload = this.uploads.get(id)
    if (!upload)
      throw new ServiceError(
        'not_found',
        'uploadId: That file is no longer here; choose it again.',
        'uploadId'
      )
    if (upload.received !== upload.size) {
      throw new ServiceError('validation', 'uploadId: The file has not been received in full.', 'uploadId')
    }
    return { path: upload.path, name: upload.name }
  }

  /** Removes an upload once it has been used for good. */
  discard(id: string): void {
    const upload = this.uploads.get(id)
    if (upload) rmSync(upload.path, { force: true })
    this.uploads.delete(id)
  }

  /** A fresh path for a download the window will read in pieces, with its id. */
  newDownload(): { id: string; path: string } {
    const id = randomBytes(16).toString('hex')
    return { id, path: join(this.outgoing, id) }
  }

  registerDownload(id: string, path: string): number {
    const size = statSync(path).size
    this.downloads.set(id, { path, size })
    return size
  }

  read(id: string, offset: number): { base64: string; size: number; done: boolean } {
    const download = this.downloads.get(id)
    if (!download)
      throw new ServiceError(
        'not_found',
        'downloadId: That export is no longer here; export again.',
        'downloadId'
      )
    const length = Math.max(0, Math.min(downloadPieceBytes, download.size - offset))
    const buffer = Buffer.alloc(length)
    const fd = openSync(download.path, 'r')
    try {
      readSync(fd, buffer, 0, length, offset)
    } finally {
      closeSync(fd)
    }
    const done = offset + length >= download.size
    if (done) {
      rmSync(download.path, { force: true })
      this.downloads.delete(id)
    }
    return { base64: buffer.toString('base64'), size: download.size, done }
  }
}

// A stand-in for Electron's download server, for testing the install path where the real one
// cannot be reached: a loopback HTTP server holding a small fake Electron zip and its
// SHASUMS256.txt. The "runtime" in the zip is a shell script that says it is a stand-in; it is
// no Electron and cannot open a window.
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { crc32 } from 'node:zlib'

interface ZipEntry {
  name: string
  data: Buffer
  /** Unix permission bits, e.g. 0o755 for an executable */
  mode: number
}

/** A zip archive of `entries`, stored uncompressed, with Unix permissions kept. */
export function storedZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const crc = crc32(entry.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(0, 8) // stored
    local.writeUInt16LE(0, 10) // time
    local.writeUInt16LE(0x21, 12) // date: 1980-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(entry.data.length, 18)
    local.writeUInt32LE(entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by Unix, so the mode below counts
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(0, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(entry.data.length, 20)
    central.writeUInt32LE(entry.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(((0o100000 | entry.mode) << 16) >>> 0, 38) // regular file + mode
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, entry.data)
    centrals.push(central, name)
    offset += local.length + name.length + entry.data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

export interface StandInMirror {
  /** For ELECTRON_MIRROR */
  url: string
  /** For ELECTRON_CUSTOM_DIR: the folder on the server holding the files */
  customDir: string
  /** The paths asked for, in order */
  requests: string[]
  close: () => Promise<void>
}

/**
 * Serves `electron-v<version>-linux-<arch>.zip` and its SHASUMS256.txt on 127.0.0.1. The zip
 * holds `electron`, a script printing "stand-in Electron" and its arguments, and `version`,
 * as Electron's real archive does, so its installer treats the runtime as installed.
 * `wrongChecksum` lists a digest that does not match, as a tampered download would.
 */
export async function startStandInMirror(
  version: string,
  options: { arch?: string; wrongChecksum?: boolean } = {}
): Promise<StandInMirror> {
  const arch = options.arch ?? process.arch
  const customDir = `stand-in-${version}`
  const fileName = `electron-v${version}-linux-${arch}.zip`
  const zip = storedZip([
    {
      name: 'electron',
      data: Buffer.from('#!/bin/sh\necho "stand-in Electron (not a real runtime), started with: $*"\n'),
      mode: 0o755
    },
    { name: 'version', data: Buffer.from(version), mode: 0o644 }
  ])
  const digest = createHash('sha256')
    .update(options.wrongChecksum ? Buffer.from('another file') : zip)
    .digest('hex')
  const sums = `${digest} *${fileName}\n`
  const files = new Map<string, Buffer>([
    [`/${customDir}/${fileName}`, zip],
    [`/${customDir}/SHASUMS256.txt`, Buffer.from(sums)]
  ])
  const requests: string[] = []
  const server = createServer((request, response) => {
    const path = request.url ?? ''
    requests.push(path)
    const body = files.get(path)
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' })
    response.end(body ?? 'not here')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    customDir,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

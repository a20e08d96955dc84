import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readStaticFile } from '../../src/main/web/static-files'

/** Serves a built folder on 127.0.0.1 (module scripts do not load from file://). */
export async function serveFolder(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = readStaticFile(dir, req.url ?? '/')
    if (!file) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': file.contentType }).end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startStandInMirror } from './electron-mirror-stand-in.mts'
import installer from './install-electron.js'

const { ensureElectronRuntime, runtimeNote, timeLimitMs, electronRuntime } = installer

// Each test gets a throwaway project folder with a stand-in for electron's install.js, so every
// branch runs for real (a child process, a time limit) without touching the network.
const roots: string[] = []
function project(installScript: string): { root: string; installer: string; marker: string } {
  const root = mkdtempSync(join(tmpdir(), 'spotter-install-'))
  roots.push(root)
  const dir = join(root, 'node_modules', 'electron')
  mkdirSync(dir, { recursive: true })
  const marker = join(root, 'installer-ran')
  const script = join(dir, 'install.js')
  writeFileSync(
    script,
    `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'yes')\n${installScript}`
  )
  return { root, installer: script, marker }
}

/** What electron's installer leaves behind when it succeeds. */
const landRuntime = `
const { mkdirSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')
mkdirSync(join(__dirname, 'dist'), { recursive: true })
writeFileSync(join(__dirname, 'dist', 'electron'), '')
writeFileSync(join(__dirname, 'path.txt'), 'electron')
`
const failFast = `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici'); process.exit(1)`
const hang = `setInterval(() => {}, 1000)`

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

describe('the Electron runtime install script', () => {
  it('does nothing when the runtime is already present', async () => {
    const { root, installer: script, marker } = project(landRuntime)
    mkdirSync(join(root, 'node_modules', 'electron', 'dist'))
    writeFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), '')
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron')
    const result = await ensureElectronRuntime({ projectRoot: root, installer: script, env: {} })
    expect(result).toEqual({
      status: 'present',
      executable: join(root, 'node_modules', 'electron', 'dist', 'electron')
    })
    expect(existsSync(marker)).toBe(false)
    expect(runtimeNote(result)).toMatch(/already installed/)
  })

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD without running the installer', async () => {
    const { root, installer: script, marker } = project(landRuntime)
    const result = await ensureElectronRuntime({
      projectRoot: root,
      installer: script,
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }
    })
    expect(result).toEqual({ status: 'skipped' })
    expect(existsSync(marker)).toBe(false)
    expect(runtimeNote(result)).toMatch(
      /ELECTRON_SKIP_BINARY_DOWNLOAD is set\. Browser mode works without it/
    )
  })

  it('downloads when the skip variable is 0, and reports the landed runtime', async () => {
    const { root, installer: script, marker } = project(landRuntime)
    const result = await ensureElectronRuntime({
      projectRoot: root,
      installer: script,
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '0' }
    })
    expect(existsSync(marker)).toBe(true)
    expect(result).toEqual({
      status: 'installed',
      executable: join(root, 'node_modules', 'electron', 'dist', 'electron')
    })
    expect(electronRuntime(root, {})).toBe(result.status === 'installed' ? result.executable : '')
  })

  it('turns a download that fails fast into one line with the reason and the way back', async () => {
    const { root, installer: script } = project(failFast)
    const result = await ensureElectronRuntime({ projectRoot: root, installer: script, env: {} })
    expect(result).toEqual({ status: 'failed', reason: 'the download server could not be reached' })
    const note = runtimeNote(result)
    expect(note.split('\n')).toHaveLength(1)
    expect(note).toContain('Browser mode works without it')
    expect(note).toContain('npm run install-electron')
  })

  it('gives up on a download that hangs past the time limit', { timeout: 30_000 }, async () => {
    // The stand-in never finishes, so the limit decides however slowly the machine starts it.
    const { root, installer: script } = project(hang)
    const result = await ensureElectronRuntime({
      projectRoot: root,
      installer: script,
      env: {},
      timeoutMs: 300
    })
    expect(result).toEqual({ status: 'timed-out', seconds: 0.3 })
    expect(runtimeNote(result)).toContain('SPOTTER_ELECTRON_DOWNLOAD_TIMEOUT sets the limit')
  })

  it('never fails the install: as a command it prints one line and exits 0', { timeout: 30_000 }, () => {
    const { root } = project(failFast)
    const run = spawnSync(process.execPath, [join(__dirname, 'install-electron.js')], {
      cwd: root,
      encoding: 'utf8'
    })
    expect(run.status).toBe(0)
    expect(run.stdout.trim().split('\n')).toEqual([
      'Electron runtime: not downloaded, the download server could not be reached. Browser mode works without it (npm start opens Spotter in your browser); to try again: npm run install-electron.'
    ])
    const strict = spawnSync(process.execPath, [join(__dirname, 'install-electron.js'), '--strict'], {
      cwd: root
    })
    expect(strict.status).toBe(1)
  })

  it('takes its time limit from SPOTTER_ELECTRON_DOWNLOAD_TIMEOUT, five minutes by default', () => {
    expect(timeLimitMs({})).toBe(300_000)
    expect(timeLimitMs({ SPOTTER_ELECTRON_DOWNLOAD_TIMEOUT: '30' })).toBe(30_000)
    expect(timeLimitMs({ SPOTTER_ELECTRON_DOWNLOAD_TIMEOUT: 'soon' })).toBe(300_000)
  })
})

describe('the download path, through a stand-in mirror', () => {
  // Electron's real installer and @electron/get, pointed by ELECTRON_MIRROR at a loopback server
  // holding a fake zip and its checksums. Only the server is a stand-in.
  const realModules = join(__dirname, '..', 'node_modules')
  function projectWithElectron(): { root: string; electronDir: string; version: string } {
    const root = mkdtempSync(join(tmpdir(), 'spotter-mirror-'))
    roots.push(root)
    const electronDir = join(root, 'node_modules', 'electron')
    mkdirSync(electronDir, { recursive: true })
    for (const file of ['install.js', 'package.json', 'checksums.json']) {
      copyFileSync(join(realModules, 'electron', file), join(electronDir, file))
    }
    for (const scope of ['@electron', '@electron-internal']) {
      symlinkSync(join(realModules, scope), join(root, 'node_modules', scope))
    }
    const version = (
      JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }
    ).version
    return { root, electronDir, version }
  }
  const mirrorEnv = (root: string, mirror: { url: string; customDir: string }): NodeJS.ProcessEnv => ({
    ...process.env,
    ELECTRON_SKIP_BINARY_DOWNLOAD: '',
    ELECTRON_MIRROR: mirror.url,
    ELECTRON_CUSTOM_DIR: mirror.customDir,
    electron_use_remote_checksums: '1',
    electron_config_cache: join(root, 'cache')
  })

  it.skipIf(process.platform !== 'linux')(
    'lands the runtime from ELECTRON_MIRROR, checks SHASUMS256.txt and writes path.txt',
    { timeout: 60_000 },
    async () => {
      const { root, electronDir, version } = projectWithElectron()
      const mirror = await startStandInMirror(version)
      try {
        const result = await ensureElectronRuntime({ projectRoot: root, env: mirrorEnv(root, mirror) })
        expect(result).toEqual({ status: 'installed', executable: join(electronDir, 'dist', 'electron') })
        expect(readFileSync(join(electronDir, 'path.txt'), 'utf8')).toBe('electron')
        expect(mirror.requests).toEqual([
          `/${mirror.customDir}/electron-v${version}-linux-${process.arch}.zip`,
          `/${mirror.customDir}/SHASUMS256.txt`
        ])
        const run = spawnSync(join(electronDir, 'dist', 'electron'), ['.'], { encoding: 'utf8' })
        expect(run.stdout).toContain('stand-in Electron')
        // A second run finds it in place and downloads nothing.
        expect(await ensureElectronRuntime({ projectRoot: root, env: {} })).toMatchObject({
          status: 'present'
        })
      } finally {
        await mirror.close()
      }
    }
  )

  it.skipIf(process.platform !== 'linux')(
    'refuses a download whose checksum does not match, and lands nothing',
    { timeout: 60_000 },
    async () => {
      const { root, electronDir, version } = projectWithElectron()
      const mirror = await startStandInMirror(version, { wrongChecksum: true })
      try {
        const result = await ensureElectronRuntime({ projectRoot: root, env: mirrorEnv(root, mirror) })
        expect(result).toEqual({ status: 'failed', reason: 'the download did not match its checksum' })
        expect(existsSync(join(electronDir, 'path.txt'))).toBe(false)
      } finally {
        await mirror.close()
      }
    }
  )
})

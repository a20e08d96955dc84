import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { minimatch } from 'minimatch'
import { describe, expect, it } from 'vitest'
import type { Configuration } from 'electron-builder'

const root = join(__dirname, '..')
const require = createRequire(__filename)
const config = require(join(root, 'electron-builder.config.cjs')) as Configuration
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  author?: { name?: string; email?: string }
  scripts: Record<string, string>
  allowScripts: Record<string, boolean>
}

/** The patterns of a platform's `files`, as plain strings. */
function patterns(files: unknown): string[] {
  return (Array.isArray(files) ? files : [files]).filter(
    (entry): entry is string => typeof entry === 'string'
  )
}

describe('packaging (electron-builder.config.cjs)', () => {
  it('flips the release fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('packs into asar with better-sqlite3’s binaries unpacked, and rebuilds nothing', () => {
    expect(config.asar).toBe(true)
    const unpack = patterns(config.asarUnpack)
    const binary = 'node_modules/better-sqlite3/prebuilds/linux-x64.node'
    expect(unpack.some((pattern) => minimatch(binary, pattern, { matchBase: true }))).toBe(true)
    expect(unpack.some((pattern) => minimatch('out/main/index.js', pattern, { matchBase: true }))).toBe(false)
    expect(config.npmRebuild).toBe(false)
    expect(config.nodeGypRebuild).toBe(false)
    expect(config.buildDependenciesFromSource).toBe(false)
  })

  it('builds AppImage and deb on Linux, dmg on macOS and nsis on Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.win?.target).toEqual(['nsis'])
  })

  it('ships the built app only: no sources, tests, configs or browser mode', () => {
    const files = patterns(config.files)
    const included = (path: string): boolean => {
      let keep = false
      for (const pattern of files) {
        if (pattern.startsWith('!')) {
          if (minimatch(path, pattern.slice(1))) keep = false
        } else if (minimatch(path, pattern)) keep = true
      }
      return keep
    }
    for (const path of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html'
    ]) {
      expect(included(path), path).toBe(true)
    }
    for (const path of [
      'src/main/index.ts',
      'src/main/ipc.test.ts',
      'e2e/clients.spec.ts',
      'tsconfig.json',
      'electron.vite.config.ts',
      'electron-builder.config.cjs',
      'README.md',
      'out/main/web.js',
      'out/main/index.js.map',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp'
    ]) {
      expect(included(path), path).toBe(false)
    }
  })

  it('keeps only each system’s own SQLite binary', () => {
    expect(patterns(config.linux?.files)).toContain('!node_modules/better-sqlite3/prebuilds/win32-*.node')
    expect(patterns(config.mac?.files)).toContain('!node_modules/better-sqlite3/prebuilds/linux-*.node')
    expect(patterns(config.win?.files)).toContain('!node_modules/better-sqlite3/prebuilds/darwin-*.node')
  })

  it('has an app icon large enough for every target (electron-builder converts it per system)', () => {
    const icon = readFileSync(join(root, config.directories?.buildResources ?? 'build', 'icon.png'))
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512) // width, from the IHDR chunk
    expect(icon.readUInt32BE(20)).toBe(icon.readUInt32BE(16))
  })

  it('names an author and a maintainer, which the deb requires', () => {
    expect(packageJson.author?.name).toBeTruthy()
    expect(packageJson.author?.email).toMatch(/@/)
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/)
  })

  it('passes electron-builder’s own configuration schema', { timeout: 60_000 }, async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (config: Configuration, logger: unknown) => Promise<void>
    }
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }
    await expect(
      validateConfiguration(structuredClone(config), new DebugLogger(false))
    ).resolves.toBeUndefined()
  })

  it('never rebuilds better-sqlite3 on install', () => {
    expect(packageJson.allowScripts['better-sqlite3']).toBe(false)
    expect(Object.values(packageJson.scripts).join('\n')).not.toMatch(
      /node-gyp|electron-rebuild|@electron\/rebuild|install-app-deps/
    )
  })
})

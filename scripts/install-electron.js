#!/usr/bin/env node
// @ts-check
// Puts the Electron runtime in place for the desktop app, where it can be downloaded.
//
// Since Electron 42 the `electron` package has no install script of its own: the binary arrives
// only when something runs `node_modules/electron/install.js`. Spotter's root `postinstall` runs
// it here, under a time limit, and never fails the install: without the runtime Spotter still
// works in browser mode. Plain CommonJS on purpose, so whatever Node runs `npm install` runs this.
'use strict'

const { spawn } = require('node:child_process')
const { existsSync, readFileSync } = require('node:fs')
const { join } = require('node:path')

/** Seconds the download may take before it is given up, unless the variable below says otherwise. */
const defaultTimeoutSeconds = 300
const timeoutVariable = 'SPOTTER_ELECTRON_DOWNLOAD_TIMEOUT'
const retryCommand = 'npm run install-electron'

/**
 * @typedef {object} InstallOptions
 * @property {string} [projectRoot] the folder holding node_modules (default: the current folder)
 * @property {NodeJS.ProcessEnv} [env] the environment the installer sees (default: process.env)
 * @property {number} [timeoutMs] the time limit (default: from SPOTTER_ELECTRON_DOWNLOAD_TIMEOUT, else 5 minutes)
 * @property {string} [installer] the script to run (default: electron's own install.js)
 * @property {string} [nodePath] the Node that runs it (default: this one)
 */

/**
 * @typedef {{ status: 'present' | 'installed', executable: string }
 *   | { status: 'skipped' }
 *   | { status: 'failed', reason: string }
 *   | { status: 'timed-out', seconds: number }} InstallResult
 */

/** @param {string} projectRoot */
function electronPackageDir(projectRoot) {
  return join(projectRoot, 'node_modules', 'electron')
}

/**
 * The Electron executable when its runtime is in place, found without requiring the `electron`
 * package: requiring it starts a download when the binary is missing, which on an offline
 * machine ends in a stack trace.
 * @param {string} [projectRoot]
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
function electronRuntime(projectRoot = process.cwd(), env = process.env) {
  const packageDir = electronPackageDir(projectRoot)
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const relative = readFileSync(pathFile, 'utf8').trim()
  if (relative === '') return undefined
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  const executable = override ? join(override, relative) : join(packageDir, 'dist', relative)
  return existsSync(executable) ? executable : undefined
}

/**
 * Electron's own switch for "do not download the binary"; any value but empty, 0 or false sets it.
 * @param {NodeJS.ProcessEnv} env
 */
function skipRequested(env) {
  const value = (env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '').trim().toLowerCase()
  return value !== '' && value !== '0' && value !== 'false'
}

/**
 * The time limit in milliseconds: SPOTTER_ELECTRON_DOWNLOAD_TIMEOUT in seconds, else 5 minutes.
 * @param {NodeJS.ProcessEnv} env
 */
function timeLimitMs(env) {
  const seconds = Number(env[timeoutVariable])
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : defaultTimeoutSeconds) * 1000
}

/**
 * A short reason from the installer's error output, in words a person can act on.
 * @param {string} output
 */
function reasonFrom(output) {
  if (
    /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ENETUNREACH|EHOSTUNREACH|ETIMEDOUT/i.test(
      output
    )
  ) {
    return 'the download server could not be reached'
  }
  if (/checksum|sha256|integrity/i.test(output)) return 'the download did not match its checksum'
  const status = /Response code (\d{3})/.exec(output)
  if (status) return `the download server answered HTTP ${status[1]}`
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '))
  const first = lines.at(0) ?? 'the installer stopped without saying why'
  return first.length > 140 ? `${first.slice(0, 137)}...` : first
}

/**
 * Runs Electron's installer unless the runtime is already there or the download is switched off.
 * Resolves, never rejects: every outcome is a result the caller can word.
 * @param {InstallOptions} [options]
 * @returns {Promise<InstallResult>}
 */
function ensureElectronRuntime(options = {}) {
  const projectRoot = options.projectRoot ?? process.cwd()
  const env = options.env ?? process.env
  const present = electronRuntime(projectRoot, env)
  if (present) return Promise.resolve({ status: 'present', executable: present })
  if (skipRequested(env)) return Promise.resolve({ status: 'skipped' })
  const installer = options.installer ?? join(electronPackageDir(projectRoot), 'install.js')
  if (!existsSync(installer)) {
    return Promise.resolve({ status: 'failed', reason: 'the electron package is not installed' })
  }
  const timeoutMs = options.timeoutMs ?? timeLimitMs(env)

  return new Promise((resolve) => {
    /** @type {InstallResult | undefined} */
    let outcome
    let output = ''
    const child = spawn(options.nodePath ?? process.execPath, [installer], {
      cwd: projectRoot,
      env: { ...env, ELECTRON_GET_NO_PROGRESS: '1' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    /** @param {Buffer} chunk */
    const keep = (chunk) => {
      // Only the tail matters for the reason; a long download log need not stay in memory.
      output = (output + chunk.toString('utf8')).slice(-8000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => {
      outcome = { status: 'timed-out', seconds: timeoutMs / 1000 }
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      resolve({ status: 'failed', reason: error.message })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (outcome) return resolve(outcome)
      const executable = electronRuntime(projectRoot, env)
      if (code === 0 && executable) return resolve({ status: 'installed', executable })
      resolve({
        status: 'failed',
        reason: code === 0 ? 'the installer left no runtime behind' : reasonFrom(output)
      })
    })
  })
}

/**
 * Why the runtime is not in place, in a few words; undefined when it is.
 * @param {InstallResult} result
 * @returns {string | undefined}
 */
function whyMissing(result) {
  switch (result.status) {
    case 'present':
    case 'installed':
      return undefined
    case 'skipped':
      return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set'
    case 'timed-out':
      return `the download took longer than ${result.seconds} s (${timeoutVariable} sets the limit in seconds)`
    case 'failed':
      return result.reason
  }
}

/**
 * The one line a person reads about the outcome.
 * @param {InstallResult} result
 */
function runtimeNote(result) {
  if (result.status === 'present')
    return 'Electron runtime: already installed; npm start opens the desktop app.'
  if (result.status === 'installed') return 'Electron runtime: downloaded; npm start opens the desktop app.'
  return `Electron runtime: not downloaded, ${whyMissing(result)}. Browser mode works without it (npm start opens Spotter in your browser); to try again: ${retryCommand}.`
}

module.exports = {
  electronRuntime,
  ensureElectronRuntime,
  runtimeNote,
  whyMissing,
  reasonFrom,
  timeLimitMs,
  skipRequested
}

// As a command (postinstall, or `npm run install-electron`): one line, and exit 0 unless
// --strict asks for a failing exit when no runtime is in place.
if (require.main === module) {
  const strict = process.argv.includes('--strict')
  void ensureElectronRuntime().then((result) => {
    console.log(runtimeNote(result))
    const ready = result.status === 'present' || result.status === 'installed'
    process.exitCode = strict && !ready ? 1 : 0
  })
}

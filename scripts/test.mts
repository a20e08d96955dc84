// `npm test`: the checks that only read the code (types, formatting, lint, unit tests, the
// security gate) run side by side, then the browser specs. Every one of them is CPU work, so on a
// two-core machine running them one after another left a core idle through the single-threaded
// ones (tsc, ESLint); the browser specs come last because they keep both cores busy on their own.
// Each check's output is held back and printed whole when it ends, so two never interleave.
import { spawn } from 'node:child_process'
import { stripVTControlCharacters } from 'node:util'

interface Outcome {
  script: string
  ok: boolean
  seconds: number
  output: string
}

function run(script: string, live = false): Promise<Outcome> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      // Colours survive the pipe, as they would in a terminal.
      env: live ? process.env : { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' }
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (code) =>
      resolve({ script, ok: code === 0, seconds: (performance.now() - started) / 1000, output })
    )
  })
}

function report(outcome: Outcome): void {
  const mark = outcome.ok ? '✓' : '✗'
  console.log(`\n${mark} npm run ${outcome.script} (${outcome.seconds.toFixed(0)} s)`)
  // A passing check says only that it passed, except for the unit tests' count.
  if (!outcome.ok) console.log(outcome.output.trimEnd())
  else if (outcome.script === 'test:unit') {
    const summary = outcome.output
      .split('\n')
      .filter((line) => /^\s*(Test Files|Tests)\s/.test(stripVTControlCharacters(line)))
    console.log(summary.join('\n'))
  }
}

const readers = ['typecheck', 'format:check', 'lint', 'test:unit', 'test:security']
console.log(`Running ${readers.join(', ')} side by side…`)
const outcomes = await Promise.all(readers.map((script) => run(script).then((o) => (report(o), o))))
if (outcomes.some((o) => !o.ok)) {
  console.log(
    `\nnpm test failed: ${outcomes
      .filter((o) => !o.ok)
      .map((o) => o.script)
      .join(', ')}.`
  )
  process.exit(1)
}

console.log('\nThe browser specs (npm run test:e2e):')
const e2e = await run('test:e2e', true)
console.log(`\n${e2e.ok ? '✓' : '✗'} npm run test:e2e (${e2e.seconds.toFixed(0)} s)`)
process.exit(e2e.ok ? 0 : 1)

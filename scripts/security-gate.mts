// `npm run test:security`: the Electron security gate. Runs electronegativity over src/ and reads
// its report (the tool itself exits 0 whatever it finds). Fails on any finding above
// "informational" that scripts/security-exceptions.mts does not list, on any file the tool could
// not parse (it would otherwise skip that file in silence) and on exceptions that match nothing.
//
// The report is read from the tool's runner, its package's main export, rather than from the CSV
// file its command line writes: that writer starts the header and the rows as two unordered
// asynchronous writes, and the header can land on top of the first finding.
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { checksNotRun, reviewedExceptions } from './security-exceptions.mts'
import { findingsFromIssues, judge, type Finding, type ReportedIssue } from './security-report.mts'

interface RunnerResult {
  issues: ReportedIssue[]
  errors: { file: string; message: string; tolerable: boolean }[]
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RunnerResult>

const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '..')
const input = join(root, 'src')
const electronVersion = (require('electron/package.json') as { version: string }).version

const runElectronegativity = require('@doyensec/electronegativity') as Runner

// The tool chats on stdout (translation downloads, progress); keep it for when something fails.
const chatter: string[] = []
const { log, warn, info } = console
const keep = (...args: unknown[]): void => void chatter.push(args.map(String).join(' '))
console.log = console.warn = console.info = keep

let result: RunnerResult
try {
  result = await runElectronegativity(
    {
      input,
      customScan: [],
      excludeFromScan: checksNotRun,
      isRelative: true,
      isVerbose: true,
      electronVersionOverride: electronVersion,
      parserPlugins: []
    },
    false
  )
} finally {
  Object.assign(console, { log, warn, info })
}

const findings = findingsFromIssues(result.issues)
const verdict = judge(findings, reviewedExceptions)
const unparsed = result.errors.filter((error) => !error.tolerable)

const describe = (finding: Finding): string =>
  `  ${finding.check} (${finding.severity}, ${finding.confidence}) at src/${finding.file}:${finding.location}: ${finding.description}\n    ${finding.sample}`

for (const { finding, exception } of verdict.excused) {
  console.log(`Reviewed: ${finding.check} in src/${finding.file}: ${exception.reason}`)
}
const problems: string[] = []
if (verdict.failures.length > 0) {
  problems.push(
    `Findings above informational with no reviewed exception:\n${verdict.failures.map(describe).join('\n')}`
  )
}
if (unparsed.length > 0) {
  problems.push(
    `Files electronegativity could not parse, so it did not check them:\n${unparsed
      .map((error) => `  ${relative(root, error.file)}: ${error.message}`)
      .join('\n')}`
  )
}
if (verdict.stale.length > 0) {
  problems.push(
    `Reviewed exceptions that match no finding any more (remove them from scripts/security-exceptions.mts):\n${verdict.stale
      .map((exception) => `  ${exception.check} in src/${exception.file} at "${exception.where}"`)
      .join('\n')}`
  )
}
if (problems.length > 0) {
  if (chatter.length > 0) console.error(`electronegativity said:\n  ${chatter.join('\n  ')}`)
  console.error(`Security gate failed.\n${problems.join('\n')}`)
  process.exit(1)
}
console.log(
  `Security gate passed: electronegativity (Electron ${electronVersion}) found nothing above informational beyond ${verdict.excused.length} reviewed exception(s).`
)

// Turns electronegativity's report into the security gate's verdict.
import type { ReviewedException } from './security-exceptions.mts'

/** One row of the report. */
export interface Finding {
  check: string
  severity: string
  confidence: string
  file: string
  location: string
  sample: string
  description: string
}

/** An issue as electronegativity's runner reports it (the records its CSV and SARIF are written from). */
export interface ReportedIssue {
  id: string
  severity: { name: string }
  confidence: { name: string }
  file: string
  location?: { line?: number; column?: number }
  sample?: string
  description: string
}

/** The findings of one electronegativity run, in the gate's terms. */
export function findingsFromIssues(issues: ReportedIssue[]): Finding[] {
  return issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name.toUpperCase(),
    confidence: issue.confidence.name.toUpperCase(),
    file: issue.file,
    location: `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`,
    sample: (issue.sample ?? '').trim(),
    description: issue.description
  }))
}

/** The gate's verdict: what fails it, what a reviewed exception covers, and stale exceptions. */
export interface Verdict {
  failures: Finding[]
  excused: { finding: Finding; exception: ReviewedException }[]
  stale: ReviewedException[]
}

function covers(exception: ReviewedException, finding: Finding): boolean {
  return (
    exception.check === finding.check &&
    exception.file === finding.file &&
    finding.sample.includes(exception.where)
  )
}

/** Every finding above INFORMATIONAL fails unless a reviewed exception covers it. */
export function judge(findings: Finding[], exceptions: ReviewedException[]): Verdict {
  const verdict: Verdict = { failures: [], excused: [], stale: [] }
  const used = new Set<ReviewedException>()
  for (const finding of findings) {
    if (finding.severity === 'INFORMATIONAL') continue
    const exception = exceptions.find((candidate) => covers(candidate, finding))
    if (exception) {
      used.add(exception)
      verdict.excused.push({ finding, exception })
    } else verdict.failures.push(finding)
  }
  verdict.stale = exceptions.filter((exception) => !used.has(exception))
  return verdict
}

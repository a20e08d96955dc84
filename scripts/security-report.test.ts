import { describe, expect, it } from 'vitest'
import type { ReviewedException } from './security-exceptions.mts'
import { reviewedExceptions } from './security-exceptions.mts'
import { findingsFromIssues, judge, type ReportedIssue } from './security-report.mts'

function issue(id: string, severity: string, file: string, sample: string): ReportedIssue {
  return {
    id,
    severity: { name: severity },
    confidence: { name: 'FIRM' },
    file,
    location: { line: 3, column: 4 },
    sample,
    description: id
  }
}

const openExternal: ReviewedException = {
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'main/index.ts',
  where: 'isSafeExternalLink(url)',
  reason: 'checked first'
}

describe('the security gate’s verdict', () => {
  it('fails on any finding above informational that no exception covers', () => {
    const verdict = judge(
      findingsFromIssues([
        issue('SANDBOX_JS_CHECK', 'MEDIUM', 'main/main-window.ts', 'sandbox: false,'),
        issue('CSP_HTML_CHECK', 'INFORMATIONAL', 'renderer/index.html', '<meta>'),
        issue('WEIRD_CHECK', 'LOW', 'main/x.ts', 'x')
      ]),
      []
    )
    expect(verdict.failures.map((finding) => finding.check)).toEqual(['SANDBOX_JS_CHECK', 'WEIRD_CHECK'])
    expect(verdict.failures[0]?.location).toBe('3:4')
  })

  it('excuses a reviewed exception only on its own check, file and line of code', () => {
    const verdict = judge(
      findingsFromIssues([
        issue(
          'OPEN_EXTERNAL_JS_CHECK',
          'MEDIUM',
          'main/index.ts',
          'if (isSafeExternalLink(url)) void shell.openExternal(url)'
        ),
        issue('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/index.ts', 'void shell.openExternal(anything)'),
        issue(
          'OPEN_EXTERNAL_JS_CHECK',
          'MEDIUM',
          'main/other.ts',
          'if (isSafeExternalLink(url)) void shell.openExternal(url)'
        )
      ]),
      [openExternal]
    )
    expect(verdict.excused).toHaveLength(1)
    expect(verdict.failures.map((finding) => `${finding.file} ${finding.sample}`)).toEqual([
      'main/index.ts void shell.openExternal(anything)',
      'main/other.ts if (isSafeExternalLink(url)) void shell.openExternal(url)'
    ])
    expect(verdict.stale).toEqual([])
  })

  it('reports exceptions that no longer match anything', () => {
    expect(judge([], [openExternal]).stale).toEqual([openExternal])
  })

  it('gives every reviewed exception a reason', () => {
    for (const exception of reviewedExceptions) expect(exception.reason.length).toBeGreaterThan(40)
  })
})

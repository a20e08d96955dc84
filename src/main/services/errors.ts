import type { ErrorCode } from '@shared/contract'

/** A failure a service reports on purpose; the dispatcher passes it on as a typed error. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string
  ) {
    super(message)
  }
}

import type { ErrorCode } from '@shared/contract'

/**
 * A failure a service reports on purpose; the dispatcher passes it on as a typed error. The
 * message is plain words for the trainer; `field` is the input's path it is about, or "" when
 * it is about the whole input.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field: string = ''
  ) {
    super(message)
  }
}

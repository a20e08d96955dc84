import type { ErrorCode, Input, OperationName, Output } from '@shared/contract'
import { trackLongCall } from './long-calls'
import { transportInvoke } from './transport'

/** An operation's typed failure, thrown into react-query so screens can show it next to the field. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string
  ) {
    super(message)
  }
}

/** Calls one contract operation and returns its typed value, or throws an ApiError. */
export async function call<N extends OperationName>(name: N, input: Input<N>): Promise<Output<N>> {
  let result
  try {
    result = await trackLongCall(name, () => transportInvoke(name, input))
  } catch (error) {
    throw new ApiError(
      'internal',
      `Spotter could not be reached: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.field)
  return result.value as Output<N>
}

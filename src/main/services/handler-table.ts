import type { OperationName, Output, ParsedInput } from '@shared/contract'

/**
 * One handler per operation, typed against the contract: a missing or mistyped one fails tsc.
 * It sits apart from the composition root (index.ts) so each service can name its slice of the
 * table without importing the file that imports it.
 */
export type Handlers = { [N in OperationName]: (input: ParsedInput<N>) => Output<N> | Promise<Output<N>> }

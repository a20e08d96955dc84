import { useMutation, useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import type { Input, OperationName, Output } from '@shared/contract'
import { call } from './client'

/** What a screen may add to a read: e.g. keep the previous data on screen while new input loads. */
export type ReadOptions<N extends OperationName> = Pick<
  UseQueryOptions<Output<N>, Error, Output<N>, QueryKey>,
  'placeholderData'
>

/** Reads one operation through react-query; the key is the operation and its input. */
export function useOperation<N extends OperationName>(
  name: N,
  input: Input<N>,
  enabledOrOptions: boolean | ReadOptions<N> = true
) {
  const options = typeof enabledOrOptions === 'boolean' ? { enabled: enabledOrOptions } : enabledOrOptions
  return useQuery({ queryKey: [name, input] as QueryKey, queryFn: () => call(name, input), ...options })
}

/**
 * Runs a write, then refetches what it may have changed. Writes are few and lists are cheap,
 * so every read is invalidated rather than tracking which ones a write touches.
 */
export function useWrite<N extends OperationName>(name: N) {
  const queryClient = useQueryClient()
  return useMutation<Output<N>, Error, Input<N>>({
    mutationFn: (input) => call(name, input),
    onSuccess: () => queryClient.invalidateQueries()
  })
}

export const useSettings = () => useOperation('settings.get', {})

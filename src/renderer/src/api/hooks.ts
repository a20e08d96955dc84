import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query'
import type { Input, OperationName, Output } from '@shared/contract'
import { call } from './client'

/** Reads one operation through react-query; the key is the operation and its input. */
export function useOperation<N extends OperationName>(name: N, input: Input<N>, enabled = true) {
  return useQuery({ queryKey: [name, input] as QueryKey, queryFn: () => call(name, input), enabled })
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

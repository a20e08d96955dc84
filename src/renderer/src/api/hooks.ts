import { useEffect, useMemo } from 'react'
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions
} from '@tanstack/react-query'
import { clientSummaryOf, type ClientSummary } from '@shared/client-list'
import type { ClientList, Input, OperationName, Output } from '@shared/contract'
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

const noClients: ClientSummary[] = []
/** Each page's rows named once, however often the list is read while later pages arrive. */
const namedPages = new WeakMap<ClientList, ClientSummary[]>()
function namedRows(page: ClientList): ClientSummary[] {
  let named = namedPages.get(page)
  if (!named) {
    named = page.rows.map(clientSummaryOf)
    namedPages.set(page, named)
  }
  return named
}

/**
 * The client list of one status, read a page at a time until the last: each page is a short
 * call, so nothing else the window asks for waits long behind the list. The first page shows at
 * once; the rest show together when the last arrives, so the table is rebuilt twice, not once a
 * page. While another status loads, the previous list stays on screen.
 */
export function useClientList(status: 'active' | 'archived' | 'all', enabled = true) {
  const query = useInfiniteQuery({
    enabled,
    queryKey: ['clients.list', { status }] as QueryKey,
    queryFn: ({ pageParam }) => call('clients.list', { status, after: pageParam }),
    initialPageParam: null as ClientList['next'],
    getNextPageParam: (last: ClientList) => last.next,
    placeholderData: keepPreviousData
  })
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isPlaceholderData } = query
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isPlaceholderData) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, isPlaceholderData, fetchNextPage])
  const pages = query.data?.pages
  const loadingMore = hasNextPage || isFetchingNextPage
  const first = pages?.[0]
  const firstClients = useMemo(() => (first ? namedRows(first) : noClients), [first])
  const allClients = useMemo(
    () => (pages && !loadingMore ? pages.flatMap(namedRows) : null),
    [pages, loadingMore]
  )
  return {
    clients: allClients ?? firstClients,
    counts: first?.counts ?? undefined,
    /** True until every page has arrived. */
    loadingMore,
    isLoading: query.isLoading,
    error: query.error
  }
}

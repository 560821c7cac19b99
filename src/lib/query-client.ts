import { MutationCache, QueryClient, type QueryKey } from '@tanstack/react-query'
import { TraktHttpError, TraktNetworkError } from './trakt/errors'
import { staleTime } from './stale'

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** Message shown when the mutation fails (the error's own message is appended). */
      errorMessage?: string
      /** Query key prefixes (from the query factories) this write makes stale. */
      invalidates?: QueryKey[]
    }
  }
}

/**
 * TanStack Query retries on top of the scheduler only where a later attempt can help. The scheduler already tried
 * 5xx and network failures three times within a few seconds; a "network failure" is often a 429 that arrived
 * without CORS headers, so it gets one more try after a longer pause (`retryDelay`). HTTP errors never.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof TraktHttpError) return false
  if (error instanceof TraktNetworkError) return failureCount < 1
  return false
}

/** Pause before the last try of a query that met a network failure (long enough for a hidden 429 to pass). */
export const NETWORK_RETRY_DELAY_MS = 15_000

type Options = { onMutationError?: (message: string) => void; retry?: boolean }

/** The one QueryClient factory: retry follows the client's error kinds, mutation failures reach one message handler. */
export function createQueryClient(options: Options = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: staleTime.summary,
        gcTime: 24 * 60 * 60_000,
        retry: options.retry === false ? false : shouldRetry,
        retryDelay: NETWORK_RETRY_DELAY_MS,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        const prefix = mutation.meta?.errorMessage
        const detail = error instanceof Error ? error.message : 'Something went wrong.'
        options.onMutationError?.(prefix ? `${prefix} ${detail}` : detail)
      },
      // After a failure too, so the cache catches up with what Trakt really has. Only the last of several
      // concurrent writes with the same key refetches: an earlier refetch would overwrite the later writes'
      // optimistic data with a state Trakt has not caught up with yet.
      onSettled: async (_data, _error, _variables, _context, mutation, { client }) => {
        const keys = mutation.meta?.invalidates ?? []
        if (keys.length === 0) return
        const { mutationKey } = mutation.options
        if (mutationKey && client.isMutating({ mutationKey }) > 1) return
        await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })))
      },
    }),
  })
}

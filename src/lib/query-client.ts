import { MutationCache, QueryClient } from '@tanstack/react-query'
import { TraktHttpError, TraktNetworkError } from './trakt/errors'
import { staleTime } from './stale'

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** Message shown when the mutation fails (the error's own message is appended). */
      errorMessage?: string
    }
  }
}

/**
 * TanStack Query retries on top of the scheduler only where a second attempt can help: the scheduler already
 * retried 5xx, so only network failures get one more try here; 4xx never.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof TraktHttpError) return false
  if (error instanceof TraktNetworkError) return failureCount < 1
  return false
}

type Options = { onMutationError?: (message: string) => void; retry?: boolean }

/** The one QueryClient factory: retry follows the client's error kinds, mutation failures reach one message handler. */
export function createQueryClient(options: Options = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: staleTime.summary,
        gcTime: 24 * 60 * 60_000,
        retry: options.retry === false ? false : shouldRetry,
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
    }),
  })
}

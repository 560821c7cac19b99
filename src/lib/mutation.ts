import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'

/** One optimistic change to cached data: which query, and how its data looks after the write. */
export type OptimisticPatch<TVariables> = {
  queryKey: QueryKey
  update: (old: unknown, variables: TVariables) => unknown
}

export type TraktMutationOptions<TVariables, TData> = {
  /** Groups concurrent writes to the same thing, e.g. ['sync', 'watchlist']. */
  mutationKey: QueryKey
  mutationFn: (variables: TVariables) => Promise<TData>
  /** Query key prefixes to refetch after the write settles. */
  invalidates: QueryKey[] | ((variables: TVariables) => QueryKey[])
  /** Shown (with Trakt's reason) when the write fails, e.g. "Could not add to your watchlist." */
  errorMessage: string
  /** Cached data to change at once, and to roll back if Trakt refuses. */
  optimistic?: (variables: TVariables) => OptimisticPatch<TVariables>[]
  onSuccess?: (data: TData, variables: TVariables) => void
}

type Snapshot = { queryKey: QueryKey; data: unknown }[]

/**
 * Every write to Trakt goes through here: optimistic update, rollback with a message on failure, declared
 * invalidation. Keeping one door lets the offline outbox take all writes over later without touching features.
 */
export function useTraktMutation<TVariables, TData = unknown>(
  options: TraktMutationOptions<TVariables, TData>,
) {
  const queryClient = useQueryClient()
  return useMutation<TData, Error, TVariables, Snapshot>({
    mutationKey: options.mutationKey,
    mutationFn: options.mutationFn,
    meta: { errorMessage: options.errorMessage },
    onMutate: async (variables) => {
      const patches = options.optimistic?.(variables) ?? []
      const snapshot: Snapshot = []
      for (const patch of patches) {
        await queryClient.cancelQueries({ queryKey: patch.queryKey })
        for (const [queryKey, data] of queryClient.getQueriesData({ queryKey: patch.queryKey })) {
          // Nothing cached yet: inventing data from the change alone would show a half-truth instead of loading.
          if (data === undefined) continue
          snapshot.push({ queryKey, data })
          queryClient.setQueryData(queryKey, patch.update(data, variables))
        }
      }
      return snapshot
    },
    onError: (_error, _variables, snapshot) => {
      // Newest first, so a query two patches touched ends with the data it had before the first one.
      for (const { queryKey, data } of [...(snapshot ?? [])].reverse())
        queryClient.setQueryData(queryKey, data)
    },
    onSuccess: (data, variables) => options.onSuccess?.(data, variables),
    onSettled: async (_data, _error, variables) => {
      if (queryClient.isMutating({ mutationKey: options.mutationKey }) > 1) return
      const keys =
        typeof options.invalidates === 'function' ? options.invalidates(variables) : options.invalidates
      await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
    },
  })
}

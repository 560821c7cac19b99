import { useMutation, type DataTag, type QueryClient, type QueryKey } from '@tanstack/react-query'

/** The data a query held before an optimistic change, to put back if Trakt refuses the write. */
type Snapshot = { queryKey: QueryKey; data: unknown }

/**
 * One optimistic change to cached data. Made with `patchQuery`, which checks the change against the data type the
 * query's `queryOptions` declare; the mutation layer only applies it and, on failure, puts the old data back.
 */
export type OptimisticPatch = {
  queryKey: QueryKey
  /** Changes every cached query under `queryKey` (a query with no data yet is left alone) and returns the old data. */
  apply: (queryClient: QueryClient) => Snapshot[]
}

/**
 * An optimistic change to the query (or family of queries) whose key is `query.queryKey`, typed by the factory:
 * `patchQuery(syncQueries.watchlist('movies'), (old) => [...old, entry])` only compiles when `old` and the result
 * are the query's data type.
 */
export function patchQuery<TData, TError>(
  query: { queryKey: DataTag<QueryKey, TData, TError> },
  update: (old: TData) => TData,
): OptimisticPatch {
  return {
    queryKey: query.queryKey,
    apply: (queryClient) => {
      const snapshots: Snapshot[] = []
      for (const [queryKey, data] of queryClient.getQueriesData<TData>({ queryKey: query.queryKey })) {
        // Nothing cached yet: inventing data from the change alone would show a half-truth instead of loading.
        if (data === undefined) continue
        snapshots.push({ queryKey, data })
        queryClient.setQueryData<TData>(queryKey, update(data))
      }
      return snapshots
    },
  }
}

export type TraktMutationOptions<TVariables, TData> = {
  /** Groups concurrent writes to the same thing, e.g. ['sync', 'watchlist']. */
  mutationKey: QueryKey
  /** The request to Trakt. */
  mutationFn: (variables: TVariables) => Promise<TData>
  /** Query key prefixes (from the query factories) to refetch once the last write of this `mutationKey` settles. */
  invalidates: QueryKey[]
  /** Shown (with Trakt's reason) when the write fails, e.g. "Could not add to your watchlist." */
  errorMessage: string
  /** Cached data to change at once, and to roll back if Trakt refuses. */
  optimistic?: (variables: TVariables) => OptimisticPatch[]
  onSuccess?: (data: TData, variables: TVariables) => void
}

/**
 * Every write to Trakt goes through here: it declares the request, the optimistic patches and the keys it touches
 * (`meta.invalidates`, refetched by the one `MutationCache` handler in `query-client.ts`). Keeping one door lets
 * the offline outbox take all writes over later without touching features.
 */
export function useTraktMutation<TVariables, TData = unknown>(
  options: TraktMutationOptions<TVariables, TData>,
) {
  return useMutation<TData, Error, TVariables, Snapshot[]>({
    mutationKey: options.mutationKey,
    mutationFn: options.mutationFn,
    meta: { errorMessage: options.errorMessage, invalidates: options.invalidates },
    onMutate: async (variables, { client }) => {
      const patches = options.optimistic?.(variables) ?? []
      const snapshot: Snapshot[] = []
      for (const patch of patches) {
        await client.cancelQueries({ queryKey: patch.queryKey })
        snapshot.push(...patch.apply(client))
      }
      return snapshot
    },
    onError: (_error, _variables, snapshot, { client }) => {
      // Newest first, so a query two patches touched ends with the data it had before the first one.
      for (const { queryKey, data } of [...(snapshot ?? [])].reverse()) client.setQueryData(queryKey, data)
    },
    onSuccess: (data, variables) => options.onSuccess?.(data, variables),
  })
}

import { QueryClientProvider, queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createQueryClient } from '@/lib/query-client'
import { patchQuery, useTraktMutation, type TraktMutationOptions } from '@/lib/mutation'
import { TraktHttpError } from '@/lib/trakt/errors'

type Item = { trakt: number }

const WATCHLIST: QueryKey = ['sync', 'watchlist', 'movies']
const HISTORY: QueryKey = ['sync', 'history', 'movies']
const UNRELATED: QueryKey = ['movies', 'detail', 'dune']
/** Typed keys, as a query factory hands them out: every movie watchlist, and the movies one. */
const watchlists = queryOptions<Item[]>({ queryKey: ['sync', 'watchlist'] })
const movieWatchlist = queryOptions<Item[]>({ queryKey: WATCHLIST })
const collections = queryOptions<Item[]>({ queryKey: ['sync', 'collection'] })

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function setup(overrides: Partial<TraktMutationOptions<Item, unknown>> = {}) {
  const messages: string[] = []
  const queryClient = createQueryClient({
    retry: false,
    onMutationError: (message) => messages.push(message),
  })
  queryClient.setQueryData(WATCHLIST, [{ trakt: 1 }])
  queryClient.setQueryData(HISTORY, [{ trakt: 9 }])
  queryClient.setQueryData(UNRELATED, { title: 'Dune' })
  const pending: ReturnType<typeof deferred<unknown>>[] = []
  const mutationFn = vi.fn((_item: Item) => {
    const d = deferred<unknown>()
    pending.push(d)
    return d.promise
  })
  const options: TraktMutationOptions<Item, unknown> = {
    mutationKey: ['sync', 'watchlist'],
    mutationFn,
    invalidates: [
      ['sync', 'watchlist'],
      ['sync', 'history'],
    ],
    errorMessage: 'Could not add to your watchlist.',
    optimistic: (item) => [patchQuery(watchlists, (old) => [...old, item])],
    ...overrides,
  }
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  const hook = renderHook(() => useTraktMutation(options), { wrapper })
  return { hook, queryClient, messages, pending, mutationFn }
}

const isInvalidated = (client: QueryClient, key: QueryKey) =>
  client.getQueryState(key)?.isInvalidated ?? false

afterEach(() => {
  vi.useRealTimers()
})

describe('useTraktMutation', () => {
  it('applies the optimistic update at once, before Trakt answers', async () => {
    const { hook, queryClient, pending, mutationFn } = setup()

    act(() => hook.result.current.mutate({ trakt: 2 }))

    await waitFor(() => expect(queryClient.getQueryData(WATCHLIST)).toEqual([{ trakt: 1 }, { trakt: 2 }]))
    expect(mutationFn).toHaveBeenCalledTimes(1)
    expect(mutationFn.mock.calls[0]![0]).toEqual({ trakt: 2 })
    expect(hook.result.current.isPending).toBe(true)
    expect(isInvalidated(queryClient, WATCHLIST)).toBe(false)
    expect(queryClient.getQueryData(HISTORY)).toEqual([{ trakt: 9 }])

    await act(async () => pending[0]!.resolve({ added: { movies: 1 } }))
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true))
    expect(queryClient.getQueryData(WATCHLIST)).toEqual([{ trakt: 1 }, { trakt: 2 }])
    queryClient.clear()
  })

  it("rolls back on failure and delivers the message with Trakt's reason to onMutationError", async () => {
    const { hook, queryClient, messages, pending } = setup()

    act(() => hook.result.current.mutate({ trakt: 2 }))
    await waitFor(() => expect(queryClient.getQueryData(WATCHLIST)).toEqual([{ trakt: 1 }, { trakt: 2 }]))

    const error = new TraktHttpError({ status: 420, body: null, method: 'POST', path: '/sync/watchlist' })
    await act(async () => pending[0]!.reject(error))

    await waitFor(() => expect(hook.result.current.isError).toBe(true))
    expect(queryClient.getQueryData(WATCHLIST)).toEqual([{ trakt: 1 }])
    expect(messages).toEqual([`Could not add to your watchlist. ${error.message}`])
    expect(hook.result.current.error).toBe(error)
    queryClient.clear()
  })

  it('invalidates the declared keys after success, and nothing else', async () => {
    const { hook, queryClient, pending } = setup()

    act(() => hook.result.current.mutate({ trakt: 2 }))
    await waitFor(() => expect(pending).toHaveLength(1))
    expect(isInvalidated(queryClient, WATCHLIST)).toBe(false)

    await act(async () => pending[0]!.resolve({}))

    await waitFor(() => expect(isInvalidated(queryClient, WATCHLIST)).toBe(true))
    expect(isInvalidated(queryClient, HISTORY)).toBe(true)
    expect(isInvalidated(queryClient, UNRELATED)).toBe(false)
    queryClient.clear()
  })

  it('invalidates after a failure too, so the cache catches up with what Trakt really has', async () => {
    const { hook, queryClient, pending } = setup()

    act(() => hook.result.current.mutate({ trakt: 2 }))
    await waitFor(() => expect(pending).toHaveLength(1))
    await act(async () => pending[0]!.reject(new Error('boom')))

    await waitFor(() => expect(isInvalidated(queryClient, WATCHLIST)).toBe(true))
    expect(isInvalidated(queryClient, HISTORY)).toBe(true)
    queryClient.clear()
  })

  it('declares its keys in meta.invalidates, where the one MutationCache handler finds them', async () => {
    const { hook, queryClient, pending } = setup({ invalidates: [UNRELATED] })

    act(() => hook.result.current.mutate({ trakt: 7 }))
    await waitFor(() => expect(pending).toHaveLength(1))
    const [mutation] = queryClient.getMutationCache().getAll()
    expect(mutation!.meta?.invalidates).toEqual([UNRELATED])
    await act(async () => pending[0]!.resolve({}))

    await waitFor(() => expect(isInvalidated(queryClient, UNRELATED)).toBe(true))
    expect(isInvalidated(queryClient, WATCHLIST)).toBe(false)
    queryClient.clear()
  })

  it('waits for the last of concurrent writes to the same thing before invalidating', async () => {
    const { hook, queryClient, pending } = setup()

    act(() => hook.result.current.mutate({ trakt: 2 }))
    act(() => hook.result.current.mutate({ trakt: 3 }))
    await waitFor(() => expect(pending).toHaveLength(2))
    expect(queryClient.getQueryData(WATCHLIST)).toEqual([{ trakt: 1 }, { trakt: 2 }, { trakt: 3 }])

    await act(async () => pending[0]!.resolve({}))
    await waitFor(() => expect(queryClient.isMutating({ mutationKey: ['sync', 'watchlist'] })).toBe(1))
    // A refetch now would overwrite the second optimistic change with stale server data.
    expect(isInvalidated(queryClient, WATCHLIST)).toBe(false)

    await act(async () => pending[1]!.resolve({}))
    await waitFor(() => expect(isInvalidated(queryClient, WATCHLIST)).toBe(true))
    queryClient.clear()
  })

  it('cancels an in-flight read of the patched query so it cannot overwrite the optimistic data', async () => {
    const { hook, queryClient, pending } = setup()
    const read = deferred<Item[]>()
    const fetching = queryClient
      .fetchQuery({ queryKey: WATCHLIST, queryFn: () => read.promise, staleTime: 0 })
      .catch(() => undefined)

    act(() => hook.result.current.mutate({ trakt: 2 }))
    await waitFor(() => expect(pending).toHaveLength(1))
    read.resolve([{ trakt: 1 }])
    await fetching

    expect(queryClient.getQueryData(WATCHLIST)).toEqual([{ trakt: 1 }, { trakt: 2 }])
    queryClient.clear()
  })

  it('calls onSuccess with the answer and the variables', async () => {
    const onSuccess = vi.fn()
    const { hook, queryClient, pending } = setup({ onSuccess })

    act(() => hook.result.current.mutate({ trakt: 5 }))
    await waitFor(() => expect(pending).toHaveLength(1))
    await act(async () => pending[0]!.resolve({ added: { movies: 1 } }))

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ added: { movies: 1 } }, { trakt: 5 }))
    queryClient.clear()
  })
})

describe('useTraktMutation optimistic edge cases', () => {
  it('rolls a query two patches touched back to its data before the first patch', async () => {
    const { hook, queryClient, pending } = setup({
      optimistic: (item) => [
        patchQuery(watchlists, (old) => [...old, item]),
        patchQuery(movieWatchlist, (old) => [...old, { trakt: item.trakt * 10 }]),
      ],
    })

    act(() => hook.result.current.mutate({ trakt: 2 }))
    await waitFor(() =>
      expect(queryClient.getQueryData(WATCHLIST)).toEqual([{ trakt: 1 }, { trakt: 2 }, { trakt: 20 }]),
    )
    await act(async () => pending[0]!.reject(new Error('boom')))

    await waitFor(() => expect(hook.result.current.isError).toBe(true))
    expect(queryClient.getQueryData(WATCHLIST)).toEqual([{ trakt: 1 }])
    queryClient.clear()
  })

  it('leaves a query with nothing cached alone instead of inventing its data', async () => {
    const { hook, queryClient, pending } = setup({
      optimistic: (item) => [patchQuery(collections, (old) => [...old, item])],
    })
    const read = deferred<Item[]>()
    void queryClient.prefetchQuery({
      queryKey: ['sync', 'collection', 'movies'],
      queryFn: () => read.promise,
    })

    act(() => hook.result.current.mutate({ trakt: 2 }))
    await waitFor(() => expect(pending).toHaveLength(1))

    expect(queryClient.getQueryData(['sync', 'collection', 'movies'])).toBeUndefined()
    await act(async () => pending[0]!.resolve({}))
    queryClient.clear()
  })
})

describe('patchQuery', () => {
  it('checks the change against the data type of the query it patches', () => {
    // @ts-expect-error: a watchlist patch must return the watchlist's data type.
    patchQuery(watchlists, (old) => old.length)
    // @ts-expect-error: `old` is the query's data, not anything.
    patchQuery(watchlists, (old: string) => [{ trakt: old.length }])
    expect(patchQuery(watchlists, (old) => old).queryKey).toEqual(['sync', 'watchlist'])
  })
})

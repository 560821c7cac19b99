import { createQueryClient, shouldRetry } from '@/lib/query-client'
import { TraktHttpError, TraktNetworkError } from '@/lib/trakt/errors'

const httpError = (status: number) =>
  new TraktHttpError({ status, body: null, method: 'GET', path: '/movies/popular' })
const networkError = () => new TraktNetworkError({ method: 'GET', path: '/movies/popular' })

describe('shouldRetry', () => {
  it.each([400, 401, 403, 404, 409, 420, 422, 429, 500, 502, 503, 504, 520, 521, 522])(
    'never retries a TraktHttpError %i (the scheduler already retried what could help)',
    (status) => {
      expect(shouldRetry(0, httpError(status))).toBe(false)
    },
  )

  it('retries a network failure once', () => {
    expect(shouldRetry(0, networkError())).toBe(true)
    expect(shouldRetry(1, networkError())).toBe(false)
    expect(shouldRetry(2, networkError())).toBe(false)
  })

  it('does not retry anything else', () => {
    expect(shouldRetry(0, new Error('bug'))).toBe(false)
    expect(shouldRetry(0, 'oops')).toBe(false)
  })
})

describe('createQueryClient retries', () => {
  const run = async (error: () => Error) => {
    const client = createQueryClient()
    const queryFn = vi.fn(async () => {
      throw error()
    })
    await client.fetchQuery({ queryKey: ['test'], queryFn, retryDelay: 0 }).catch(() => undefined)
    client.clear()
    return queryFn.mock.calls.length
  }

  it('tries a query twice in all on a network failure', async () => {
    expect(await run(networkError)).toBe(2)
  })

  it('tries a query once on a Trakt HTTP error', async () => {
    expect(await run(() => httpError(503))).toBe(1)
  })

  it('never retries with retry: false (tests)', async () => {
    const client = createQueryClient({ retry: false })
    const queryFn = vi.fn(async () => {
      throw networkError()
    })
    await client.fetchQuery({ queryKey: ['test'], queryFn }).catch(() => undefined)
    expect(queryFn).toHaveBeenCalledTimes(1)
    client.clear()
  })
})

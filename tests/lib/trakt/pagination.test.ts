import { http, HttpResponse } from 'msw'
import { withMeta } from '@/lib/trakt/client'
import { readResponseMeta } from '@/lib/trakt/pagination'
import { API, makeClient, startServer } from './helpers'
import popularMovies from '../../fixtures/movies_popular__trakt-r.json'

const server = startServer()

describe('withMeta', () => {
  it('reads pagination, sort and privacy headers into typed metadata', async () => {
    server.use(
      http.get(`${API}/movies/popular`, () =>
        HttpResponse.json(popularMovies, {
          headers: {
            'X-Pagination-Page': '2',
            'X-Pagination-Limit': '20',
            'X-Pagination-Page-Count': '57',
            'X-Pagination-Item-Count': '1131',
            'X-Sort-By': 'rank',
            'X-Sort-How': 'asc',
            'X-Applied-Sort-By': 'added',
            'X-Applied-Sort-How': 'desc',
            'X-Private-User': 'false',
          },
        }),
      ),
    )

    const result = withMeta(
      await makeClient().GET('/movies/popular', { params: { query: { page: 2, limit: 20 } } }),
    )

    expect(result.data).toEqual(popularMovies)
    expect(result.meta).toEqual({
      pagination: { page: 2, limit: 20, pageCount: 57, itemCount: 1131 },
      sort: { sortBy: 'rank', sortHow: 'asc', appliedSortBy: 'added', appliedSortHow: 'desc' },
      isPrivateUser: false,
    })
  })

  it('has no pagination and an empty sort when Trakt sent none of those headers', async () => {
    server.use(http.get(`${API}/movies/popular`, () => HttpResponse.json([])))

    const result = withMeta(await makeClient().GET('/movies/popular'))

    expect(result.data).toEqual([])
    expect(result.meta).toEqual({ sort: {}, isPrivateUser: false })
    expect(result.meta.pagination).toBeUndefined()
  })

  it('reports a private user', async () => {
    server.use(
      http.get(`${API}/users/sean/watchlist/movies/rank`, () =>
        HttpResponse.json([], { headers: { 'X-Private-User': 'true' } }),
      ),
    )

    const result = withMeta(
      await makeClient().GET('/users/{id}/watchlist/movies/{sort}', {
        params: { path: { id: 'sean', sort: 'rank' } },
      } as never),
    )

    expect(result.meta.isPrivateUser).toBe(true)
  })
})

describe('readResponseMeta', () => {
  it('fills the defaults of the reference (page 1, 10 items) for a partial set of headers', () => {
    const meta = readResponseMeta(new Headers({ 'X-Pagination-Page-Count': '3' }))
    expect(meta.pagination).toEqual({ page: 1, limit: 10, pageCount: 3, itemCount: 0 })
  })

  it('ignores empty and non-numeric values', () => {
    const meta = readResponseMeta(
      new Headers({ 'X-Pagination-Page': '4', 'X-Pagination-Limit': 'ten', 'X-Pagination-Item-Count': ' ' }),
    )
    expect(meta.pagination).toEqual({ page: 4, limit: 10, pageCount: 1, itemCount: 0 })
  })

  it('treats only the literal "true" as a private user', () => {
    expect(readResponseMeta(new Headers({ 'X-Private-User': 'TRUE' })).isPrivateUser).toBe(false)
    expect(readResponseMeta(new Headers({ 'X-Private-User': 'true' })).isPrivateUser).toBe(true)
  })
})

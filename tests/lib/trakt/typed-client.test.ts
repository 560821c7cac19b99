import { createTypedClient, defaultPathSerializer, serializeQuery } from '@/lib/trakt/typed-client'
import type { paths } from '@/lib/trakt/schema'

/** A client whose door records the request it was handed and answers with `response`. */
function clientAnswering(response: () => Response) {
  const sent: Request[] = []
  const client = createTypedClient<paths>({
    baseUrl: 'https://api.example.test/',
    fetch: async (request) => {
      sent.push(request)
      return response()
    },
  })
  return { client, sent }
}

describe('the typed client', () => {
  it('fills the path and writes the query the way Trakt reads it', async () => {
    const { client, sent } = clientAnswering(() => Response.json([]))
    await client.GET('/movies/{id}/related', {
      params: {
        path: { id: 'tron legacy/2010' },
        query: { extended: 'full,images', page: 2, limit: undefined },
      },
    })
    expect(sent[0]!.method).toBe('GET')
    expect(sent[0]!.url).toBe(
      'https://api.example.test/movies/tron%20legacy%2F2010/related?extended=full%2Cimages&page=2',
    )
    expect(sent[0]!.headers.get('Content-Type')).toBeNull()
  })

  it('joins list values with commas and leaves empty lists out', () => {
    expect(serializeQuery({ genres: ['action', 'sci fi'], years: [], query: 'a&b' })).toBe(
      'genres=action,sci%20fi&query=a%26b',
    )
  })

  it('leaves a placeholder it was not given for the caller to drop', () => {
    expect(defaultPathSerializer('/movies/{id}/releases/{country}', { id: 'tron' })).toBe(
      '/movies/tron/releases/{country}',
    )
  })

  it('sends a JSON body and reads the JSON answer', async () => {
    const { client, sent } = clientAnswering(() => Response.json({ added: { movies: 1 } }, { status: 201 }))
    const result = await client.POST('/sync/watchlist', { body: { movies: [{ ids: { trakt: 1 } }] } })
    expect(sent[0]!.method).toBe('POST')
    expect(sent[0]!.headers.get('Content-Type')).toBe('application/json')
    expect(await sent[0]!.json()).toEqual({ movies: [{ ids: { trakt: 1 } }] })
    expect(result.data).toEqual({ added: { movies: 1 } })
    expect(result.response.status).toBe(201)
  })

  it('reads an empty answer (204, or no body at all) as no data', async () => {
    const noContent = clientAnswering(() => new Response(null, { status: 204 }))
    expect((await noContent.client.DELETE('/checkin', {})).data).toBeUndefined()
    const empty = clientAnswering(() => new Response('', { status: 200 }))
    expect(
      (await empty.client.GET('/users/{id}/watching', { params: { path: { id: 'me' } } })).data,
    ).toBeUndefined()
  })
})

import { http, HttpResponse } from 'msw'
import { extended, filterParams } from '@/lib/trakt/params'
import { API, makeClient, recordWire, startServer } from './helpers'

const server = startServer()

/** The raw query string Trakt receives, e.g. `page=2&limit=20`. */
const rawQuery = (url: URL) => url.search.replace(/^\?/, '')

describe('extended', () => {
  it('joins levels with commas', () => {
    expect(extended('full')).toBe('full')
    expect(extended('full', 'images')).toBe('full,images')
    expect(extended('full', 'images', 'metadata')).toBe('full,images,metadata')
  })
})

describe('filterParams', () => {
  it('maps every filter of the reference: multiples comma-joined, ranges as a-b', () => {
    expect(
      filterParams({
        query: '  the dark knight ',
        years: [2010, 2016],
        genres: ['action', 'adventure'],
        languages: ['en', 'fr'],
        countries: ['us', 'gb'],
        runtimes: [30, 90],
        ratings: [75, 100],
        certifications: ['pg-13', 'r'],
        networks: ['HBO', 'BBC One'],
        status: ['returning series', 'ended'],
      }),
    ).toEqual({
      query: 'the dark knight',
      years: '2010-2016',
      genres: 'action,adventure',
      languages: 'en,fr',
      countries: 'us,gb',
      runtimes: '30-90',
      ratings: '75-100',
      certifications: 'pg-13,r',
      networks: 'HBO,BBC One',
      status: 'returning series,ended',
    })
  })

  it('takes a single year and leaves out empty filters', () => {
    expect(filterParams({ years: 2016, genres: [], query: '   ', networks: [] })).toEqual({ years: '2016' })
    expect(filterParams({})).toEqual({})
  })
})

describe('query strings Trakt receives', () => {
  it('sends page and limit', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/movies/popular`, () => HttpResponse.json([])))

    await makeClient().GET('/movies/popular', { params: { query: { page: 2, limit: 20 } } })

    expect(wire).toHaveLength(1)
    expect(rawQuery(wire[0]!.url)).toBe('page=2&limit=20')
  })

  it('sends extended as one comma list', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/movies/popular`, () => HttpResponse.json([])))

    await makeClient().GET('/movies/popular', { params: { query: { extended: extended('full', 'images') } } })

    expect(wire[0]!.url.searchParams.getAll('extended')).toEqual(['full,images'])
    expect(rawQuery(wire[0]!.url)).toMatch(/^extended=full(,|%2C)images$/)
  })

  it('sends every filter, URL-encoded, so Trakt decodes exactly the values we meant', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/shows/popular`, () => HttpResponse.json([])))
    const filters = filterParams({
      query: 'tom & jerry? 100%',
      years: [2010, 2016],
      genres: ['action', 'adventure'],
      languages: ['en', 'fr'],
      countries: ['us', 'gb'],
      runtimes: [30, 90],
      ratings: [75, 100],
      certifications: ['tv-pg', 'tv-14'],
      networks: ['HBO', 'BBC One', 'AT&T'],
      status: ['returning series', 'ended'],
    })

    await makeClient().GET('/shows/popular', { params: { query: { page: 1, limit: 10, ...filters } } })

    expect(wire).toHaveLength(1)
    const params = wire[0]!.url.searchParams
    expect(Object.fromEntries(params)).toEqual({
      page: '1',
      limit: '10',
      query: 'tom & jerry? 100%',
      years: '2010-2016',
      genres: 'action,adventure',
      languages: 'en,fr',
      countries: 'us,gb',
      runtimes: '30-90',
      ratings: '75-100',
      certifications: 'tv-pg,tv-14',
      networks: 'HBO,BBC One,AT&T',
      status: 'returning series,ended',
    })
    // Each name appears once: multiples travel as one comma list, not repeated parameters.
    expect([...params.keys()]).toHaveLength(12)

    const raw = rawQuery(wire[0]!.url)
    expect(raw).toBe(
      [
        'page=1',
        'limit=10',
        'query=tom%20%26%20jerry%3F%20100%25',
        'years=2010-2016',
        'runtimes=30-90',
        'ratings=75-100',
        'genres=action%2Cadventure',
        'languages=en%2Cfr',
        'countries=us%2Cgb',
        'certifications=tv-pg%2Ctv-14',
        'networks=HBO%2CBBC%20One%2CAT%26T',
        'status=returning%20series%2Cended',
      ].join('&'),
    )
    // Spaces and reserved characters are percent-encoded, never sent raw (no "+" for spaces either).
    expect(raw).toContain('query=tom%20%26%20jerry%3F%20100%25')
    expect(raw).toContain('status=returning%20series%2Cended')
    expect(raw).toContain('networks=HBO%2CBBC%20One%2CAT%26T')
    expect(raw).toContain('genres=action%2Cadventure')
    expect(raw).toContain('years=2010-2016')
    expect(raw).not.toMatch(/[ +]/)
  })

  it('sends the search query on the search endpoint', async () => {
    const wire = recordWire(server)
    server.use(http.get(`${API}/search/movie`, () => HttpResponse.json([])))

    await makeClient().GET('/search/{type}', {
      params: {
        path: { type: 'movie' },
        query: { ...filterParams({ query: 'batman begins' }), extended: extended('full') },
      },
    })

    expect(wire[0]!.url.pathname).toBe('/search/movie')
    expect(wire[0]!.url.searchParams.get('query')).toBe('batman begins')
    expect(rawQuery(wire[0]!.url)).toBe('query=batman%20begins&extended=full')
  })
})

import { filterParams } from '@/lib/trakt/params'
import { filtersFromSearchParams, filtersToSearchParams } from '@/features/discover/lib/filters-search-params'

describe('filters in the URL', () => {
  it('round-trips every filter', () => {
    const params = new URLSearchParams(
      'query=batman&years=2000-2010&genres=drama,action&languages=en&countries=us&runtimes=30-90&ratings=70-100&certifications=tv-ma&networks=HBO&status=ended&period=monthly',
    )
    const filters = filtersFromSearchParams(params, 'shows')
    expect(filterParams(filters)).toEqual({
      query: 'batman',
      years: '2000-2010',
      genres: 'action,drama',
      languages: 'en',
      countries: 'us',
      runtimes: '30-90',
      ratings: '70-100',
      certifications: 'tv-ma',
      networks: 'HBO',
      status: 'ended',
    })
    const written = filtersToSearchParams(filters, new URLSearchParams('period=monthly&genres=old'))
    expect(written.get('period')).toBe('monthly')
    expect(written.get('genres')).toBe('action,drama')
  })

  it('drops malformed values and show-only filters on movies', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('years=abc&ratings=150-90&networks=HBO&status=ended'),
      'movies',
    )
    expect(filters).toEqual({ ratings: [90, 100] })
  })

  it('reads a single year as a year', () => {
    expect(filtersFromSearchParams(new URLSearchParams('years=2016'), 'movies')).toEqual({ years: 2016 })
  })
})

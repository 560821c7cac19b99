import multiType from '../../../fixtures/search_text_multi-type__traktkit.json'
import movieFlexget from '../../../fixtures/search_text_movie__flexget.json'
import movieTraktR from '../../../fixtures/search_text_movie__trakt-r.json'
import show from '../../../fixtures/search_text_show__trakt-r.json'
import showWithYear from '../../../fixtures/search_text_show_with-year__trakt-r.json'
import lookup from '../../../fixtures/search_id_lookup__traktkit.json'
import lookupImdb from '../../../fixtures/search_id_lookup_imdb_extended-full__traktpy.json'
import lookupTrakt from '../../../fixtures/search_id_lookup_trakt__trakt-r.json'
import empty from '../../../fixtures/search_text_no-results_empty__trakt-r.json'
import { mapSearchResults } from '@/features/search/api/map-search-result'

describe('mapSearchResults', () => {
  it.each([
    ['multi-type', multiType],
    ['movie (flexget, old image objects)', movieFlexget],
    ['movie (trakt-r)', movieTraktR],
    ['show', show],
    ['show with year', showWithYear],
    ['id lookup', lookup],
    ['id lookup imdb without type', lookupImdb],
    ['id lookup trakt', lookupTrakt],
  ])('maps every row of %s', (_name, body: unknown[]) => {
    expect(mapSearchResults(body)).toHaveLength(body.length)
  })

  it('links each type to its trakt.tv path', () => {
    expect(mapSearchResults(multiType).map((r) => [r.type, r.title, r.href])).toEqual([
      ['movie', 'TRON: Legacy', '/movies/tron-legacy-2010'],
      ['show', 'Tron: Uprising', '/shows/tron-uprising'],
      ['episode', 'The Renegade (1)', '/shows/tron-uprising/seasons/1/episodes/1'],
      ['person', 'Jeff Bridges', '/people/jeff-bridges'],
      ['list', 'Open Your Eyes', '/users/justin/lists/open-your-eyes'],
    ])
  })

  it('infers the type of an ID-lookup row without one and tolerates null images', () => {
    expect(mapSearchResults(lookupImdb)[0]).toMatchObject({ type: 'show', href: '/shows/breaking-bad' })
    expect(mapSearchResults(movieFlexget)[0]?.imageUrl).toBeUndefined()
  })

  it('returns nothing for an empty or odd body', () => {
    expect(mapSearchResults(empty)).toEqual([])
    expect(mapSearchResults({})).toEqual([])
    expect(mapSearchResults([{ type: 'movie', movie: null }, { type: 'alien' }])).toEqual([])
  })
})

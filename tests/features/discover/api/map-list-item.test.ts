import listsTrendingRust from '../../../fixtures/lists_trending__trakt-rust.json'
import listsTrendingPy from '../../../fixtures/lists_trending__traktpy.json'
import listsPopularPersonal from '../../../fixtures/lists_popular_personal__trakt-r.json'
import listsTrendingPersonal from '../../../fixtures/lists_trending_personal__trakt-r.json'
import { mapListItem, mapListPage } from '@/features/discover/api/map-list-item'

describe('mapListPage', () => {
  it.each([
    ['lists_trending (trakt-rust)', listsTrendingRust],
    ['lists_trending (traktpy)', listsTrendingPy],
    ['lists_popular personal', listsPopularPersonal],
    ['lists_trending personal', listsTrendingPersonal],
  ])('maps every row of %s', (_name, body: unknown[]) => {
    const lists = mapListPage(body)
    expect(lists.length).toBeGreaterThan(0)
    for (const list of lists) {
      expect(list.href).toMatch(/^\/users\/[^/]+\/lists\/[^/]+$/)
      expect(list.name).not.toBe('')
    }
  })

  it('links to the owner and keeps counts and posters', () => {
    const list = mapListItem(listsPopularPersonal[0])
    expect(list).toMatchObject({
      name: 'IMDB: Top Rated Movies',
      username: 'justin',
      href: '/users/justin/lists/imdb-top-rated-movies',
      itemCount: 250,
      likeCount: 4833,
    })
    expect(list?.posterUrls).toHaveLength(4)
    expect(list?.posterUrls[0]).toMatch(/^https:\/\/media\.trakt\.tv\/.+\/thumb\//)
  })

  it('tolerates a list without owner or ids', () => {
    expect(mapListItem({ list: { ids: { trakt: 9 }, name: 'Official' } })?.href).toBe('/lists/9')
    expect(mapListItem({ list: { name: 'No ids' } })).toBeNull()
  })
})

import lists from '../../fixtures/movies_lists_personal_popular__trakt-r.json'
import watching from '../../fixtures/shows_watching__traktpy.json'
import { mapLists, mapWatchers } from '@/lib/media/map-lists'
import personLists from '../../fixtures/people_lists_all_popular__trakt-r.json'

describe('mapLists and mapWatchers', () => {
  it('reads lists and watchers, trimming usernames', () => {
    expect(mapLists(lists)[0]).toMatchObject({
      name: 'Sci-Fi',
      itemCount: 1472,
      likes: 262,
      user: { username: 'Usiris', slug: 'usiris' },
    })
    const users = mapWatchers(watching)
    expect(users[0]).toMatchObject({ username: 'Burbs34', slug: 'burbs34' })
  })
})

describe('people lists', () => {
  it('reads lists containing a person', () => {
    expect(mapLists(personLists)[0]).toMatchObject({ name: 'Actors', user: { slug: 'stonecold669' } })
  })
})

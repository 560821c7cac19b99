import { mapReleases, mapToMovie } from '@/features/movies/api/map-to-movie'
import { mapLists, mapWatchers } from '@/lib/media/map-lists'
import { mapRelated } from '@/lib/media/map-media'
import { mapPeople } from '@/lib/media/map-people'
import { mapRatings } from '@/lib/media/map-ratings'
import { mapStats } from '@/lib/media/map-stats'
import { mapAliases, mapTranslations } from '@/lib/media/map-translations'
import { fixtureNames, readFixture } from './title-test-kit'

// Charts, updates, comments and studios are read by other features.
const OTHER_FEATURES =
  /^movies_(trending|popular|anticipated|boxoffice|collected|played|watched|updates|favorited|recommended|comments|studios)/

const MAPPERS: [RegExp, (body: unknown) => unknown][] = [
  [/^movies_summary/, mapToMovie],
  [/^movies_people/, mapPeople],
  [/^movies_ratings/, mapRatings],
  [/^movies_stats/, mapStats],
  [/^movies_related/, (body) => mapRelated(body, 'movie')],
  [/^movies_aliases/, mapAliases],
  [/^movies_translations/, mapTranslations],
  [/^movies_releases/, mapReleases],
  [/^movies_lists/, mapLists],
  [/^movies_watching/, mapWatchers],
]

const names = fixtureNames().filter((name) => name.startsWith('movies_') && !OTHER_FEATURES.test(name))

describe('every movie fixture maps', () => {
  it.each(names)('%s', (name) => {
    const mapper = MAPPERS.find(([pattern]) => pattern.test(name))?.[1]
    expect(mapper, `no mapper for ${name}`).toBeDefined()
    expect(() => mapper!(readFixture(name))).not.toThrow()
  })

  it('survives junk', () => {
    for (const [, mapper] of MAPPERS) {
      for (const junk of [null, undefined, 42, 'x', [], {}, [null, 1, 'a']])
        expect(() => mapper(junk)).not.toThrow()
    }
  })
})

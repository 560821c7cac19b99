import {
  mapEpisodes,
  mapSeasons,
  mapToEpisode,
  mapToSeason,
  mapToShow,
} from '@/features/shows/api/map-to-show'
import { mapLists, mapWatchers } from '@/lib/media/map-lists'
import { mapRelated } from '@/lib/media/map-media'
import { mapPeople } from '@/lib/media/map-people'
import { mapRatings } from '@/lib/media/map-ratings'
import { mapStats } from '@/lib/media/map-stats'
import { mapAliases, mapTranslations } from '@/lib/media/map-translations'
import { fixtureNames, readFixture } from '../movies/title-test-kit'

// Charts, updates, comments and progress are read by other features.
const OTHER_FEATURES =
  /^shows_(trending|popular|anticipated|collected|played|watched_weekly|updates|comments|progress|.*comments)/

// Order matters: the most specific patterns first.
const MAPPERS: [RegExp, (body: unknown) => unknown][] = [
  [/^shows_(season|episode)_.*lists/, mapLists],
  [/^shows_(season|episode)_people/, mapPeople],
  [/^shows_(season|episode)_ratings/, mapRatings],
  [/^shows_(season|episode)_stats/, mapStats],
  [/^shows_(season|episode)_watching/, mapWatchers],
  [/^shows_episode_translations/, mapTranslations],
  [/^shows_episode_summary/, mapToEpisode],
  [/^shows_(next|last)_episode/, mapToEpisode],
  [/^shows_season_episodes/, mapEpisodes],
  [/^shows_season_info/, mapToSeason],
  [/^shows_seasons/, mapSeasons],
  [/^shows_summary/, mapToShow],
  [/^shows_people/, mapPeople],
  [/^shows_ratings/, mapRatings],
  [/^shows_stats/, mapStats],
  [/^shows_related/, (body) => mapRelated(body, 'show')],
  [/^shows_aliases/, mapAliases],
  [/^shows_translations/, mapTranslations],
  [/^shows_lists/, mapLists],
  [/^shows_watching/, mapWatchers],
]

const names = fixtureNames().filter((name) => name.startsWith('shows_') && !OTHER_FEATURES.test(name))

describe('every show, season and episode fixture maps', () => {
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
